// Cases for policy variables and the Version element, role trust policies (AssumeRole), and IAM self-service examples.
import { managedPolicyDocument } from '../managed-policies';
import { doc, roleSession, user, type PolicyCase } from './case';

const VARS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html';
const VERSION = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html';
const S3_HOME =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_home-directory-console.html';
const ASSUME = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html';
const OWN_KEYS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_iam_credentials_console.html';
const CHANGE_PASSWORD =
  'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMUserChangePassword.html';

const alice = user('alice');
const home = 'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*';
const homePolicy = (Version?: string) => ({
  ...(Version && { Version }),
  Statement: [{ Sid: 'Home', Effect: 'Allow', Action: 's3:*', Resource: home }],
});
const listOwnPrefix = doc({
  Sid: 'ListHome',
  Effect: 'Allow',
  Action: 's3:ListBucket',
  Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
  Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } },
});
const ROLE = 'arn:aws:iam::111122223333:role/Admin';
const trust = (Principal: object, Condition?: object) => ({
  kind: 'trust' as const,
  source: 'trust policy of role Admin',
  document: doc({
    Sid: 'Trust',
    Effect: 'Allow',
    Principal,
    Action: 'sts:AssumeRole',
    ...(Condition && { Condition }),
  }),
});
const mayAssume: [string, object][] = [
  [
    'user inline policy Assume',
    doc({ Sid: 'MayAssume', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }),
  ],
];
const assume = { action: 'sts:AssumeRole', resource: ROLE };
const ownKeys = doc({
  Sid: 'ManageOwnAccessKeys',
  Effect: 'Allow',
  Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey'],
  Resource: 'arn:aws:iam::*:user/${aws:username}',
});
// The IAMUserChangePassword managed policy document (default version), from the catalog.
const changePassword = managedPolicyDocument('arn:aws:iam::aws:policy/IAMUserChangePassword')!;

