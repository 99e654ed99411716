// The account of the IAM Policies lesson's exercises: sample_user is the admin (profile default), example_1 starts
// with no permissions (profile example_1), and three buckets hold a few small objects.
import { ADMINISTRATOR_ACCESS_ARN } from '@/lib/aws/default-account';
import { putObject } from '@/lib/aws/services/s3/store';
import type { SimulatedAccount, SimulatedBucket, SimulatedPolicy, SimulatedUser } from '@/lib/aws/types';
import { credentialsFileText, configFileText, defaultAccount, type Exercise } from '@/lib/grader';

export const ACCOUNT_ID = '123456789012';
/** The bucket the tasks are about. */
export const BUCKET = 'example-1-reports';
/** A bucket whose name starts like BUCKET's (the `example-1-reports*` trap). */
export const PRIVATE_BUCKET = 'example-1-reports-private';
export const OTHER_BUCKET = 'sample-user-camera-uploads';
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const policyArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:policy/${name}`;
export const ADMIN_ARN = ADMINISTRATOR_ACCESS_ARN;
/** When the exercises' account was made (the simulated clock starts here). */
const CLOCK = '2026-03-02T09:00:00Z';

/** A policy document's JSON text, as a learner would write it (two-space indent). */
export const policyText = (...Statement: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement }, null, 2);

/** A customer managed policy with these documents as v1, v2… (the last is the default). */
export function managedPolicy(name: string, policyId: string, ...documents: string[]): SimulatedPolicy {
  return {
    policyName: name,
    policyId,
    path: '/',
    createDate: '2026-03-01T08:00:00+00:00',
    versions: documents.map((document, index) => ({
      versionId: `v${index + 1}`,
      document,
      isDefault: index === documents.length - 1,
      createDate: '2026-03-01T08:00:00+00:00',
    })),
  };
}

const OBJECTS: Record<string, Record<string, string>> = {
  [BUCKET]: {
    'README.txt': 'Quarterly reports, one CSV per quarter.\n',
    '2026/q1.csv': 'region,revenue\neu,120\nus,340\n',
    '2026/q2.csv': 'region,revenue\neu,135\nus,360\n',
  },
  [PRIVATE_BUCKET]: { 'salaries.csv': 'name,salary\nmia,1\n' },
  [OTHER_BUCKET]: { 'beach.jpg': 'not really a photo\n' },
};

export interface ReportsAccountOptions {
  /** Managed policy ARNs attached to example_1. */
  attached?: string[];
  /** Inline policies of example_1, by name. */
  inline?: Record<string, string>;
  /** Customer managed policies of the account. */
  policies?: SimulatedPolicy[];
}

/** The starting account: a fresh copy each call. */
export function reportsAccount(options: ReportsAccountOptions = {}): SimulatedAccount {
  const seeded = structuredClone(defaultAccount);
  const [admin, learner] = seeded.users as [SimulatedUser, SimulatedUser];
  learner.attachedPolicies = options.attached ?? [];
  if (options.inline) learner.inlinePolicies = options.inline;
  const account: SimulatedAccount = {
    ...seeded,
    users: [admin, learner],
    policies: options.policies ?? [],
    buckets: [],
    clock: CLOCK,
  };
  const encoder = new TextEncoder();
  for (const [name, objects] of Object.entries(OBJECTS)) {
    const bucket: SimulatedBucket = { name, creationDate: '2026-03-01T08:00:00+00:00' };
    for (const [key, text] of Object.entries(objects)) putObject(account, bucket, key, encoder.encode(text));
    account.buckets!.push(bucket);
  }
  return account;
}

/** Shared files: `default` is sample_user (AdministratorAccess), `example_1` the user the policies are for. */
export function reportsSetup(options: ReportsAccountOptions = {}, files: Exercise['setup']['files'] = {}) {
  const [admin, learner] = defaultAccount.users as [SimulatedUser, SimulatedUser];
  return {
    files: {
      '~/.aws/credentials': {
        content: credentialsFileText({ default: admin.accessKeys[0]!, example_1: learner.accessKeys[0]! }),
        mode: 0o600,
      },
      '~/.aws/config': {
        content: configFileText({ default: { region: 'us-east-1' }, example_1: { region: 'us-east-1' } }),
        mode: 0o600,
      },
      ...files,
    },
    account: reportsAccount(options),
  } satisfies Exercise['setup'];
}
