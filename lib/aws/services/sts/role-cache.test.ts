// The CLI's assume-role cache, from aws-cli 2.9.19 (botocore credentials.py: CachedCredentialFetcher,
// BaseAssumeRoleCredentialFetcher._create_cache_key; awscli customizations/assumerole.py: JSONFileCache in
// ~/.aws/cli/cache). File names were proven by /usr/bin/aws reading entries written under them (fixtures in
// lib/aws/fixtures/sts-role-cache); the error texts were printed by /usr/bin/aws for each damaged entry.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../default-account';
import type { CallExplanation } from '../../explanation';
import { aws, SAMPLE_KEYS } from '../../testing/run';
import type { SimulatedAccount } from '../../types';
import { pyIsoformat, roleCacheKey } from './role-cache';
import { explainCall, explanationText } from '../../policy/explain';

const ROLE = 'arn:aws:iam::123456789012:role/Auditor';
const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}';
const CREDENTIALS = `[default]\naws_access_key_id = ${SAMPLE_KEYS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY}\n`;
const CONFIG = `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = default\n`;
/** sha1('{"RoleArn": "arn:aws:iam::123456789012:role/Auditor"}'): the name /usr/bin/aws reads. */
const KEY = 'ff4e374ca4c8d786fbbcf6100d9a203c8042f421';
const CACHE = `.aws/cli/cache/${KEY}.json`;
const CACHE_PATH = `/home/learner/${CACHE}`;

function account(): SimulatedAccount {
  return {
    ...structuredClone(defaultAccount),
    clock: '2026-01-15T10:00:00Z',
    roles: [
      {
        roleName: 'Auditor',
        roleId: 'AROAEXAMPLEAUDITOR01',
        assumeRolePolicyDocument: TRUST,
        attachedPolicies: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'],
      },
    ],
  };
}

const files = (extra: Record<string, { content: string; mode?: number }> = {}) => ({
  '.aws': { type: 'directory' as const, mode: 0o755 },
  '.aws/credentials': { content: CREDENTIALS, mode: 0o600 },
  '.aws/config': { content: CONFIG, mode: 0o600 },
  ...extra,
});

const WHOAMI = ['sts', 'get-caller-identity', '--profile', 'auditor', '--query', 'Arn', '--output', 'text'];

