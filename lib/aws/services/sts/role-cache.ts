// The CLI's assume-role cache (`~/.aws/cli/cache/<sha1>.json`), as botocore's CachedCredentialFetcher and awscli's
// JSONFileCache (2.9.19) read and write it: the key hashes the AssumeRole arguments, entries are reused until 15
// minutes before they expire, and a damaged entry fails the command with the Python error the CLI prints.
import type { AwsFileSystem, SimulatedAccount, SimulatedRoleSession } from '../../types';
import type { RoleProfile } from '../../config/resolve-credentials';
import { expandPath } from '../../config/paths';
import { pyJsonDumps } from '../../config/python-text';
import { sha1, toHex } from '../s3/hash';

/** awscli's CACHE_DIR (customizations/assumerole.py): expanded from HOME when the CLI starts. */
export const ROLE_CACHE_DIR = '~/.aws/cli/cache';

/** CachedCredentialFetcher.DEFAULT_EXPIRY_WINDOW_SECONDS: an entry closer than this to expiry is refreshed. */
const EXPIRY_WINDOW_MS = 15 * 60 * 1000;

/** Temporary credentials from a cache entry. */
export interface CachedRoleCredentials {
  accessKey: string;
  secretKey: string;
  sessionToken: string;
  /** Expiration as written in the entry. */
  expiration: string;
}

/** What the cache holds for a role profile: usable credentials, nothing (assume the role), or a Python error. */
export type RoleCacheEntry =
  | { kind: 'hit'; path: string; credentials: CachedRoleCredentials }
  | { kind: 'miss'; path: string; reason: string }
  | { kind: 'error'; path: string; message: string };

/**
 * BaseAssumeRoleCredentialFetcher._create_cache_key: SHA-1 of `json.dumps(args, sort_keys=True)` over the
 * AssumeRole arguments the profile sets (RoleArn, RoleSessionName unless generated, ExternalId, DurationSeconds).
 */
export function roleCacheKey(role: RoleProfile): string {
  const args: Record<string, string | number> = { RoleArn: role.roleArn };
  if (role.roleSessionName !== undefined) args.RoleSessionName = role.roleSessionName;
  if (role.externalId !== undefined) args.ExternalId = role.externalId;
  if (role.durationSeconds !== undefined) args.DurationSeconds = role.durationSeconds;
  const sorted = Object.fromEntries(Object.entries(args).sort(([a], [b]) => (a < b ? -1 : 1)));
  return toHex(sha1(pyJsonDumps(sorted)));
}

/** The cache file of a role profile. */
export function roleCachePath(role: RoleProfile, env: Record<string, string>): string {
  return `${expandPath(ROLE_CACHE_DIR, env)}/${roleCacheKey(role)}.json`;
}

/** Python's type name of a JSON value, for its TypeError texts. */
function pyType(value: unknown): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'string' ? 'str' : Array.isArray(value) ? 'list' : 'dict';
}

