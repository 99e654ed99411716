// Cases for the Action, NotAction, Resource and NotResource elements (AWS "IAM JSON policy elements" pages).
import { doc, user, type PolicyCase } from './case';

const ACTION = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html';
const NOTACTION =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html';
const RESOURCE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html';
const NOTRESOURCE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html';
const S3_ACTIONS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html';
const S3_RW =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html';

const alice = user('alice');
const allow = (Action: string | string[], Resource: string | string[] = '*', Sid = 'S') =>
  doc({ Sid, Effect: 'Allow', Action, Resource });

// "Deny everything but IAM when not signed in with MFA", with an admin allow beside it (NotAction page).
const mfaGuard = doc(
  { Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' },
  {
    Sid: 'DenyAllUsersNotUsingMFA',
    Effect: 'Deny',
    NotAction: 'iam:*',
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  },
);
// "Deny access to everything outside HRBucket/Payroll" beside a broad allow (NotResource page).
const payrollOnly = doc(
  { Sid: 'AllowS3', Effect: 'Allow', Action: 's3:*', Resource: '*' },
  {
    Sid: 'DenyOutsidePayroll',
    Effect: 'Deny',
    Action: 's3:*',
    NotResource: ['arn:aws:s3:::HRBucket/Payroll', 'arn:aws:s3:::HRBucket/Payroll/*'],
  },
);
const allButSecret = doc({
  Sid: 'AllButSecret',
  Effect: 'Allow',
  Action: 's3:*',
  NotResource: 'arn:aws:s3:::secret/*',
});
// The read-write bucket example: ListBucket on the bucket, object actions on its objects.
const readWrite = doc(
  {
    Sid: 'ListObjectsInBucket',
    Effect: 'Allow',
    Action: ['s3:ListBucket'],
    Resource: ['arn:aws:s3:::bucket-name'],
  },
  {
    Sid: 'AllObjectActions',
    Effect: 'Allow',
    Action: 's3:*Object',
    Resource: ['arn:aws:s3:::bucket-name/*'],
  },
);

export const elementCases: PolicyCase[] = [
  {
    name: 'action names are case-insensitive',
    source: ACTION,
    principal: alice,
    identity: [['user inline policy P', allow('S3:getobject')]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/k',
    expect: 'allow',
  },
  {
    name: 'a trailing * in an action covers every action with that prefix',
    source: ACTION,
    principal: alice,
    identity: [['user inline policy P', allow('s3:Get*')]],
    action: 's3:GetObjectVersion',
    resource: 'arn:aws:s3:::b/k',
    expect: 'allow',
  },
  {
    name: 's3:Get* does not cover s3:PutObject',
    source: ACTION,
    principal: alice,
    identity: [['user inline policy P', allow('s3:Get*')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
    expect: 'implicit-deny',
  },
  {
    name: 'a wildcard inside an action name: iam:*AccessKey* covers iam:ListAccessKeys',
    source: ACTION,
    principal: alice,
    identity: [['user inline policy P', allow('iam:*AccessKey*')]],
    action: 'iam:ListAccessKeys',
    resource: 'arn:aws:iam::111122223333:user/alice',
    expect: 'allow',
  },
  {
    name: '? matches exactly one character of an action',
    source: ACTION,
    principal: alice,
    identity: [['user inline policy P', allow('s3:?etObject')]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/k',
    expect: 'allow',
  },
  {
    name: 'a misspelt action (s3:PutObjects) allows nothing',
    source: ACTION,
    principal: alice,
    identity: [['user inline policy P', allow('s3:PutObjects', 'arn:aws:s3:::b/*')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::b/k',
    expect: 'implicit-deny',
  },
  {
    name: 'Action "*" allows every action of every service',
    source: ACTION,
    principal: alice,
    identity: [['managed policy arn:aws:iam::aws:policy/AdministratorAccess', allow('*')]],
    action: 'iam:DeleteRole',
    resource: 'arn:aws:iam::111122223333:role/Admin',
    expect: 'allow',
  },
  {
    name: 'NotAction with Allow grants everything but the listed actions',
    source: NOTACTION,
    principal: alice,
    identity: [
      ['user inline policy P', doc({ Sid: 'NotIam', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    ],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::b',
    expect: 'allow',
    decidedBySid: 'NotIam',
  },
  {
    name: 'NotAction with Allow does not grant the listed actions',
    source: NOTACTION,
    principal: alice,
    identity: [['user inline policy P', doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })]],
    action: 'iam:CreateUser',
    resource: 'arn:aws:iam::111122223333:user/bob',
    expect: 'implicit-deny',
  },
  {
    name: 'NotAction with Deny: without MFA every non-IAM action is denied',
    source: NOTACTION,
    principal: alice,
    identity: [['user inline policy MfaGuard', mfaGuard]],
    action: 's3:ListAllMyBuckets',
    resource: '*',
    expect: 'explicit-deny',
    decidedBySid: 'DenyAllUsersNotUsingMFA',
  },
  {
    name: 'NotAction with Deny: IAM actions stay allowed without MFA',
    source: NOTACTION,
    principal: alice,
    identity: [['user inline policy MfaGuard', mfaGuard]],
    action: 'iam:ListUsers',
    resource: 'arn:aws:iam::111122223333:user/',
    expect: 'allow',
    decidedBySid: 'Admin',
  },
  {
    name: 'NotAction with Deny: signed in with MFA, everything is allowed',
    source: NOTACTION,
    principal: alice,
    identity: [['user inline policy MfaGuard', mfaGuard]],
    action: 's3:ListAllMyBuckets',
    resource: '*',
    context: { 'aws:MultiFactorAuthPresent': 'true' },
    expect: 'allow',
  },
  {
    name: 's3:PutObject allowed on the bucket ARN does not cover its objects',
    source: RESOURCE,
    principal: alice,
    identity: [['user inline policy P', allow('s3:PutObject', 'arn:aws:s3:::amzn-s3-demo-bucket')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/photo.jpg',
    expect: 'implicit-deny',
  },
  {
    name: 's3:PutObject allowed on bucket/* covers an object',
    source: RESOURCE,
    principal: alice,
    identity: [['user inline policy P', allow('s3:PutObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*')]],
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket/photo.jpg',
    expect: 'allow',
  },
  {
    name: 's3:ListBucket needs the bucket ARN: bucket/* does not cover it',
    source: S3_ACTIONS,
    principal: alice,
    identity: [['user inline policy P', allow('s3:ListBucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*')]],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    expect: 'implicit-deny',
  },
  {
    name: 's3:ListBucket on the bucket ARN is allowed',
    source: S3_RW,
    principal: alice,
    identity: [['user inline policy RW', readWrite]],
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::bucket-name',
    expect: 'allow',
    decidedBySid: 'ListObjectsInBucket',
  },
  {
    name: 's3:*Object covers s3:DeleteObject on the objects (read-write example)',
    source: S3_RW,
    principal: alice,
    identity: [['user inline policy RW', readWrite]],
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::bucket-name/old.txt',
    expect: 'allow',
    decidedBySid: 'AllObjectActions',
  },
  {
    name: 's3:*Object does not cover s3:DeleteBucket',
    source: S3_RW,
    principal: alice,
    identity: [['user inline policy RW', readWrite]],
    action: 's3:DeleteBucket',
    resource: 'arn:aws:s3:::bucket-name',
    expect: 'implicit-deny',
  },
  {
    name: 'resource ARNs are case-sensitive',
    source: RESOURCE,
    principal: alice,
    identity: [['user inline policy P', allow('s3:GetObject', 'arn:aws:s3:::MyBucket/*')]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::mybucket/a.txt',
    expect: 'implicit-deny',
  },
  {
    name: 'a * in the resource part spans slashes: bucket/* covers a nested key',
    source: RESOURCE,
    principal: alice,
    identity: [['user inline policy P', allow('s3:GetObject', 'arn:aws:s3:::b/*')]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/2024/06/report.csv',
    expect: 'allow',
  },
  {
    name: '? in a resource matches one character only',
    source: RESOURCE,
    principal: alice,
    identity: [['user inline policy P', allow('s3:GetObject', 'arn:aws:s3:::b/file?.txt')]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/file10.txt',
    expect: 'implicit-deny',
  },
  {
    name: 'a wildcard in the account part of an IAM ARN matches the account',
    source: RESOURCE,
    principal: alice,
    identity: [['user inline policy P', allow('iam:GetUser', 'arn:aws:iam::*:user/*')]],
    action: 'iam:GetUser',
    resource: 'arn:aws:iam::111122223333:user/bob',
    expect: 'allow',
  },
  {
    name: 'NotResource with Deny: a request outside HRBucket/Payroll is denied',
    source: NOTRESOURCE,
    principal: alice,
    identity: [['user inline policy Payroll', payrollOnly]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::OtherBucket/a.txt',
    expect: 'explicit-deny',
    decidedBySid: 'DenyOutsidePayroll',
  },
  {
    name: 'NotResource with Deny: the listed resources are not denied',
    source: NOTRESOURCE,
    principal: alice,
    identity: [['user inline policy Payroll', payrollOnly]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::HRBucket/Payroll/june.csv',
    expect: 'allow',
    decidedBySid: 'AllowS3',
  },
  {
    name: 'NotResource with Allow grants everything except the listed resources',
    source: NOTRESOURCE,
    principal: alice,
    identity: [['user inline policy P', allButSecret]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::public/a.txt',
    expect: 'allow',
  },
  {
    name: 'NotResource with Allow does not grant the listed resources',
    source: NOTRESOURCE,
    principal: alice,
    identity: [['user inline policy P', allButSecret]],
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::secret/keys.txt',
    expect: 'implicit-deny',
  },
  {
    name: 's3:ListAllMyBuckets with a single bucket as resource is denied (it needs "*")',
    source: S3_ACTIONS,
    principal: alice,
    identity: [['user inline policy P', allow('s3:*', 'arn:aws:s3:::amzn-s3-demo-bucket')]],
    action: 's3:ListAllMyBuckets',
    resource: '*',
    expect: 'implicit-deny',
  },
];