describe('the assume-role cache file', () => {
  test('the key is the SHA-1 of the sorted AssumeRole arguments, as botocore builds it', () => {
    const base = { profile: 'auditor', roleArn: ROLE, sourceProfile: 'default' } as const;
    const source = { accessKey: '', secretKey: '', sessionToken: null, method: 'config-file' } as const;
    expect(roleCacheKey({ ...base, source })).toBe(KEY);
    // Values from Python: json.dumps({...}, sort_keys=True) through hashlib.sha1 (and read by /usr/bin/aws).
    expect(roleCacheKey({ ...base, source, roleSessionName: 'audit', durationSeconds: 900 })).toBe(
      'eec0360055d46f3970f58479fff351a20f80ab83',
    );
    expect(roleCacheKey({ ...base, source, externalId: 'ex-1' })).toBe(
      'ab2f8cacab0102211c92e9678d902c00a8db9686',
    );
  });

  test('the first call assumes the role and writes the response as the CLI does (0600 in 0755 folders)', async () => {
    const acct = account();
    const first = await aws(WHOAMI, { files: files(), account: acct });
    expect(first.exitCode).toBe(0);
    const session = acct.sessions![0]!;
    expect(first.stdout).toBe(`arn:aws:sts::123456789012:assumed-role/Auditor/${session.roleSessionName}\n`);
    const dump = first.fs.dump('/home/learner');
    expect(dump['.aws/cli']).toEqual({ type: 'directory', mode: 0o755 });
    expect(dump['.aws/cli/cache']).toEqual({ type: 'directory', mode: 0o755 });
    const written = dump[CACHE] as { content: string; mode: number };
    expect(written.mode).toBe(0o600);
    // json.dumps of botocore's parsed response: ", " / ": " separators, datetimes as %Y-%m-%dT%H:%M:%S%Z.
    expect(written.content).toMatch(
      new RegExp(
        `^\\{"Credentials": \\{"AccessKeyId": "${session.accessKeyId}", "SecretAccessKey": "[^"]+", ` +
          `"SessionToken": "[^"]+", "Expiration": "2026-01-15T11:00:00UTC"\\}, "AssumedRoleUser": ` +
          `\\{"AssumedRoleId": "AROAEXAMPLEAUDITOR01:${session.roleSessionName}", "Arn": "arn:aws:sts::123456789012:assumed-role/Auditor/${session.roleSessionName}"\\}, ` +
          `"ResponseMetadata": \\{"RequestId": "[0-9a-f-]{36}", "HTTPStatusCode": 200, "HTTPHeaders": \\{"x-amzn-requestid": "[0-9a-f-]{36}", ` +
          `"content-type": "text/xml", "date": "Thu, 15 Jan 2026 10:00:00 GMT"\\}, "RetryAttempts": 0\\}\\}$`,
      ),
    );
    const chain = (first.record!.explanation as CallExplanation).credentials;
    expect(chain.at(-1)!.reason).toContain(
      `auditor: no cached credentials, so the CLI called AssumeRole and cached the result in ~/${CACHE}`,
    );
  });

  test('the next call reuses the cached keys without AssumeRole; an entry near expiry is refreshed', async () => {
    const acct = account();
    const first = await aws(WHOAMI, { files: files(), account: acct });
    acct.clock = '2026-01-15T10:44:59Z';
    const second = await aws(WHOAMI, { fs: first.fs, account: acct });
    expect(second.stdout).toBe(first.stdout);
    expect(acct.sessions).toHaveLength(1);
    expect((second.record!.explanation as CallExplanation).credentials.at(-1)!.reason).toContain(
      `cached credentials from ~/${CACHE} (expire 2026-01-15T11:00:00UTC)`,
    );
    // Under 15 minutes left (CachedCredentialFetcher's expiry window): assumed again, the entry replaced.
    acct.clock = '2026-01-15T10:45:01Z';
    const third = await aws(WHOAMI, { fs: first.fs, account: acct });
    expect(acct.sessions).toHaveLength(2);
    expect(third.stdout).not.toBe(first.stdout);
    expect(await first.fs.readFile(CACHE_PATH)).toContain(acct.sessions![1]!.accessKeyId);
    expect(await first.fs.readFile(CACHE_PATH)).toContain('"Expiration": "2026-01-15T11:45:01UTC"');
  });

  test('a deleted entry means a new session; keys in the cache that AWS never issued are refused by AWS', async () => {
    const acct = account();
    const first = await aws(WHOAMI, { files: files(), account: acct });
    await first.fs.removeFile!(CACHE_PATH);
    await aws(WHOAMI, { fs: first.fs, account: acct });
    expect(acct.sessions).toHaveLength(2);
    const forged =
      '{"Credentials": {"AccessKeyId": "ASIAEXAMPLECACHED001", "SecretAccessKey": "s", "SessionToken": "t", "Expiration": "2099-01-01T00:00:00UTC"}}';
    const refused = await aws(WHOAMI, { files: files({ [CACHE]: { content: forged } }), account: account() });
    expect(refused.exitCode).toBe(254);
    expect(refused.stderr).toContain('(InvalidClientTokenId) when calling the GetCallerIdentity operation');
  });

  // Each damaged entry and what /usr/bin/aws 2.9.19 printed for it (exit 255): the CLI does not skip it.
  test.each([
    ['not JSON', 'not json', `'${KEY}'`],
    ['empty', '', `'${KEY}'`],
    ['no Credentials', '{"Foo": 1}', "'Credentials'"],
    ['a list', '[1,2]', 'list indices must be integers or slices, not str'],
    ['a string', '"x"', "string indices must be integers, not 'str'"],
    ['a number', '5', "'int' object is not subscriptable"],
    ['null', 'null', "'NoneType' object is not subscriptable"],
    ['Credentials null', '{"Credentials": null}', "'NoneType' object is not subscriptable"],
    ['no Expiration', '{"Credentials": {"AccessKeyId": "A"}}', "'Expiration'"],
    [
      'a number as Expiration',
      '{"Credentials": {"Expiration": 5}}',
      'Parser must be a string or character stream, not int',
    ],
    ['an unreadable Expiration', '{"Credentials": {"Expiration": "soon"}}', 'Unknown string format: soon'],
    [
      'a time without zone',
      '{"Credentials": {"Expiration": "2099-01-01T00:00:00"}}',
      "can't subtract offset-naive and offset-aware datetimes",
    ],
    [
      'no AccessKeyId',
      '{"Credentials": {"SecretAccessKey": "s", "SessionToken": "t", "Expiration": "2099-01-01T00:00:00UTC"}}',
      "'AccessKeyId'",
    ],
  ])('a cache entry with %s ends the command with the Python error', async (_, content, message) => {
    const acct = account();
    const result = await aws(WHOAMI, { files: files({ [CACHE]: { content } }), account: acct });
    expect(result).toMatchObject({ stdout: '', stderr: `\n${message}\n`, exitCode: 255 });
    expect(acct.sessions ?? []).toHaveLength(0);
    expect(await result.fs.readFile(CACHE_PATH)).toBe(content);
    const r = result.record!;
    const call = { commandLine: 'aws sts get-caller-identity', exitCode: 255, outcome: r.outcome };
    const facts = { ...call, profile: r.profile, identityArn: null, accessKeyId: null };
    const why = { stdout: explanationText(explainCall(facts, r.explanation)) };
    expect(why.stdout).toContain(
      `auditor: ~/${CACHE} cannot be used (${message}): delete it to assume the role again`,
    );
    expect(why.stdout).toContain(
      'Authorization: none: the command stopped with an error before AWS checked any permission.',
    );
  });

  test('export-credentials prints the role session (cached or new), not the source keys', async () => {
    const acct = account();
    const first = await aws(['configure', 'export-credentials', '--profile', 'auditor'], {
      files: files(),
      account: acct,
    });
    const session = acct.sessions![0]!;
    expect(JSON.parse(first.stdout)).toEqual({
      Version: 1,
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: '2026-01-15T11:00:00+00:00',
    });
    const again = await aws(['configure', 'export-credentials', '--profile', 'auditor'], {
      fs: first.fs,
      account: acct,
    });
    expect(again.stdout).toBe(first.stdout);
    expect(acct.sessions).toHaveLength(1);
  });

  test('Python isoformat of the cached expiry', () => {
    expect(pyIsoformat('2099-01-01T00:00:00UTC')).toBe('2099-01-01T00:00:00+00:00');
    expect(pyIsoformat('2099-01-01T00:00:00Z')).toBe('2099-01-01T00:00:00+00:00');
    expect(pyIsoformat('2099-01-01T00:00:00.5+02:00')).toBe('2099-01-01T00:00:00.500000+02:00');
  });
});
