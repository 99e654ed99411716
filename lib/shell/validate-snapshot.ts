// Checks untrusted JSON (saved state) against the SandboxSnapshot shape, field by field, and returns a clean
// copy. Hand-written rather than a schema library: it ships in the engine chunk, where every kB counts.
import type { FsEntry, HistoryEntry, SandboxSnapshot, SimulatedAccount } from './types';
import { validateRecords } from './validate-records';

class Invalid extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
  }
}

function fail(where: string, message: string): never {
  throw new Invalid(where, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, where: string): Record<string, unknown> {
  return isRecord(value) ? value : fail(where, 'expected an object');
}

function text(value: unknown, where: string, maxLength = Infinity): string {
  if (typeof value !== 'string') fail(where, 'expected a string');
  if (value.length > maxLength) fail(where, `longer than ${maxLength} characters`);
  return value;
}

function wholeNumber(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(where, `expected a whole number from ${min} to ${max}`);
  }
  return value;
}

function list(value: unknown, where: string): unknown[] {
  return Array.isArray(value) ? value : fail(where, 'expected an array');
}

function isNormalisedAbsolutePath(path: string): boolean {
  if (path === '/') return true;
  if (!path.startsWith('/') || path.endsWith('/') || path.includes('\0') || path.length > 4096) return false;
  return !path
    .split('/')
    .slice(1)
    .some((segment) => segment === '' || segment === '.' || segment === '..');
}

function absolutePath(value: unknown, where: string): string {
  const path = text(value, where);
  return isNormalisedAbsolutePath(path) ? path : fail(where, 'must be a normalised absolute path');
}

const MODE_MAX = 0o7777;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function fsEntry(value: unknown, where: string): FsEntry {
  const entry = record(value, where);
  if (entry.type === 'directory') {
    return { type: 'directory', mode: wholeNumber(entry.mode, `${where}.mode`, 0, MODE_MAX) };
  }
  if (entry.type === 'symlink') {
    const target = text(entry.target, `${where}.target`, 4096);
    return target ? { type: 'symlink', target } : fail(`${where}.target`, 'empty symlink target');
  }
  if (entry.type !== 'file') fail(`${where}.type`, 'expected "file", "directory" or "symlink"');
  const content = text(entry.content, `${where}.content`);
  const mode = wholeNumber(entry.mode, `${where}.mode`, 0, MODE_MAX);
  if (entry.encoding === undefined) return { type: 'file', content, mode };
  if (entry.encoding !== 'base64') fail(`${where}.encoding`, 'expected "base64" or nothing');
  if (!BASE64.test(content)) fail(where, 'invalid base64 content');
  return { type: 'file', content, encoding: 'base64', mode };
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function variables(value: unknown, where: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, variable] of Object.entries(record(value, where))) {
    if (!VARIABLE_NAME.test(name)) fail(`${where}.${name}`, 'not a shell variable name');
    result[name] = text(variable, `${where}.${name}`);
  }
  return result;
}

function history(value: unknown, where: string): HistoryEntry[] {
  return list(value, where).map((item, i) => {
    const entry = record(item, `${where}.${i}`);
    return {
      command: text(entry.command, `${where}.${i}.command`),
      exitCode: wholeNumber(entry.exitCode, `${where}.${i}.exitCode`, 0, 255),
    };
  });
}

function account(value: unknown, where: string): SimulatedAccount {
  const a = record(value, where);
  const accountId = text(a.accountId, `${where}.accountId`);
  if (!/^\d{12}$/.test(accountId)) fail(`${where}.accountId`, 'expected 12 digits');
  const users = list(a.users, `${where}.users`).map((item, i) => {
    const at = `${where}.users.${i}`;
    const user = record(item, at);
    const userName = text(user.userName, `${at}.userName`);
    const userId = text(user.userId, `${at}.userId`);
    if (!userName || !userId) fail(at, 'userName and userId must not be empty');
    return {
      userName,
      userId,
      accessKeys: list(user.accessKeys, `${at}.accessKeys`).map((key, k) => {
        const pair = record(key, `${at}.accessKeys.${k}`);
        return {
          accessKeyId: text(pair.accessKeyId, `${at}.accessKeys.${k}.accessKeyId`),
          secretAccessKey: text(pair.secretAccessKey, `${at}.accessKeys.${k}.secretAccessKey`),
        };
      }),
      buckets: list(user.buckets, `${at}.buckets`).map((bucket, b) => {
        const entry = record(bucket, `${at}.buckets.${b}`);
        return {
          name: text(entry.name, `${at}.buckets.${b}.name`),
          creationDate: text(entry.creationDate, `${at}.buckets.${b}.creationDate`),
        };
      }),
    };
  });
  return { accountId, users };
}

function files(value: unknown): Record<string, FsEntry> {
  const result: Record<string, FsEntry> = {};
  for (const [path, entry] of Object.entries(record(value, 'files'))) {
    if (!isNormalisedAbsolutePath(path)) fail(`files.${path}`, 'must be a normalised absolute path');
    result[path] = fsEntry(entry, `files.${path}`);
  }
  for (const path of Object.keys(result)) {
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (parent && result[parent] && result[parent].type !== 'directory') {
      fail(`files.${path}`, 'parent is not a directory');
    }
  }
  return result;
}

function snapshot(value: Record<string, unknown>): SandboxSnapshot {
  if (value.format !== 'skillshell-sandbox') fail('format', 'expected "skillshell-sandbox"');
  if (value.version !== 1) fail('version', 'expected 1');
  const fileEntries = files(value.files);
  const cwd = absolutePath(value.cwd, 'cwd');
  if (cwd !== '/' && fileEntries[cwd]?.type !== 'directory') fail('cwd', 'cwd is not a directory in files');
  // Bad records are dropped, never the whole state: they only inform graders.
  const records = validateRecords(value.records);
  return {
    format: 'skillshell-sandbox',
    version: 1,
    files: fileEntries,
    exported: variables(value.exported, 'exported'),
    variables: variables(value.variables, 'variables'),
    cwd,
    history: history(value.history, 'history'),
    account: account(value.account, 'account'),
    ...(records ? { records } : {}),
  };
}

/** Validates untrusted saved state; never throws. */
export function validateSnapshot(
  value: unknown,
): { ok: true; snapshot: SandboxSnapshot } | { ok: false; error: string } {
  if (!isRecord(value)) return { ok: false, error: 'invalid sandbox snapshot: expected an object' };
  try {
    return { ok: true, snapshot: snapshot(value) };
  } catch (error) {
    if (error instanceof Invalid) {
      return { ok: false, error: `invalid sandbox snapshot: ${error.where}: ${error.message}` };
    }
    return { ok: false, error: `invalid sandbox snapshot: ${(error as Error).message}` };
  }
}
