// The starting account and files of the "AWS IAM Role CLI" exercises: you are sample_user (an administrator,
// profile `default`), your colleague example_1 (profile `example_1`) has no permissions of its own.
import type { Exercise } from '@/lib/grader';
import {
  configFileText,
  credentialsFileText,
  defaultAccount,
  example1Key,
  sampleUserKey,
} from '@/lib/grader';

type Account = NonNullable<Exercise['setup']['account']>;

export const ACCOUNT_ID = '123456789012';
export const ROLE_NAME = 'S3Reader';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${ROLE_NAME}`;
export const EXAMPLE_1_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/example_1`;
export const S3_READ_ONLY_ARN = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
/** A fixed clock (the one the lesson's outputs were recorded at), so sessions and expiry are the same every time. */
export const CLOCK = '2026-01-15T10:00:00Z';

/** The trust policy the lesson writes: example_1, and only example_1, may assume the role. */
export const TRUST_EXAMPLE_1 = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "${EXAMPLE_1_ARN}" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

/** Both profiles, as the previous lesson left them. */
export const roleLessonFiles = {
  '~/.aws/credentials': {
    content: credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
    mode: 0o600,
  },
  '~/.aws/config': {
    content: configFileText({
      default: { region: 'us-east-1', output: 'json' },
      example_1: { region: 'us-east-1', output: 'json' },
    }),
    mode: 0o600,
  },
};

/** The account: example_1 without policies; with `role`, the role S3Reader trusting example_1 (and these policies). */
export function roleLessonAccount(role?: { attachedPolicies: string[] }): Account {
  const account = structuredClone(defaultAccount) as Account;
  account.clock = CLOCK;
  const example1 = account.users.find((u) => u.userName === 'example_1')!;
  example1.attachedPolicies = [];
  if (role) {
    account.roles = [
      {
        roleName: ROLE_NAME,
        roleId: 'AROAQHNIEGRP23W3BEJU7',
        path: '/',
        createDate: '2026-01-15T09:30:00+00:00',
        assumeRolePolicyDocument: JSON.stringify(JSON.parse(TRUST_EXAMPLE_1)),
        maxSessionDuration: 3600,
        attachedPolicies: [...role.attachedPolicies],
      },
    ];
  }
  return account;
}
