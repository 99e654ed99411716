// Benchmark: the simulated IAM/STS call pipeline with a busy account (50 users, 50 customer policies attached,
// groups): one policy decision (target < 1 ms) and whole `aws iam` / `aws sts` invocations.
import { runAws } from '../lib/aws/index';
import { accountNow, userArn } from '../lib/aws/account';
import { decide } from '../lib/aws/authorization';
import { defaultAccount } from '../lib/aws/default-account';
import { MemoryFileSystem } from '../lib/aws/testing/memory-fs';
import type { SimulatedAccount } from '../lib/aws/types';

/** One measurement as the bench runner prints it. */
export interface AwsBenchResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  targetMs?: number;
}

const HOME = '/home/learner';
const ENV = {
  HOME,
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
};

/** 50 users, 50 policies of 5 statements each, all attached to bob through a group and directly. */
function busyAccount(): SimulatedAccount {
  const account = structuredClone(defaultAccount);
  const arns: string[] = [];
  account.policies = Array.from({ length: 50 }, (_, i) => {
    const statements = Array.from({ length: 5 }, (_, j) => ({
      Effect: 'Allow',
      Action: [`s3:Get${i}${j}*`, `dynamodb:Query${j}`],
      Resource: `arn:aws:s3:::bucket-${i}/${j}/*`,
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    }));
    arns.push(`arn:aws:iam::123456789012:policy/p${i}`);
    return {
      policyName: `p${i}`,
      policyId: `ANPA${String(i).padStart(17, '0')}`,
      versions: [
        {
          versionId: 'v1',
          isDefault: true,
          createDate: '2026-01-01T00:00:00+00:00',
          document: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
        },
      ],
    };
  });
  account.groups = [
    { groupName: 'All', groupId: 'AGPAEXAMPLEGROUP0001', attachedPolicies: arns.slice(0, 10) },
  ];
  for (let i = 0; i < 50; i++) {
    account.users.push({
      userName: `user${i}`,
      userId: `AIDA${String(i).padStart(17, '0')}`,
      accessKeys: [],
      buckets: [],
      groups: ['All'],
      attachedPolicies: arns.slice(10, 20),
      inlinePolicies: {
        Extra: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }],
        }),
      },
    });
  }
  return account;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    medianMs: sorted[sorted.length >> 1] ?? 0,
    p95Ms: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? 0,
  };
}

async function timeMany(n: number, fn: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function benchAwsIam(): Promise<AwsBenchResult[]> {
  const account = busyAccount();
  const user = account.users.at(-1)!;
  const principal = {
    kind: 'user' as const,
    arn: userArn(account, user),
    user,
    key: { accessKeyId: '', secretAccessKey: '' },
  };
  const now = accountNow(account);
  const decision = () => decide(account, principal, 's3:GetObject', 'arn:aws:s3:::bucket-15/3/x.txt', now);
  await timeMany(200, decision);
  const fs = new MemoryFileSystem();
  await fs.seed(HOME, {});
  const call = (argv: string[]) => () =>
    runAws({ argv, env: ENV, cwd: HOME, fs, readLine: async () => null, account });
  await timeMany(20, call(['iam', 'list-users']));
  return [
    {
      name: 'policy decision, 21 policies / 105 statements',
      ...stats(await timeMany(500, decision)),
      targetMs: 1,
    },
    {
      name: 'aws iam list-users (53 users, admin)',
      ...stats(await timeMany(100, call(['iam', 'list-users']))),
    },
    {
      name: 'aws iam get-user --output table',
      ...stats(await timeMany(100, call(['iam', 'get-user', '--output', 'table']))),
    },
    {
      name: 'aws sts get-caller-identity',
      ...stats(await timeMany(100, call(['sts', 'get-caller-identity']))),
    },
  ];
}
