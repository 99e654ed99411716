// The account a sandbox starts with when an exercise issues no keys of its own.
// Keys are AWS's documented example keys: never real credentials. Both seeded users have
// AdministratorAccess attached, so the first lessons (configure, whoami, s3 ls) work as before.
import type { SimulatedAccount } from './types';

/** The AWS managed policy the seeded users have. */
export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

/**
 * Bucket names other AWS accounts hold in S3's global namespace (CreateBucket answers BucketAlreadyExists):
 * the API reference's own example names and short generic ones long taken in the real namespace.
 */
export const TAKEN_BUCKET_NAMES: readonly string[] = [
  'amzn-s3-demo-bucket',
  'awsexamplebucket',
  'doc-example-bucket',
  'examplebucket',
  'example',
  'bucket',
  'test',
];

export const defaultAccount: SimulatedAccount = {
  accountId: '123456789012',
  users: [
    {
      userName: 'sample_user',
      userId: 'AIDAJQABLZS4A3QDU576Q',
      createDate: '2024-01-15T10:00:00+00:00',
      accessKeys: [
        {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          status: 'Active',
          createDate: '2024-01-15T10:00:00+00:00',
        },
      ],
      buckets: [],
      attachedPolicies: [ADMINISTRATOR_ACCESS_ARN],
    },
    {
      userName: 'example_1',
      userId: 'AIDAI23HXD2O5EXAMPLE',
      createDate: '2024-01-15T10:05:00+00:00',
      accessKeys: [
        {
          accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
          secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
          status: 'Active',
          createDate: '2024-01-15T10:05:00+00:00',
        },
      ],
      buckets: [],
      attachedPolicies: [ADMINISTRATOR_ACCESS_ARN],
    },
  ],
  groups: [],
  roles: [],
  policies: [],
  sessions: [],
  // Buckets keep the owner they had before buckets moved to the account: `s3 ls` shows each user theirs.
  buckets: [
    { name: 'sample-user-camera-uploads', creationDate: '2024-03-01T09:30:00+00:00', owner: 'sample_user' },
    { name: 'sample-user-terraform-state', creationDate: '2024-05-17T14:02:11+00:00', owner: 'sample_user' },
    { name: 'example-1-reports', creationDate: '2024-06-02T08:00:00+00:00', owner: 'example_1' },
  ],
  globalBucketNames: [...TAKEN_BUCKET_NAMES],
};
