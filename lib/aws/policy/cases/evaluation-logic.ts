// Cases from AWS's policy evaluation logic pages: explicit deny, allow, implicit deny, identity vs resource policies.
import { doc, roleSession, user, type PolicyCase } from './case';

const EVAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const BASICS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html';
const DENYALLOW =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html';
const INTERPLAY =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html';
const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html';

const alice = user('alice');
const carlos = user('carlossalazar');
const NOTPRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html';
const denyAllButAlice = {
  kind: 'resource' as const,
  source: 'bucket policy of amzn-s3-demo-bucket',
  document: doc({
    Sid: 'DenyAllButAlice',
    Effect: 'Deny',
    NotPrincipal: { AWS: ['arn:aws:iam::111122223333:user/alice'] },
    Action: 's3:*',
    Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
  }),
};
const s3All: [string, object][] = [
  ['user inline policy All', doc({ Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: '*' })],
];
const readObjects = doc({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
});

// The carlossalazar example of "Policy evaluation for requests within a single account".
const carlosPolicy = doc(
  {
    Sid: 'AllowS3ListRead',
    Effect: 'Allow',
    Action: [
      's3:GetBucketLocation',
      's3:GetAccountPublicAccessBlock',
      's3:ListAccessPoints',
      's3:ListAllMyBuckets',
    ],
    Resource: 'arn:aws:s3:::*',
  },
  {
    Sid: 'AllowS3Self',
    Effect: 'Allow',
    Action: 's3:*',
    Resource: [
      'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/*',
      'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar',
    ],
  },
  { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
);
const logsBucketPolicy = doc({
  Sid: 'AllowCarlosPut',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:user/carlossalazar' },
  Action: 's3:*',
  Resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/*',
});

export const evaluationLogicCases: PolicyCase[] = [
  {
    name: 'a request no policy allows is implicitly denied',
    source: DENYALLOW,
    principal: alice,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'implicit-deny',
  },
  {
    name: 'an identity policy allow grants the request',
    source: EVAL,
    principal: alice,
    identity: [['user inline policy Read', readObjects]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
  },
  {
    name: 'an action the policy does not list stays implicitly denied',
    source: EVAL,
    principal: alice,
    identity: [['user inline policy Read', readObjects]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'implicit-deny',
  },
  {
    name: 'an explicit deny overrides an allow in the same policy',
    source: INTERPLAY,
    principal: alice,
    identity: [
      [
        'user inline policy S3',
        doc(
          { Effect: 'Allow', Action: 's3:*', Resource: '*' },
          { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
        ),
      ],
    ],
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'explicit-deny',
    decidedBySid: 'NoDelete',
  },
  {
    name: 'the order of policies does not matter: a deny in the first beats an allow in the second',
    source: DENYALLOW,
    principal: alice,
    identity: [
      ['user inline policy Deny', doc({ Sid: 'D', Effect: 'Deny', Action: 's3:*', Resource: '*' })],
      [
        'managed policy arn:aws:iam::aws:policy/AmazonS3FullAccess',
        doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      ],
    ],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    expect: 'explicit-deny',
    decidedBySid: 'D',
  },
  {
    name: "an explicit deny in a group's policy beats the user's own allow",
    source: DENYALLOW,
    principal: alice,
    identity: [
      ['user inline policy Full', doc({ Sid: 'UserAllow', Effect: 'Allow', Action: 's3:*', Resource: '*' })],
      [
        'group Interns inline policy NoPayroll',
        doc({ Sid: 'GroupDeny', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::payroll/*' }),
      ],
    ],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::payroll/2024.csv',
    expect: 'explicit-deny',
    decidedBySid: 'GroupDeny',
  },
  {
    name: "a group's policy allow applies to its members",
    source: EVAL,
    principal: alice,
    identity: [
      [
        'group Readers managed policy Read',
        doc({ Sid: 'G', Effect: 'Allow', Action: 's3:Get*', Resource: '*' }),
      ],
    ],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/a.txt',
    expect: 'allow',
    decidedBySid: 'G',
  },
  {
    name: 'carlossalazar may write to the bucket named after him (AllowS3Self)',
    source: BASICS,
    principal: carlos,
    identity: [['user inline policy Carlos', carlosPolicy]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/notes.txt',
    expect: 'allow',
    decidedBySid: 'AllowS3Self',
  },
  {
    name: 'carlossalazar is denied the logs bucket although its bucket policy allows him (DenyS3Logs)',
    source: BASICS,
    principal: carlos,
    identity: [['user inline policy Carlos', carlosPolicy]],
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket-carlossalazar-logs',
      document: logsBucketPolicy,
    },
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/app.log',
    expect: 'explicit-deny',
    decidedBySid: 'DenyS3Logs',
  },
  {
    name: 'carlossalazar may list all buckets: arn:aws:s3:::* covers an action with no resource',
    source: BASICS,
    principal: carlos,
    identity: [['user inline policy Carlos', carlosPolicy]],
    action: 's3:ListAllMyBuckets',
    resource: '*',
    expect: 'allow',
    decidedBySid: 'AllowS3ListRead',
  },
  {
    name: 'a same-account bucket policy naming the user allows even with no identity policy',
    source: BASICS,
    principal: carlos,
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket-carlossalazar-logs',
      document: logsBucketPolicy,
    },
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/app.log',
    expect: 'allow',
    decidedBySid: 'AllowCarlosPut',
  },
  {
    name: 'an identity policy allows even when the bucket policy does not mention the user',
    source: BASICS,
    principal: alice,
    identity: [['user inline policy Read', readObjects]],
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:user/bob' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
  },
  {
    name: 'an explicit deny in the bucket policy overrides the identity allow',
    source: DENYALLOW,
    principal: alice,
    identity: [['user inline policy Read', readObjects]],
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Sid: 'DenyAlice',
        Effect: 'Deny',
        Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
        Action: 's3:*',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'explicit-deny',
    decidedBySid: 'DenyAlice',
  },
  {
    name: 'a bucket policy granting another user gives this one nothing',
    source: PRINCIPAL,
    principal: alice,
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:user/bob' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'implicit-deny',
  },
  {
    name: 'a bucket policy naming the account delegates: without an identity allow the user is denied',
    source: PRINCIPAL,
    principal: alice,
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'implicit-deny',
  },
  {
    name: 'a bucket policy naming the account plus an identity allow: allowed',
    source: PRINCIPAL,
    principal: alice,
    identity: [['user inline policy Read', readObjects]],
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
  },
  {
    name: 'Principal "*" in a bucket policy grants everyone, this user included',
    source: PRINCIPAL,
    principal: alice,
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Sid: 'PublicRead',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/index.html',
    expect: 'allow',
    decidedBySid: 'PublicRead',
  },
  {
    name: "a role session is allowed by the role's permissions policy",
    source: EVAL,
    principal: roleSession('S3Reader', 'alice-session'),
    identity: [['role S3Reader inline policy Read', readObjects]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
  },
  {
    name: 'a bucket policy naming the role ARN grants its sessions',
    source: PRINCIPAL,
    principal: roleSession('S3Reader', 'alice-session'),
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Sid: 'RoleRead',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/S3Reader' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
    decidedBySid: 'RoleRead',
  },
  {
    name: 'the account root user has full access without any policy',
    source: DENYALLOW,
    principal: { type: 'root', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
    action: 'iam:CreateUser',
    resource: 'arn:aws:iam::111122223333:user/bob',
    expect: 'allow',
  },
  {
    name: 'an explicit deny in a bucket policy applies to the root user too',
    source: DENYALLOW,
    principal: { type: 'root', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Sid: 'DenyAll',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:DeleteBucket',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
      }),
    },
    action: 's3:DeleteBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    expect: 'explicit-deny',
    decidedBySid: 'DenyAll',
  },
  {
    name: 'Deny with NotPrincipal denies every principal not listed',
    source: NOTPRINCIPAL,
    principal: user('bob'),
    identity: s3All,
    resourcePolicy: denyAllButAlice,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'explicit-deny',
    decidedBySid: 'DenyAllButAlice',
  },
  {
    name: 'Deny with NotPrincipal does not deny the listed principal',
    source: NOTPRINCIPAL,
    principal: alice,
    identity: s3All,
    resourcePolicy: denyAllButAlice,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
    decidedBySid: 'All',
  },
  {
    name: 'a bucket policy naming a role session ARN grants that session',
    source: PRINCIPAL,
    principal: roleSession('S3Reader', 'alice-session'),
    resourcePolicy: {
      kind: 'resource',
      source: 'bucket policy of amzn-s3-demo-bucket',
      document: doc({
        Sid: 'Session',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:sts::111122223333:assumed-role/S3Reader/alice-session' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      }),
    },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
    expect: 'allow',
    decidedBySid: 'Session',
  },
];