export const variableAndTrustCases: PolicyCase[] = [
  {
    name: '${aws:username} in a resource lets a user into their own home folder',
    source: VARS,
    principal: alice,
    identity: [['user inline policy Home', homePolicy('2012-10-17')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt',
    expect: 'allow',
  },
  {
    name: "${aws:username} does not let a user into another user's folder",
    source: VARS,
    principal: alice,
    identity: [['user inline policy Home', homePolicy('2012-10-17')]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/bob/notes.txt',
    expect: 'implicit-deny',
  },
  {
    name: 'without Version 2012-10-17 a variable is literal text and does not match the user name',
    source: VERSION,
    principal: alice,
    identity: [['user inline policy Home', homePolicy()]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt',
    expect: 'implicit-deny',
  },
  {
    name: 'with Version 2008-10-17 the variable text matches itself literally',
    source: VERSION,
    principal: alice,
    identity: [['user inline policy Home', homePolicy('2008-10-17')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/notes.txt',
    expect: 'allow',
  },
  {
    name: 'a role session has no aws:username: the variable has no value and the resource does not match',
    source: VARS,
    principal: roleSession('Dev', 'alice'),
    identity: [['role Dev inline policy Home', homePolicy('2012-10-17')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt',
    expect: 'implicit-deny',
  },
  {
    name: "a variable's default value is used when the key has no value",
    source: VARS,
    principal: roleSession('Dev', 'alice'),
    identity: [
      [
        'role Dev inline policy Shared',
        doc({
          Effect: 'Allow',
          Action: 's3:*',
          Resource: "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username, 'shared'}/*",
        }),
      ],
    ],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/shared/readme.txt',
    expect: 'allow',
  },
  {
    name: '${aws:PrincipalTag/team} substitutes the principal tag',
    source: VARS,
    principal: user('alice', { team: 'blue' }),
    identity: [
      [
        'user inline policy Team',
        doc({
          Effect: 'Allow',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::team-data/${aws:PrincipalTag/team}/*',
        }),
      ],
    ],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::team-data/blue/plan.txt',
    expect: 'allow',
  },
  {
    name: '${*} stands for a literal asterisk, not a wildcard',
    source: VARS,
    principal: alice,
    identity: [
      [
        'user inline policy Star',
        doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${*}' }),
      ],
    ],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/anything.txt',
    expect: 'implicit-deny',
  },
  {
    name: '${*} matches an object literally named *',
    source: VARS,
    principal: alice,
    identity: [
      [
        'user inline policy Star',
        doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${*}' }),
      ],
    ],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/*',
    expect: 'allow',
  },
  {
    name: 'a variable in a condition value: listing your own home prefix is allowed',
    source: S3_HOME,
    principal: alice,
    identity: [['user inline policy ListHome', listOwnPrefix]],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    context: { 's3:prefix': 'home/alice/photos/' },
    expect: 'allow',
    decidedBySid: 'ListHome',
  },
  {
    name: "a variable in a condition value: listing another user's prefix is not",
    source: S3_HOME,
    principal: alice,
    identity: [['user inline policy ListHome', listOwnPrefix]],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    context: { 's3:prefix': 'home/bob/' },
    expect: 'implicit-deny',
  },
  {
    name: 'listing the bucket root (empty prefix) is allowed by the "" value',
    source: S3_HOME,
    principal: alice,
    identity: [['user inline policy ListHome', listOwnPrefix]],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    context: { 's3:prefix': '' },
    expect: 'allow',
  },
  {
    name: 'a trust policy naming the user lets them assume the role with no identity policy',
    source: ASSUME,
    principal: alice,
    resourcePolicy: trust({ AWS: 'arn:aws:iam::111122223333:user/alice' }),
    ...assume,
    expect: 'allow',
    decidedBySid: 'Trust',
  },
  {
    name: 'a trust policy trusting the account plus an identity allow for sts:AssumeRole: allowed',
    source: ASSUME,
    principal: alice,
    identity: mayAssume,
    resourcePolicy: trust({ AWS: 'arn:aws:iam::111122223333:root' }),
    ...assume,
    expect: 'allow',
    decidedBySid: 'MayAssume',
  },
  {
    name: 'a trust policy trusting the account without an identity allow: denied',
    source: ASSUME,
    principal: alice,
    resourcePolicy: trust({ AWS: '111122223333' }),
    ...assume,
    expect: 'implicit-deny',
  },
  {
    name: 'an identity allow is not enough when the trust policy names someone else',
    source: PRINCIPAL,
    principal: alice,
    identity: mayAssume,
    resourcePolicy: trust({ AWS: 'arn:aws:iam::111122223333:user/bob' }),
    ...assume,
    expect: 'implicit-deny',
  },
  {
    name: 'an explicit deny of sts:AssumeRole beats a trust policy naming the user',
    source: ASSUME,
    principal: alice,
    identity: [
      [
        'user inline policy NoAssume',
        doc({ Sid: 'NoAssume', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }),
      ],
    ],
    resourcePolicy: trust({ AWS: 'arn:aws:iam::111122223333:user/alice' }),
    ...assume,
    expect: 'explicit-deny',
    decidedBySid: 'NoAssume',
  },
  {
    name: 'a trust policy requiring MFA refuses a caller without it',
    source: PRINCIPAL,
    principal: alice,
    identity: mayAssume,
    resourcePolicy: trust(
      { AWS: 'arn:aws:iam::111122223333:root' },
      { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    ),
    ...assume,
    expect: 'implicit-deny',
  },
  {
    name: 'a trust policy for a service (ec2.amazonaws.com) does not let a user assume the role',
    source: PRINCIPAL,
    principal: alice,
    identity: mayAssume,
    resourcePolicy: trust({ Service: 'ec2.amazonaws.com' }),
    ...assume,
    expect: 'implicit-deny',
  },
  {
    name: 'role chaining: a trust policy naming role A lets a session of A assume the role',
    source: PRINCIPAL,
    principal: roleSession('Builder', 'ci'),
    resourcePolicy: trust({ AWS: 'arn:aws:iam::111122223333:role/Builder' }),
    ...assume,
    expect: 'allow',
  },
  {
    name: 'a user may create their own access key (${aws:username} in the user ARN)',
    source: OWN_KEYS,
    principal: alice,
    identity: [['user inline policy OwnKeys', ownKeys]],
    action: 'iam:CreateAccessKey',
    resource: 'arn:aws:iam::111122223333:user/alice',
    expect: 'allow',
  },
  {
    name: "a user may not create another user's access key",
    source: OWN_KEYS,
    principal: alice,
    identity: [['user inline policy OwnKeys', ownKeys]],
    action: 'iam:CreateAccessKey',
    resource: 'arn:aws:iam::111122223333:user/bob',
    expect: 'implicit-deny',
  },
  {
    name: 'IAMUserChangePassword lets a user change their own password',
    source: CHANGE_PASSWORD,
    principal: alice,
    identity: [['managed policy arn:aws:iam::aws:policy/IAMUserChangePassword', changePassword]],
    action: 'iam:ChangePassword',
    resource: 'arn:aws:iam::111122223333:user/alice',
    expect: 'allow',
  },
  {
    name: "IAMUserChangePassword does not let a user change someone else's password",
    source: CHANGE_PASSWORD,
    principal: alice,
    identity: [['managed policy arn:aws:iam::aws:policy/IAMUserChangePassword', changePassword]],
    action: 'iam:ChangePassword',
    resource: 'arn:aws:iam::111122223333:user/bob',
    expect: 'implicit-deny',
  },
];
