// The simulated account in saved state, as one zod/mini schema: untrusted JSON in, a clean SimulatedAccount out
// (unknown fields dropped), or the path of the first wrong field. Old shapes are brought up to date by
// normalizeAccount (account-state.ts) after this check.
import '../zod-jitless';
import * as z from 'zod/mini';
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

/** The schema, built on first use (most page loads validate no saved account: no zod work at startup). */
function buildAccountSchema() {
  const text = z.string({ error: 'expected a string' });
  const nonEmpty = text.check(z.minLength(1, { error: 'must not be empty' }));
  const flag = z.boolean({ error: 'expected true or false' });
  const list = <T extends z.core.SomeType>(item: T) => z.array(item, { error: 'expected an array' });
  const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
    z.object(shape, { error: 'expected an object' });
  const oneOf = <const T extends readonly [string, ...string[]]>(choices: T) =>
    z.enum(choices, { error: `expected one of ${choices.join(', ')}` });
  const isoTime = text.check(
    z.refine((value) => !Number.isNaN(Date.parse(value)), { error: 'expected an ISO 8601 time' }),
  );
  const size = z.int({ error: 'expected a size' }).check(z.minimum(0, { error: 'expected a size' }));
  const secondsError = 'expected 3600 to 43200 seconds';
  const seconds = z
    .int({ error: secondsError })
    .check(z.minimum(3600, { error: secondsError }), z.maximum(43200, { error: secondsError }));

  const tags = list(object({ Key: text, Value: text })) satisfies z.ZodMiniType<Tag[]>;
  const inlinePolicies = z.record(z.string(), text, { error: 'expected an object' });

  const accessKey = object({
    accessKeyId: text,
    secretAccessKey: text,
    status: z.optional(oneOf(['Active', 'Inactive'])),
    createDate: z.optional(text),
    lastUsed: z.optional(object({ date: text, serviceName: text, region: text })),
  }) satisfies z.ZodMiniType<AccessKey>;

  const legacyVersion = object({ versionId: text, body: text, etag: text, size, lastModified: text });

  /** Loose: an object's later optional fields survive as they were written. */
  const s3ObjectShape = {
    body: text,
    etag: text,
    size,
    lastModified: text,
    contentType: z.optional(text),
    versionId: z.optional(nonEmpty),
    /** Legacy (normalizeAccount moves them to `bucket.versions`). */
    versions: z.optional(list(legacyVersion)),
  };
  const s3Object = z.looseObject(s3ObjectShape) satisfies z.ZodMiniType<SimulatedObject>;

  /** A noncurrent version (an object with its id) or a delete marker. */
  const objectVersion = z.discriminatedUnion('deleteMarker', [
    object({ versionId: nonEmpty, lastModified: text, deleteMarker: z.literal(true) }),
    z.pipe(
      z.looseObject({
        ...s3ObjectShape,
        versionId: nonEmpty,
        deleteMarker: z.optional(z.undefined({ error: 'expected true or nothing' })),
      }),
      z.transform(({ deleteMarker: _marker, ...version }) => version),
    ),
  ]) satisfies z.ZodMiniType<SimulatedObjectVersion>;

  const bucket = object({
    name: nonEmpty,
    creationDate: text,
    region: z.optional(text),
    owner: z.optional(text),
    objects: z.optional(z.record(z.string(), s3Object, { error: 'expected an object' })),
    versions: z.optional(z.record(z.string(), list(objectVersion), { error: 'expected an object' })),
    policy: z.optional(text),
    versioning: z.optional(oneOf(['Enabled', 'Suspended'])),
    lifecycle: z.optional(text),
    publicAccessBlock: z.optional(
      object({
        BlockPublicAcls: flag,
        IgnorePublicAcls: flag,
        BlockPublicPolicy: flag,
        RestrictPublicBuckets: flag,
      }),
    ),
    tags: z.optional(tags),
  }) satisfies z.ZodMiniType<SimulatedBucket>;

  const user = object({
    userName: nonEmpty,
    userId: nonEmpty,
    accessKeys: list(accessKey),
    buckets: z._default(list(bucket), []),
    path: z.optional(text),
    createDate: z.optional(text),
    groups: z.optional(list(text)),
    attachedPolicies: z.optional(list(text)),
    inlinePolicies: z.optional(inlinePolicies),
    tags: z.optional(tags),
    unrestricted: z.optional(flag),
  }) satisfies z.ZodMiniType<SimulatedUser>;

  const group = object({
    groupName: nonEmpty,
    groupId: nonEmpty,
    path: z.optional(text),
    createDate: z.optional(text),
    attachedPolicies: z.optional(list(text)),
    inlinePolicies: z.optional(inlinePolicies),
  }) satisfies z.ZodMiniType<SimulatedGroup>;

  const role = object({
    roleName: nonEmpty,
    roleId: nonEmpty,
    assumeRolePolicyDocument: text,
    path: z.optional(text),
    createDate: z.optional(text),
    description: z.optional(text),
    maxSessionDuration: z.optional(seconds),
    attachedPolicies: z.optional(list(text)),
    inlinePolicies: z.optional(inlinePolicies),
    tags: z.optional(tags),
  }) satisfies z.ZodMiniType<SimulatedRole>;

  const versionsError = 'expected one to five versions';
  const policy = object({
    policyName: nonEmpty,
    policyId: nonEmpty,
    versions: list(object({ versionId: text, document: text, isDefault: flag, createDate: text })).check(
      z.minLength(1, { error: versionsError }),
      z.maxLength(5, { error: versionsError }),
      z.refine((versions) => versions.filter((version) => version.isDefault).length === 1, {
        error: 'expected exactly one default version',
      }),
    ),
    path: z.optional(text),
    description: z.optional(text),
    createDate: z.optional(text),
    tags: z.optional(tags),
  }) satisfies z.ZodMiniType<SimulatedPolicy>;

  const session = object({
    accessKeyId: text,
    secretAccessKey: text,
    sessionToken: text,
    expiration: text,
    roleName: text,
    roleSessionName: text,
    sourceIdentityArn: text,
  }) satisfies z.ZodMiniType<SimulatedRoleSession>;

  return object({
    accountId: text.check(z.regex(/^\d{12}$/, { error: 'expected 12 digits' })),
    users: list(user),
    groups: z.optional(list(group)),
    roles: z.optional(list(role)),
    policies: z.optional(list(policy)),
    buckets: z.optional(list(bucket)),
    sessions: z.optional(list(session)),
    globalBucketNames: z.optional(list(text)),
    retiredAccessKeyIds: z.optional(list(text)),
    clock: z.optional(isoTime),
  }) satisfies z.ZodMiniType<SimulatedAccount>;
}

let schema: ReturnType<typeof buildAccountSchema> | null = null;

/** The account as saved state stores it (see SimulatedAccount); built on the first call. */
export function accountSchema(): ReturnType<typeof buildAccountSchema> {
  schema ??= buildAccountSchema();
  return schema;
}

/**
 * Checks untrusted saved state (a SimulatedAccount as JSON) and returns a clean copy, or where it is wrong
 * (`where` is a path such as `.users.0.accessKeys.1.status`). Never throws.
 */
export function validateAccount(
  value: unknown,
): { ok: true; account: SimulatedAccount } | { ok: false; where: string; message: string } {
  const parsed = accountSchema().safeParse(value);
  if (parsed.success) return { ok: true, account: parsed.data as SimulatedAccount };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    where: issue ? issue.path.map((part) => `.${String(part)}`).join('') : '',
    message: issue?.message ?? 'invalid account',
  };
}