/** `value[key]` as Python evaluates it on parsed JSON: the member, or the exception's text. */
function pyIndex(value: unknown, key: string): { value: unknown } | { error: string } {
  const type = pyType(value);
  if (type === 'dict') {
    const record = value as Record<string, unknown>;
    return Object.prototype.hasOwnProperty.call(record, key) ? { value: record[key] } : { error: `'${key}'` };
  }
  if (type === 'list') return { error: 'list indices must be integers or slices, not str' };
  if (type === 'str') return { error: "string indices must be integers, not 'str'" };
  return { error: `'${type}' object is not subscriptable` };
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/;

/** dateutil's parse for the timestamps a cache holds; the error text the CLI prints when it cannot. */
function parseExpiration(value: unknown): { time: number } | { error: string } {
  if (typeof value !== 'string')
    return { error: `Parser must be a string or character stream, not ${pyType(value)}` };
  const m = ISO_TIME.exec(value.trim());
  if (!m) return { error: `Unknown string format: ${value}` };
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = m;
  // A time without a zone is naive: Python cannot compare it with the aware local time.
  if (!zone) return { error: "can't subtract offset-naive and offset-aware datetimes" };
  const offset = /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : 'Z';
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${offset}`);
  return Number.isNaN(time) ? { error: `Unknown string format: ${value}` } : { time };
}

/** The expiry as Python's `isoformat()` prints the parsed time (`aws configure export-credentials`). */
export function pyIsoformat(expiration: string): string {
  const m = ISO_TIME.exec(expiration.trim());
  if (!m) return expiration;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone = ''] = m;
  const micro = frac.slice(1, 7).padEnd(6, '0');
  const offset = /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : '+00:00';
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${/^0*$/.test(micro) ? '' : `.${micro}`}${offset}`;
}

/** CachedCredentialFetcher._load_from_cache then _get_cached_credentials, in the CLI's order of failures. */
export async function readRoleCache(fs: AwsFileSystem, path: string, now: Date): Promise<RoleCacheEntry> {
  const key = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
  const text = await fs.readFile(path);
  if (text === null) return { kind: 'miss', path, reason: 'no cached credentials' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSONFileCache.__getitem__ turns a ValueError into KeyError(cache_key); nothing catches it.
    return { kind: 'error', path, message: `'${key}'` };
  }
  const fail = (message: string): RoleCacheEntry => ({ kind: 'error', path, message });
  const credentials = pyIndex(parsed, 'Credentials');
  if ('error' in credentials) return fail(credentials.error);
  const expirationValue = pyIndex(credentials.value, 'Expiration');
  if ('error' in expirationValue) return fail(expirationValue.error);
  const expiration = parseExpiration(expirationValue.value);
  if ('error' in expiration) return fail(expiration.error);
  if (expiration.time - now.getTime() < EXPIRY_WINDOW_MS) {
    return { kind: 'miss', path, reason: 'the cached credentials expire in less than 15 minutes' };
  }
  const fields: string[] = [];
  for (const name of ['AccessKeyId', 'SecretAccessKey', 'SessionToken']) {
    const field = pyIndex(credentials.value, name);
    if ('error' in field) return fail(field.error);
    fields.push(String(field.value));
  }
  const [accessKey = '', secretKey = '', sessionToken = ''] = fields;
  return {
    kind: 'hit',
    path,
    credentials: { accessKey, secretKey, sessionToken, expiration: String(expirationValue.value) },
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An HTTP date header (RFC 7231 IMF-fixdate). */
function httpDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`
  );
}

/** A request id shaped like STS's (a UUID), derived from the session so a replay writes the same bytes. */
function requestId(session: SimulatedRoleSession): string {
  const hex = toHex(sha1(session.accessKeyId + session.sessionToken));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The AssumeRole response as the CLI stores it: botocore's parsed response (members in model order, then
 * ResponseMetadata), `json.dumps` with datetimes as `%Y-%m-%dT%H:%M:%S%Z` ("…UTC"). The HTTP headers are the ones
 * STS sends (request id, content type, date).
 */
export function roleCacheContent(
  account: SimulatedAccount,
  session: SimulatedRoleSession,
  now: Date,
): string {
  const role = (account.roles ?? []).find((r) => r.roleName === session.roleName);
  const id = requestId(session);
  const response = {
    Credentials: {
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: `${new Date(session.expiration).toISOString().slice(0, 19)}UTC`,
    },
    AssumedRoleUser: {
      AssumedRoleId: `${role?.roleId ?? ''}:${session.roleSessionName}`,
      Arn: `arn:aws:sts::${account.accountId}:assumed-role/${session.roleName}/${session.roleSessionName}`,
    },
    ResponseMetadata: {
      RequestId: id,
      HTTPStatusCode: 200,
      HTTPHeaders: { 'x-amzn-requestid': id, 'content-type': 'text/xml', date: httpDate(now) },
      RetryAttempts: 0,
    },
  };
  return pyJsonDumps(response);
}

/** JSONFileCache.__setitem__: makedirs (0777 & ~umask), then the file opened O_CREAT with 0600. */
export async function writeRoleCache(fs: AwsFileSystem, path: string, content: string): Promise<void> {
  await fs.mkdirp(path.slice(0, path.lastIndexOf('/')), 0o755);
  await fs.writeFile(path, content, 0o600);
}
