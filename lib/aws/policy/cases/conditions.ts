// Cases for the Condition element: operators, missing keys, IfExists, Null, set operators (AWS condition pages).
import { doc, roleSession, user, type PolicyCase } from './case';

const OPS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html';
const LOGIC =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html';
const MULTI =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html';
const DATES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws-dates.html';
const DENY_IP =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-ip.html';
const S3_SSL = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html';

const alice = user('alice');
const B = 'arn:aws:s3:::amzn-s3-demo-bucket';
/** One Allow statement on everything with the given Condition block. */
const when = (Condition: object, Action: string | string[] = '*') =>
  doc({ Sid: 'Cond', Effect: 'Allow', Action, Resource: '*', Condition });
const p = (Condition: object, Action?: string | string[]): [string, object][] => [
  ['user inline policy Cond', when(Condition, Action)],
];
const base = { principal: alice, action: 's3:ListBucket', resource: B };

const betweenDates = p({
  DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' },
  DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' },
});
const denyOutsideIps: [string, object][] = [
  ['user inline policy Admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
  [
    'user inline policy DenyIp',
    doc({
      Sid: 'DenyOutsideRanges',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } },
    }),
  ],
];
const sslOnly = {
  kind: 'resource' as const,
  source: 'bucket policy of amzn-s3-demo-bucket',
  document: doc({
    Sid: 'RestrictToTLSRequestsOnly',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [B, `${B}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  }),
};
const readAll: [string, object][] = [
  ['user inline policy Read', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
];
const onlyTheseTags = p({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } });
const anyOfTheseTags = p({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } });
const denyOthers: [string, object][] = [
  ['user inline policy Admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
  [
    'user inline policy OnlyTwo',
    doc({
      Sid: 'DenyOthers',
      Effect: 'Deny',
      Action: 's3:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:username': ['alice', 'bob'] } },
    }),
  ],
];

export const conditionCases: PolicyCase[] = [
  {
    name: 'StringEquals on aws:username matches the user',
    source: OPS,
    ...base,
    identity: p({ StringEquals: { 'aws:username': 'alice' } }),
    expect: 'allow',
  },
  {
    name: 'StringEquals is case-sensitive',
    source: OPS,
    ...base,
    identity: p({ StringEquals: { 'aws:username': 'Alice' } }),
    expect: 'implicit-deny',
  },
  {
    name: 'StringEqualsIgnoreCase ignores case',
    source: OPS,
    ...base,
    identity: p({ StringEqualsIgnoreCase: { 'aws:username': 'ALICE' } }),
    expect: 'allow',
  },
  {
    name: 'StringLike with a * wildcard matches a prefix',
    source: OPS,
    ...base,
    identity: p({ StringLike: { 's3:prefix': 'home/*' } }),
    context: { 's3:prefix': 'home/alice/' },
    expect: 'allow',
  },
  {
    name: 'StringNotLike on a missing key is true',
    source: OPS,
    ...base,
    identity: p({ StringNotLike: { 's3:prefix': 'private/*' } }),
    expect: 'allow',
  },
  {
    name: 'StringEquals on a missing key is false',
    source: OPS,
    ...base,
    identity: p({ StringEquals: { 's3:prefix': 'home/' } }),
    expect: 'implicit-deny',
  },
  {
    name: 'several values for one key are ORed',
    source: LOGIC,
    ...base,
    identity: p({ StringLike: { 's3:prefix': ['home/alice/*', 'shared/*'] } }),
    context: { 's3:prefix': 'shared/docs/' },
    expect: 'allow',
  },
  {
    name: 'several keys in one operator are ANDed: one failing key fails the condition',
    source: LOGIC,
    ...base,
    identity: p({ StringEquals: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'blue' } }),
    expect: 'implicit-deny',
  },
  {
    name: 'several operators are ANDed: all match',
    source: LOGIC,
    ...base,
    identity: p({ StringEquals: { 'aws:username': 'alice' }, Bool: { 'aws:SecureTransport': 'true' } }),
    context: { 'aws:SecureTransport': 'true' },
    expect: 'allow',
  },
  {
    name: 'NumericLessThanEquals allows s3:max-keys up to the limit',
    source: OPS,
    ...base,
    identity: p({ NumericLessThanEquals: { 's3:max-keys': '10' } }),
    context: { 's3:max-keys': '10' },
    expect: 'allow',
  },
  {
    name: 'NumericLessThanEquals refuses s3:max-keys above the limit',
    source: OPS,
    ...base,
    identity: p({ NumericLessThanEquals: { 's3:max-keys': '10' } }),
    context: { 's3:max-keys': '11' },
    expect: 'implicit-deny',
  },
  {
    name: 'a numeric operator with a non-numeric request value does not match',
    source: OPS,
    ...base,
    identity: p({ NumericGreaterThan: { 's3:max-keys': '1' } }),
    context: { 's3:max-keys': 'many' },
    expect: 'implicit-deny',
  },
  {
    name: 'DateGreaterThan + DateLessThan: a request inside the window is allowed',
    source: DATES,
    ...base,
    identity: betweenDates,
    context: { 'aws:CurrentTime': '2020-05-15T12:00:00Z' },
    expect: 'allow',
  },
  {
    name: 'DateGreaterThan + DateLessThan: a request after the window is denied',
    source: DATES,
    ...base,
    identity: betweenDates,
    context: { 'aws:CurrentTime': '2020-07-01T00:00:00Z' },
    expect: 'implicit-deny',
  },
  {
    name: 'Date operators accept epoch seconds (aws:EpochTime)',
    source: OPS,
    ...base,
    identity: p({ DateLessThan: { 'aws:EpochTime': '1735689600' } }),
    context: { 'aws:EpochTime': '1704067200' },
    expect: 'allow',
  },
  {
    name: 'Bool aws:SecureTransport false in a bucket policy denies plain HTTP requests',
    source: S3_SSL,
    ...base,
    identity: readAll,
    resourcePolicy: sslOnly,
    context: { 'aws:SecureTransport': 'false' },
    expect: 'explicit-deny',
    decidedBySid: 'RestrictToTLSRequestsOnly',
  },
  {
    name: 'Bool aws:SecureTransport false does not deny HTTPS requests',
    source: S3_SSL,
    ...base,
    identity: readAll,
    resourcePolicy: sslOnly,
    context: { 'aws:SecureTransport': 'true' },
    expect: 'allow',
  },
  {
    name: 'IpAddress allows an address inside the CIDR block',
    source: OPS,
    ...base,
    identity: p({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
    context: { 'aws:SourceIp': '203.0.113.5' },
    expect: 'allow',
  },
  {
    name: 'IpAddress does not allow an address outside the CIDR block',
    source: OPS,
    ...base,
    identity: p({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
    context: { 'aws:SourceIp': '198.51.100.1' },
    expect: 'implicit-deny',
  },
  {
    name: 'IpAddress works with IPv6 ranges',
    source: OPS,
    ...base,
    identity: p({ IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } }),
    context: { 'aws:SourceIp': '2001:db8:1234:5678::1' },
    expect: 'allow',
  },
  {
    name: 'NotIpAddress deny: a request from an allowed range passes',
    source: DENY_IP,
    ...base,
    identity: denyOutsideIps,
    context: { 'aws:SourceIp': '192.0.2.77' },
    expect: 'allow',
  },
  {
    name: 'NotIpAddress deny: a request from elsewhere is denied',
    source: DENY_IP,
    ...base,
    identity: denyOutsideIps,
    context: { 'aws:SourceIp': '198.51.100.7' },
    expect: 'explicit-deny',
    decidedBySid: 'DenyOutsideRanges',
  },
  {
    name: 'ArnLike compares each ARN part with wildcards',
    source: OPS,
    ...base,
    identity: p({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111122223333:trail/*' } }),
    context: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main' },
    expect: 'allow',
  },
  {
    name: "ArnEquals on aws:PrincipalArn matches a role session's role",
    source: OPS,
    ...base,
    principal: roleSession('Deployer', 'ci'),
    identity: p({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Deployer' } }),
    expect: 'allow',
  },
  {
    name: 'ArnNotLike on a missing key is true',
    source: OPS,
    ...base,
    identity: p({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }),
    expect: 'allow',
  },
  {
    name: 'Null "true" matches when the key is absent (long-term keys have no aws:TokenIssueTime)',
    source: OPS,
    ...base,
    identity: p({ Null: { 'aws:TokenIssueTime': 'true' } }),
    expect: 'allow',
  },
  {
    name: 'Null "true" does not match when the key is present',
    source: OPS,
    ...base,
    identity: p({ Null: { 'aws:TokenIssueTime': 'true' } }),
    context: { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' },
    expect: 'implicit-deny',
  },
  {
    name: 'Null "false" matches when the key is present',
    source: OPS,
    ...base,
    identity: p({ Null: { 'aws:SourceIp': 'false' } }),
    context: { 'aws:SourceIp': '192.0.2.1' },
    expect: 'allow',
  },
  {
    name: 'StringEqualsIfExists on a missing key is true',
    source: OPS,
    principal: alice,
    action: 'ec2:RunInstances',
    resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
    identity: p({ StringEqualsIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } }),
    expect: 'allow',
  },
  {
    name: 'StringLikeIfExists with the key present compares as usual',
    source: OPS,
    principal: alice,
    action: 'ec2:RunInstances',
    resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
    identity: p({ StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } }),
    context: { 'ec2:InstanceType': 'c5.large' },
    expect: 'implicit-deny',
  },
  {
    name: 'BoolIfExists aws:MultiFactorAuthPresent false: a deny applies when the key is absent',
    source: OPS,
    ...base,
    identity: [
      ['user inline policy Admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
      [
        'user inline policy NoMfa',
        doc({
          Sid: 'NoMfa',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        }),
      ],
    ],
    expect: 'explicit-deny',
    decidedBySid: 'NoMfa',
  },
  {
    name: 'Bool aws:MultiFactorAuthPresent false without IfExists: the deny misses long-term keys',
    source: OPS,
    ...base,
    identity: [
      ['user inline policy Admin', doc({ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' })],
      [
        'user inline policy NoMfa',
        doc({
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        }),
      ],
    ],
    expect: 'allow',
    decidedBySid: 'Admin',
  },
  {
    name: 'ForAnyValue matches when one request value is in the list',
    source: MULTI,
    ...base,
    identity: anyOfTheseTags,
    context: { 'aws:TagKeys': ['environment', 'owner'] },
    expect: 'allow',
  },
  {
    name: 'ForAllValues fails when one request value is not in the list',
    source: MULTI,
    ...base,
    identity: onlyTheseTags,
    context: { 'aws:TagKeys': ['environment', 'owner'] },
    expect: 'implicit-deny',
  },
  {
    name: 'ForAllValues matches when every request value is in the list',
    source: MULTI,
    ...base,
    identity: onlyTheseTags,
    context: { 'aws:TagKeys': ['cost-center', 'environment'] },
    expect: 'allow',
  },
  {
    name: 'ForAllValues on a missing key is true',
    source: MULTI,
    ...base,
    identity: onlyTheseTags,
    expect: 'allow',
  },
  {
    name: 'ForAnyValue on a missing key is false',
    source: MULTI,
    ...base,
    identity: anyOfTheseTags,
    expect: 'implicit-deny',
  },
  {
    name: 'ForAllValues:StringLike matches every value against the patterns',
    source: MULTI,
    ...base,
    identity: p({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['team-*', 'env'] } }),
    context: { 'aws:TagKeys': ['team-a', 'env'] },
    expect: 'allow',
  },
  {
    name: 'StringNotEquals with several values: a user not listed is denied',
    source: LOGIC,
    ...base,
    principal: user('carol'),
    identity: denyOthers,
    expect: 'explicit-deny',
    decidedBySid: 'DenyOthers',
  },
  {
    name: 'StringNotEquals with several values: a listed user is not denied',
    source: LOGIC,
    ...base,
    identity: denyOthers,
    expect: 'allow',
  },
];
