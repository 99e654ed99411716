// The simulated account in saved state, as one zod schema: untrusted JSON in, a clean SimulatedAccount out
// (unknown fields dropped), or the path of the first wrong field. Old shapes are brought up to date by
// normalizeAccount (account-state.ts) after this check.
import '../zod-jitless';
import { z } from 'zod';
import type {
  AccessKey,
  SimulatedAccount,
  SimulatedBucket,
  SimulatedGroup,
  SimulatedObject,
  SimulatedObjectVersion,
  SimulatedPolicy,
  SimulatedRole,
  SimulatedRoleSession,
  SimulatedUser,
  Tag,
} from './types';

const text = z.string({ error: 'expected a string' });
const nonEmpty = text.min(1, { error: 'must not be empty' });
const flag = z.boolean({ error: 'expected true or false' });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'expected an array' });
const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object(shape, { error: 'expected an object' });
const oneOf = <const T extends readonly [string, ...string[]]>(choices: T) =>
  z.enum(choices, { error: `expected one of ${choices.join(', ')}` });
const isoTime = text.refine((value) => !Number.isNaN(Date.parse(value)), {
  error: 'expected an ISO 8601 time',
});
const size = z
  .number({ error: 'expected a size' })
  .int({ error: 'expected a size' })
  .min(0, { error: 'expected a size' });

const seconds = z
  .number({ error: 'expected 3600 to 43200 seconds' })
  .int({ error: 'expected 3600 to 43200 seconds' })
  .min(3600, { error: 'expected 3600 to 43200 seconds' })
  .max(43200, { error: 'expected 3600 to 43200 seconds' });

const tags = list(object({ Key: text, Value: text })) satisfies z.ZodType<Tag[]>;
const inlinePolicies = z.record(z.string(), text, { error: 'expected an object' });

const accessKey = object({
  accessKeyId: text,
  secretAccessKey: text,
  status: oneOf(['Active', 'Inactive']).optional(),
  createDate: text.optional(),
  lastUsed: object({ date: text, serviceName: text, region: text }).optional(),
}) satisfies z.ZodType<AccessKey>;

const legacyVersion = object({ versionId: text, body: text, etag: text, size, lastModified: text });

/** Loose: an object's later optional fields survive as they were written. */
const s3Object = z.looseObject({
  body: text,
  etag: text,
  size,
  lastModified: text,
  contentType: text.optional(),
  versionId: nonEmpty.optional(),
  /** Legacy (normalizeAccount moves them to `bucket.versions`). */
  versions: list(legacyVersion).optional(),
}) satisfies z.ZodType<SimulatedObject>;

/** A noncurrent version (an object with its id) or a delete marker. */
const objectVersion = z.discriminatedUnion('deleteMarker', [
  object({ versionId: nonEmpty, lastModified: text, deleteMarker: z.literal(true) }),
  s3Object
    .extend({
      versionId: nonEmpty,
      deleteMarker: z.undefined({ error: 'expected true or nothing' }).optional(),
    })
    .transform(({ deleteMarker: _marker, ...version }) => version),
]) satisfies z.ZodType<SimulatedObjectVersion>;

const bucket = object({
  name: nonEmpty,
  creationDate: text,
  region: text.optional(),
  owner: text.optional(),
  objects: z.record(z.string(), s3Object, { error: 'expected an object' }).optional(),
  versions: z.record(z.string(), list(objectVersion), { error: 'expected an object' }).optional(),
  policy: text.optional(),
  versioning: oneOf(['Enabled', 'Suspended']).optional(),
  lifecycle: text.optional(),
  publicAccessBlock: object({
    BlockPublicAcls: flag,
    IgnorePublicAcls: flag,
    BlockPublicPolicy: flag,
    RestrictPublicBuckets: flag,
  }).optional(),
  tags: tags.optional(),
}) satisfies z.ZodType<SimulatedBucket>;

const user = object({
  userName: nonEmpty,
  userId: nonEmpty,
  accessKeys: list(accessKey),
  buckets: list(bucket).default([]),
  path: text.optional(),
  createDate: text.optional(),
  groups: list(text).optional(),
  attachedPolicies: list(text).optional(),
  inlinePolicies: inlinePolicies.optional(),
  tags: tags.optional(),
  unrestricted: flag.optional(),
}) satisfies z.ZodType<SimulatedUser>;

const group = object({
  groupName: nonEmpty,
  groupId: nonEmpty,
  path: text.optional(),
  createDate: text.optional(),
  attachedPolicies: list(text).optional(),
  inlinePolicies: inlinePolicies.optional(),
}) satisfies z.ZodType<SimulatedGroup>;

const role = object({
  roleName: nonEmpty,
  roleId: nonEmpty,
  assumeRolePolicyDocument: text,
  path: text.optional(),
  createDate: text.optional(),
  description: text.optional(),
  maxSessionDuration: seconds.optional(),
  attachedPolicies: list(text).optional(),
  inlinePolicies: inlinePolicies.optional(),
  tags: tags.optional(),
}) satisfies z.ZodType<SimulatedRole>;

const policy = object({
  policyName: nonEmpty,
  policyId: nonEmpty,
  versions: list(object({ versionId: text, document: text, isDefault: flag, createDate: text }))
    .min(1, { error: 'expected one to five versions' })
    .max(5, { error: 'expected one to five versions' })
    .refine((versions) => versions.filter((version) => version.isDefault).length === 1, {
      error: 'expected exactly one default version',
    }),
  path: text.optional(),
  description: text.optional(),
  createDate: text.optional(),
  tags: tags.optional(),
}) satisfies z.ZodType<SimulatedPolicy>;

const session = object({
  accessKeyId: text,
  secretAccessKey: text,
  sessionToken: text,
  expiration: text,
  roleName: text,
  roleSessionName: text,
  sourceIdentityArn: text,
}) satisfies z.ZodType<SimulatedRoleSession>;

/** The account as saved state stores it (see SimulatedAccount). */
export const accountSchema = object({
  accountId: text.regex(/^\d{12}$/, { error: 'expected 12 digits' }),
  users: list(user),
  groups: list(group).optional(),
  roles: list(role).optional(),
  policies: list(policy).optional(),
  buckets: list(bucket).optional(),
  sessions: list(session).optional(),
  globalBucketNames: list(text).optional(),
  retiredAccessKeyIds: list(text).optional(),
  clock: isoTime.optional(),
}) satisfies z.ZodType<SimulatedAccount>;

/**
 * Checks untrusted saved state (a SimulatedAccount as JSON) and returns a clean copy, or where it is wrong
 * (`where` is a path such as `.users.0.accessKeys.1.status`). Never throws.
 */
export function validateAccount(
  value: unknown,
): { ok: true; account: SimulatedAccount } | { ok: false; where: string; message: string } {
  const parsed = accountSchema.safeParse(value);
  if (parsed.success) return { ok: true, account: parsed.data as SimulatedAccount };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    where: issue ? issue.path.map((part) => `.${String(part)}`).join('') : '',
    message: issue?.message ?? 'invalid account',
  };
}
