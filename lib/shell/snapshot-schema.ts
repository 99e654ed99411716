// The one schema of saved sandbox state (zod/mini, as the browser's other schemas): untrusted JSON in, a clean
// SandboxSnapshot out, or where it is wrong. Bad execution records are dropped one by one; they never cost the
// whole state.
import '../zod-jitless';
import * as z from 'zod/mini';
import { accountSchema } from '../aws/account-schema';
import type { AwsCallRecord, ExecutionRecord, FsEntry, SandboxSnapshot, SourceRecord } from './types';
import { MAX_EXECUTION_RECORDS } from './types';

const text = z.string({ error: 'expected a string' });
const whole = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.int({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
};
const strings = z.array(text, { error: 'expected an array' });
const stringMap = z.record(text, text, { error: 'expected an object' });

function isNormalisedAbsolutePath(path: string): boolean {
  if (path === '/') return true;
  if (!path.startsWith('/') || path.endsWith('/') || path.includes('\0') || path.length > 4096) return false;
  return !path
    .split('/')
    .slice(1)
    .some((segment) => segment === '' || segment === '.' || segment === '..');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The schemas, built on the first validation (most page loads restore nothing: no zod work at startup). */
function buildSchemas() {
  const absolutePath = text.check(
    z.refine(isNormalisedAbsolutePath, { error: 'must be a normalised absolute path' }),
  );
  const mode = whole(0, 0o7777);

  const fsEntry: z.ZodMiniType<FsEntry> = z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('directory'), mode }),
      z.object({
        type: z.literal('symlink'),
        target: text.check(
          z.minLength(1, { error: 'empty symlink target' }),
          z.maxLength(4096, { error: 'longer than 4096 characters' }),
        ),
      }),
      z
        .object({
          type: z.literal('file'),
          content: text,
          encoding: z.optional(z.literal('base64', { error: 'expected "base64" or nothing' })),
          mode,
        })
        .check(
          z.refine((file) => file.encoding !== 'base64' || BASE64.test(file.content), {
            error: 'invalid base64 content',
          }),
        ),
    ],
    { error: 'expected "file", "directory" or "symlink"' },
  );

  /** Keys are checked here, not by the record: zod reports a bad key as the record's own error. */
  const files = z.record(z.string(), fsEntry, { error: 'expected an object' }).check(
    z.superRefine((entries, context) => {
      for (const path of Object.keys(entries)) {
        if (!isNormalisedAbsolutePath(path)) {
          context.addIssue({ code: 'custom', path: [path], message: 'must be a normalised absolute path' });
        }
        const parent = path.slice(0, path.lastIndexOf('/'));
        if (parent && entries[parent] && entries[parent].type !== 'directory') {
          context.addIssue({ code: 'custom', path: [path], message: 'parent is not a directory' });
        }
      }
    }),
  );

  const variables = z.record(z.string(), text, { error: 'expected an object' }).check(
    z.superRefine((values, context) => {
      for (const name of Object.keys(values)) {
        if (!VARIABLE_NAME.test(name))
          context.addIssue({ code: 'custom', path: [name], message: 'not a shell variable name' });
      }
    }),
  );

  const history = z.array(z.object({ command: text, exitCode: whole(0, 255) }), {
    error: 'expected an array',
  });

  const nullableText = z.nullable(z.string());
  /** Loose: the `explanation` and later optional fields survive as they were written. */
  const awsCallRecord = z.looseObject({
    service: nullableText,
    operation: nullableText,
    profile: nullableText,
    credentialSource: nullableText,
    accessKeyId: nullableText,
    identityArn: nullableText,
    region: nullableText,
    output: nullableText,
    outcome: z.enum([
      'ok',
      'usage-error',
      'no-credentials',
      'auth-failed',
      'access-denied',
      'client-error',
      'error',
    ]),
    errorCode: z.optional(z.string()),
  }) satisfies z.ZodMiniType<AwsCallRecord>;

  const sourceRecord = z.object({
    path: z.string(),
    existed: z.boolean(),
    set: stringMap,
    exported: stringMap,
  }) satisfies z.ZodMiniType<SourceRecord>;

  const executionRecord = z.object({
    seq: whole(0, Number.MAX_SAFE_INTEGER),
    historyIndex: whole(-1, Number.MAX_SAFE_INTEGER),
    argv: strings.check(z.minLength(1)),
    env: stringMap,
    cwd: z.string(),
    exitCode: whole(0, 255),
    subshell: z.boolean(),
    pipeline: z.boolean(),
    functions: strings,
    sourcedFrom: strings,
    aws: z.optional(awsCallRecord),
    source: z.optional(sourceRecord),
  }) satisfies z.ZodMiniType<ExecutionRecord>;

  /**
   * The valid records of a saved state, oldest first, at most MAX_EXECUTION_RECORDS, with strictly increasing
   * `seq` (a record out of order is dropped). Undefined (a state saved before records) stays undefined.
   */
  function validRecords(value: unknown): ExecutionRecord[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return [];
    const kept: ExecutionRecord[] = [];
    for (const item of value.slice(-MAX_EXECUTION_RECORDS)) {
      const parsed = executionRecord.safeParse(item);
      if (parsed.success && parsed.data.seq > (kept.at(-1)?.seq ?? -1)) {
        kept.push(structuredClone(parsed.data) as ExecutionRecord);
      }
    }
    return kept;
  }

  return z
    .object(
      {
        format: z.literal('skillshell-sandbox', { error: 'expected "skillshell-sandbox"' }),
        version: z.literal(1, { error: 'expected 1' }),
        files,
        exported: variables,
        variables,
        cwd: absolutePath,
        history,
        account: accountSchema(),
        records: z.pipe(z.optional(z.unknown()), z.transform(validRecords)),
      },
      { error: 'expected an object' },
    )
    .check(
      z.superRefine((snapshot, context) => {
        if (snapshot.cwd !== '/' && snapshot.files[snapshot.cwd]?.type !== 'directory') {
          context.addIssue({ code: 'custom', path: ['cwd'], message: 'cwd is not a directory in files' });
        }
      }),
    );
}

let snapshotSchema: ReturnType<typeof buildSchemas> | null = null;

/** Validates untrusted saved state; never throws. The error names the first wrong field by its path. */
export function validateSnapshot(
  value: unknown,
): { ok: true; snapshot: SandboxSnapshot } | { ok: false; error: string } {
  snapshotSchema ??= buildSchemas();
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, error: `invalid sandbox snapshot: ${describeIssue(parsed.error)}` };
  const { records, ...rest } = parsed.data;
  return { ok: true, snapshot: { ...rest, ...(records ? { records } : {}) } as SandboxSnapshot };
}

/** `where: what`, with `where` a dotted path (`files./x.type`, `account.users.0.userName`). */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
