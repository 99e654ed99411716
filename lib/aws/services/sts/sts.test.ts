// STS AssumeRole and the CLI's role profiles, from the STS API reference
// (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html) and botocore's AssumeRoleProvider
// (credentials.py in Debian's awscli: source_profile validation texts, `botocore-session-<time>` names).
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../default-account';
import type { CallExplanation } from '../../explanation';
import { aws, HOME, SAMPLE_KEYS } from '../../testing/run';
import type { SimulatedAccount } from '../../types';

const TRUST_ACCOUNT =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}';
const ROLE = 'arn:aws:iam::123456789012:role/Auditor';
const CREDENTIALS = `[default]\naws_access_key_id = ${SAMPLE_KEYS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY}\n`;

function withRole(maxSessionDuration?: number): SimulatedAccount {
  return {
    ...structuredClone(defaultAccount),
    clock: '2026-01-15T10:00:00Z',
    roles: [
      {
        roleName: 'Auditor',
        roleId: 'AROAEXAMPLEAUDITOR01',
        assumeRolePolicyDocument: TRUST_ACCOUNT,
        attachedPolicies: ['arn:aws:iam::aws:policy/IAMReadOnlyAccess'],
        ...(maxSessionDuration ? { maxSessionDuration } : {}),
      },
    ],
  };
}

const files = (config: string) => ({
  '.aws': { type: 'directory' as const, mode: 0o755 },
  '.aws/credentials': { content: CREDENTIALS, mode: 0o600 },
  '.aws/config': { content: config, mode: 0o600 },
});

