// AWS managed policies the lessons use: metadata and the real default-version documents.
// Documents and ids as IAM returns them (GetPolicy / GetPolicyVersion) on 2026-03-07, matching AWS's "AWS managed
// policy reference" (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<PolicyName>.html).
// ReadOnlyAccess (about 2,700 actions) lives in ./managed/read-only-access.ts and is loaded on first use.

/** An AWS managed policy as GetPolicy describes it (AttachmentCount is the account's, so it is not stored here). */
export interface ManagedPolicyInfo {
  policyName: string;
  /** `ANPA` + 17 characters. */
  policyId: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  /** ISO 8601 with offset, as the CLI prints it. */
  createDate: string;
  updateDate: string;
  description: string;
}

/** The policy document of the default version, as stored (key order kept). */
export type ManagedPolicyDocument = { Version: string; Statement: Record<string, unknown>[] };

const INLINE_DOCUMENTS: Record<string, ManagedPolicyDocument> = {
  AdministratorAccess: {
    Version: '2012-10-17',
    Statement: [{ Action: '*', Resource: '*', Effect: 'Allow' }],
  },
  PowerUserAccess: {
    Version: '2012-10-17',
    Statement: [
      { NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*', Effect: 'Allow' },
      {
        Action: [
          'account:GetAccountInformation',
          'account:GetGovCloudAccountInformation',
          'account:GetPrimaryEmail',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeEffectivePolicy',
          'organizations:DescribeOrganization',
        ],
        Resource: '*',
        Effect: 'Allow',
      },
    ],
  },
  IAMReadOnlyAccess: {
    Version: '2012-10-17',
    Statement: [
      {
        Action: [
          'iam:GenerateCredentialReport',
          'iam:GenerateServiceLastAccessedDetails',
          'iam:Get*',
          'iam:List*',
          'iam:SimulateCustomPolicy',
          'iam:SimulatePrincipalPolicy',
        ],
        Resource: '*',
        Effect: 'Allow',
      },
    ],
  },
  IAMUserChangePassword: {
    Version: '2012-10-17',
    Statement: [
      {
        Action: ['iam:ChangePassword'],
        Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
        Effect: 'Allow',
      },
      { Action: ['iam:GetAccountPasswordPolicy'], Resource: '*', Effect: 'Allow' },
    ],
  },
  AmazonS3FullAccess: {
    Version: '2012-10-17',
    Statement: [{ Action: ['s3:*', 's3-object-lambda:*'], Resource: '*', Effect: 'Allow' }],
  },
  AmazonS3ReadOnlyAccess: {
    Version: '2012-10-17',
    Statement: [
      {
        Action: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'],
        Resource: '*',
        Effect: 'Allow',
      },
    ],
  },
};

/** The catalog, in the order `aws iam list-policies` would not care about: alphabetical by name is up to the caller. */
export const AWS_MANAGED_POLICIES: readonly ManagedPolicyInfo[] = [
  {
    policyName: 'AdministratorAccess',
    policyId: 'ANPAIWMBCKSKIEE64ZLYK',
    arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    path: '/',
    defaultVersionId: 'v1',
    createDate: '2015-02-06T18:39:46+00:00',
    updateDate: '2015-02-06T18:39:46+00:00',
    description: 'Provides full access to AWS services and resources.',
  },
  {
    policyName: 'PowerUserAccess',
    policyId: 'ANPAJYRXTHIB4FOVS3ZXS',
    arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
    path: '/',
    defaultVersionId: 'v12',
    createDate: '2015-02-06T18:39:47+00:00',
    updateDate: '2026-02-12T17:59:14+00:00',
    description:
      'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
  },
  {
    policyName: 'ReadOnlyAccess',
    policyId: 'ANPAILL3HVNFSB6DCOWYQ',
    arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v178',
    createDate: '2015-02-06T18:39:48+00:00',
    updateDate: '2026-02-12T18:01:33+00:00',
    description: 'Provides read-only access to AWS services and resources.',
  },
  {
    policyName: 'IAMReadOnlyAccess',
    policyId: 'ANPAJKSO7NDY4T57MWDSQ',
    arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v4',
    createDate: '2015-02-06T18:40:39+00:00',
    updateDate: '2018-01-25T19:11:27+00:00',
    description: 'Provides read only access to IAM via the AWS Management Console.',
  },
  {
    policyName: 'IAMUserChangePassword',
    policyId: 'ANPAJ4L4MM2A7QIEB56MS',
    arn: 'arn:aws:iam::aws:policy/IAMUserChangePassword',
    path: '/',
    defaultVersionId: 'v5',
    createDate: '2016-11-15T00:25:16+00:00',
    updateDate: '2026-02-12T17:58:57+00:00',
    description: 'Provides the ability for an IAM user to change their own password.',
  },
  {
    policyName: 'AmazonS3FullAccess',
    policyId: 'ANPAIFIR6V6BVTRAHWINE',
    arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
    path: '/',
    defaultVersionId: 'v2',
    createDate: '2015-02-06T18:40:58+00:00',
    updateDate: '2021-09-27T20:16:37+00:00',
    description: 'Provides full access to all buckets via the AWS Management Console.',
  },
  {
    policyName: 'AmazonS3ReadOnlyAccess',
    policyId: 'ANPAIZTJ4DXE7G6AGAE6M',
    arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v3',
    createDate: '2015-02-06T18:40:59+00:00',
    updateDate: '2023-08-10T21:31:39+00:00',
    description: 'Provides read only access to all buckets via the AWS Management Console.',
  },
];

const loaded = new Map<string, ManagedPolicyDocument>(Object.entries(INLINE_DOCUMENTS));

/** The catalog entry for an AWS managed policy ARN (`arn:aws:iam::aws:policy/ReadOnlyAccess`), if simulated. */
export function findManagedPolicy(arn: string): ManagedPolicyInfo | undefined {
  return AWS_MANAGED_POLICIES.find((p) => p.arn === arn);
}

/** The document if already at hand (every policy but ReadOnlyAccess before its first load); else undefined. */
export function managedPolicyDocument(arn: string): ManagedPolicyDocument | undefined {
  const info = findManagedPolicy(arn);
  return info && loaded.get(info.policyName);
}

const texts = new Map<string, string>();

/**
 * The document as compact JSON text, the same string object on every call (so caches keyed by text, like the
 * adapter's parse cache, hit without re-hashing 80 kB); undefined when not at hand (see managedPolicyDocument).
 */
export function managedPolicyText(arn: string): string | undefined {
  const cached = texts.get(arn);
  if (cached !== undefined) return cached;
  const document = managedPolicyDocument(arn);
  if (!document) return undefined;
  const text = JSON.stringify(document);
  texts.set(arn, text);
  return text;
}

/** The default version's document; loads the ReadOnlyAccess module on first use. Undefined for unknown ARNs. */
export async function loadManagedPolicyDocument(arn: string): Promise<ManagedPolicyDocument | undefined> {
  const info = findManagedPolicy(arn);
  if (!info) return undefined;
  const cached = loaded.get(info.policyName);
  if (cached) return cached;
  const { expandReadOnlyAccess } = await import('./managed/read-only-access');
  const document = expandReadOnlyAccess();
  loaded.set(info.policyName, document);
  return document;
}
