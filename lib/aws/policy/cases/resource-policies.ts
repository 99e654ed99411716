// Cases for resource-based (bucket) policies in the same account: Principal, NotPrincipal, deny, delegation.
import { doc, roleSession, user, type PolicyCase } from './case';

const BASICS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html';
const DENYALLOW =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html';
const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html';

const alice = user('alice');
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

export const resourcePolicyCases: PolicyCase[] = [
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