describe('sts assume-role', () => {
  test('Expiration is now + DurationSeconds (default 3600); the session acts as the role', async () => {
    const account = withRole();
    const result = await aws(['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'audit'], {
      env: SAMPLE_KEYS,
      account,
    });
    const out = JSON.parse(result.stdout);
    expect(out.Credentials.Expiration).toBe('2026-01-15T11:00:00+00:00');
    expect(out.AssumedRoleUser).toEqual({
      AssumedRoleId: 'AROAEXAMPLEAUDITOR01:audit',
      Arn: 'arn:aws:sts::123456789012:assumed-role/Auditor/audit',
    });
    expect(account.sessions).toHaveLength(1);
  });

  test('DurationSeconds above the role maximum is a ValidationError', async () => {
    const result = await aws(
      [
        'sts',
        'assume-role',
        '--role-arn',
        ROLE,
        '--role-session-name',
        'audit',
        '--duration-seconds',
        '7200',
      ],
      {
        env: SAMPLE_KEYS,
        account: withRole(),
      },
    );
    expect(result.stderr).toContain(
      '(ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
    const ok = await aws(
      [
        'sts',
        'assume-role',
        '--role-arn',
        ROLE,
        '--role-session-name',
        'audit',
        '--duration-seconds',
        '7200',
      ],
      {
        env: SAMPLE_KEYS,
        account: withRole(7200),
      },
    );
    expect(ok.exitCode).toBe(0);
  });

  test('role chaining is limited to one hour', async () => {
    const account = withRole(43200);
    // Same-account trust of the account root also needs the caller's identity policy to allow it.
    account.roles![0]!.inlinePolicies = {
      Chain:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}',
    };
    const assume = (env: Record<string, string>, name: string, seconds: string) =>
      aws(
        [
          'sts',
          'assume-role',
          '--role-arn',
          ROLE,
          '--role-session-name',
          name,
          '--duration-seconds',
          seconds,
        ],
        {
          env,
          account,
        },
      );
    const first = JSON.parse((await assume(SAMPLE_KEYS, 'first', '3600')).stdout).Credentials;
    const env = {
      AWS_ACCESS_KEY_ID: first.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: first.SecretAccessKey,
      AWS_SESSION_TOKEN: first.SessionToken,
    };
    expect((await assume(env, 'second', '7200')).stderr).toContain(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
    expect((await assume(env, 'second', '3600')).exitCode).toBe(0);
  });

  test('a denied AssumeRole records the decision for `why`', async () => {
    const account = withRole();
    account.roles![0]!.assumeRolePolicyDocument = TRUST_ACCOUNT.replace(
      '123456789012:root',
      '111122223333:root',
    );
    const result = await aws(['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'xx'], {
      env: SAMPLE_KEYS,
      account,
    });
    expect(result.stderr).toBe(
      '\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/sample_user is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Auditor\n',
    );
    expect(result.record).toMatchObject({ outcome: 'access-denied', errorCode: 'AccessDenied' });
    expect((result.record!.explanation as CallExplanation).authorization).toMatchObject({
      action: 'sts:AssumeRole',
      resource: ROLE,
    });
  });
});

describe('role profiles (role_arn + source_profile)', () => {
  const config = `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = default\n`;

  test('--profile assumes the role once and reuses the cached session while it has 15 minutes left', async () => {
    const account = withRole();
    const first = await aws(
      ['sts', 'get-caller-identity', '--profile', 'auditor', '--query', 'Arn', '--output', 'text'],
      { files: files(config), account },
    );
    expect(first.stdout).toBe(
      `arn:aws:sts::123456789012:assumed-role/Auditor/botocore-session-${Date.parse('2026-01-15T10:00:00Z') / 1000}\n`,
    );
    expect(first.record).toMatchObject({
      credentialSource: 'assume-role',
      accessKeyId: expect.stringMatching(/^ASIA/),
    });
    const chain = (first.record!.explanation as CallExplanation).credentials;
    expect(chain.map((s) => `${s.provider}:${s.outcome}`)).toEqual(['env:skipped', 'assume-role:used']);
    // The reuse goes through the CLI's cache file in the same home (see role-cache.test.ts).
    await aws(['iam', 'list-users', '--profile', 'auditor'], { fs: first.fs, account });
    expect(account.sessions).toHaveLength(1);
    account.clock = '2026-01-15T10:50:00Z';
    await aws(['iam', 'list-users', '--profile', 'auditor'], { fs: first.fs, account });
    expect(account.sessions).toHaveLength(2);
  });

  test('configure list shows the assumed keys with type assume-role', async () => {
    const result = await aws(['configure', 'list', '--profile', 'auditor'], {
      files: files(config),
      account: withRole(),
    });
    expect(result.stdout).toMatch(/^access_key +\*{16}[A-Z2-7]{4} +assume-role {4}$/m);
  });

  test.each([
    [
      `[profile auditor]\nrole_arn = ${ROLE}\n`,
      'Partial credentials found in assume-role, missing: source_profile or credential_source',
    ],
    [
      `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = nope\n`,
      'The source_profile "nope" referenced in the profile "auditor" does not exist.',
    ],
    [
      `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = empty\n[profile empty]\nregion = us-east-1\n`,
      'The source_profile "empty" must specify either static credentials or an assume role configuration',
    ],
    // The visited profiles are printed as a Python list (/usr/bin/aws 2.9.19, offline).
    [
      `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = auditor\n`,
      "Infinite loop in credential configuration detected. Attempting to load from profile auditor which has already been visited. Visited profiles: ['auditor']",
    ],
    [
      `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = b\n[profile b]\nrole_arn = ${ROLE}\nsource_profile = auditor\n`,
      "Infinite loop in credential configuration detected. Attempting to load from profile auditor which has already been visited. Visited profiles: ['auditor', 'b']",
    ],
  ])('botocore refuses %j', async (text, message) => {
    const result = await aws(['sts', 'get-caller-identity', '--profile', 'auditor'], {
      files: files(text),
      account: withRole(),
    });
    expect(result).toMatchObject({ exitCode: 255, stderr: `\n${message}\n` });
  });

  test('the source keys are refused: the error names AssumeRole', async () => {
    const result = await aws(['sts', 'get-caller-identity', '--profile', 'auditor'], {
      files: {
        ...files(config),
        '.aws/credentials': { content: CREDENTIALS.replace('EXAMPLEKEY', 'WRONG'), mode: 0o600 },
      },
      account: withRole(),
    });
    expect(result.stderr).toContain('(SignatureDoesNotMatch) when calling the AssumeRole operation');
    expect(HOME).toBe('/home/learner');
  });
});
