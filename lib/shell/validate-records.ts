// Checks the execution records of untrusted saved state: a bad record is dropped, the rest kept, never a throw.
import type { AwsCallRecord, ExecutionRecord, SourceRecord } from './types';
import { MAX_EXECUTION_RECORDS } from './types';

type Json = Record<string, unknown>;

const OUTCOMES: readonly AwsCallRecord['outcome'][] = [
  'ok',
  'usage-error',
  'no-credentials',
  'auth-failed',
  'access-denied',
  'client-error',
  'error',
];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value] : null;
}

function stringMap(value: unknown): Record<string, string> | null {
  if (!isObject(value)) return null;
  const out: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== 'string') return null;
    out[name] = item;
  }
  return out;
}

function nullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function awsRecord(value: unknown): AwsCallRecord | null {
  if (!isObject(value)) return null;
  const fields = [
    'service',
    'operation',
    'profile',
    'credentialSource',
    'accessKeyId',
    'identityArn',
    'region',
    'output',
  ];
  if (!fields.every((field) => nullableString(value[field]))) return null;
  if (!OUTCOMES.includes(value.outcome as AwsCallRecord['outcome'])) return null;
  if (value.errorCode !== undefined && typeof value.errorCode !== 'string') return null;
  return structuredClone(value) as unknown as AwsCallRecord;
}

function sourceRecord(value: unknown): SourceRecord | null {
  if (!isObject(value) || typeof value.path !== 'string' || typeof value.existed !== 'boolean') return null;
  const set = stringMap(value.set);
  const exported = stringMap(value.exported);
  if (!set || !exported) return null;
  return { path: value.path, existed: value.existed, set, exported };
}

function executionRecord(value: unknown): ExecutionRecord | null {
  if (!isObject(value)) return null;
  const argv = strings(value.argv);
  const functions = strings(value.functions);
  const sourcedFrom = strings(value.sourcedFrom);
  const env = stringMap(value.env);
  if (!argv || argv.length === 0 || !functions || !sourcedFrom || !env) return null;
  if (
    !isWhole(value.seq, 0, Number.MAX_SAFE_INTEGER) ||
    !isWhole(value.historyIndex, -1, Number.MAX_SAFE_INTEGER)
  )
    return null;
  if (!isWhole(value.exitCode, 0, 255) || typeof value.cwd !== 'string') return null;
  if (typeof value.subshell !== 'boolean' || typeof value.pipeline !== 'boolean') return null;
  const record: ExecutionRecord = {
    seq: value.seq,
    historyIndex: value.historyIndex,
    argv,
    env,
    cwd: value.cwd,
    exitCode: value.exitCode,
    subshell: value.subshell,
    pipeline: value.pipeline,
    functions,
    sourcedFrom,
  };
  if (value.aws !== undefined) {
    const aws = awsRecord(value.aws);
    if (!aws) return null;
    record.aws = aws;
  }
  if (value.source !== undefined) {
    const source = sourceRecord(value.source);
    if (!source) return null;
    record.source = source;
  }
  return record;
}

/**
 * The valid records of a saved state, oldest first, at most MAX_EXECUTION_RECORDS, with strictly increasing
 * `seq` (a record out of order is dropped). Undefined (a state saved before records) gives undefined.
 */
export function validateRecords(value: unknown): ExecutionRecord[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return [];
  const out: ExecutionRecord[] = [];
  for (const item of value.slice(-MAX_EXECUTION_RECORDS)) {
    const record = executionRecord(item);
    if (record && (out.length === 0 || record.seq > (out.at(-1)?.seq ?? -1))) out.push(record);
  }
  return out;
}
