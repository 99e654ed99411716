// `why`: explains the newest aws execution record; says so when there is none.
import { describe, expect, test } from 'vitest';
import { evaluatePolicyTexts } from '../../aws/policy/adapter';
import type { AwsCallRecord } from '../../aws/types';
import { createSandbox } from '../sandbox';
import type { ExecutionRecord } from '../types';
import { runWhy } from './why';

function record(argv: string[], exitCode: number, aws?: AwsCallRecord): ExecutionRecord {
  const r: ExecutionRecord = {
    seq: 1,
    historyIndex: 0,
    argv,
    env: {},
    cwd: '/home/learner',
    exitCode,
    subshell: false,
    pipeline: false,
    functions: [],
    sourcedFrom: [],
  };
  if (aws) r.aws = aws;
  return r;
}

const baseAws: AwsCallRecord = {
  service: 's3',
  operation: 'cp',
  profile: 'dev',
  credentialSource: 'shared-credentials-file',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  identityArn: 'arn:aws:iam::111122223333:user/dev',
  region: 'us-east-1',
  output: 'json',
  outcome: 'access-denied',
  errorCode: 'AccessDenied',
};

describe('why', () => {
  test('in a fresh sandbox it says there is no aws call to explain', async () => {
    const sandbox = await createSandbox();
    const result = await sandbox.run('why');
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'why: no aws command has run in this sandbox yet: run one (e.g. aws sts get-caller-identity), then why\n',
    );
    expect(result.exitCode).toBe(1);
  });

  test('an unknown argument is a usage error; --help prints the usage', () => {
    expect(runWhy(['-x'], [])).toEqual({
      stdout: '',
      stderr: "why: unknown argument '-x'\nusage: why [--json]\n",
      exitCode: 2,
    });
    expect(runWhy(['--help'], []).stdout).toMatch(/^usage: why \[--json\]\n/);
  });

  test('explains the newest aws record, not older ones or other commands', () => {
    const details = evaluatePolicyTexts({
      principalArn: 'arn:aws:iam::111122223333:user/dev',
      identityPolicies: [
        {
          label: 'user dev: inline policy Put',
          document: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::notes' }],
          }),
        },
      ],
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::notes/a b.txt',
      context: {},
    }).details;
    const explanation = {
      credentials: [
        {
          provider: 'env',
          outcome: 'skipped',
          reason: '--profile was given, so the environment is not read',
        },
        {
          provider: 'shared-credentials-file',
          outcome: 'used',
          reason: '[dev] in ~/.aws/credentials has keys',
        },
      ],
      authentication: { outcome: 'ok', reason: 'active key, signature matches' },
      authorization: {
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::notes/a b.txt',
        decision: 'implicit-deny',
        reason: details.summary,
        details,
      },
    };
    const records = [
      record(['aws', 'sts', 'get-caller-identity'], 0, { ...baseAws, outcome: 'ok' }),
      record(['aws', 's3', 'cp', 'a b.txt', 's3://notes/a b.txt', '--profile', 'dev'], 1, {
        ...baseAws,
        explanation,
      }),
      record(['ls'], 0),
    ];
    const out = runWhy([], records);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain(
      "Last aws call: aws s3 cp 'a b.txt' 's3://notes/a b.txt' --profile dev  (AccessDenied, exit 1)",
    );
    expect(out.stdout).toContain('  1. env: skipped - --profile was given, so the environment is not read');
    expect(out.stdout).toContain(
      'Authorization: s3:PutObject on arn:aws:s3:::notes/a b.txt: implicitly denied',
    );
    expect(out.stdout).toContain(
      'Hint: your policy allows `s3:PutObject` on the bucket, not on its objects: use `arn:aws:s3:::notes/*`',
    );
    const json = JSON.parse(runWhy(['--json'], records).stdout);
    expect(json.authorization.policies[0].source).toBe('user dev: inline policy Put');
  });

  test('an aws call that failed before authorization says where it stopped', () => {
    const out = runWhy(
      [],
      [
        record(['aws', 's3', 'ls'], 253, {
          ...baseAws,
          outcome: 'no-credentials',
          explanation: { credentials: [] },
        }),
      ],
    );
    expect(out.stdout).toContain('Authorization: none: no provider in the chain supplied credentials');
  });
});

test('an aws record without call details still names the command', () => {
  expect(runWhy([], [record(['aws', 'configure', 'list'], 0), record(['why'], 1)]).stdout).toBe(
    'Last aws call: aws configure list  (exit 0)\n\nNo details were recorded for this call.\n',
  );
});
