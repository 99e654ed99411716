// Cases for condition keys that are missing, IfExists, Null, and the ForAnyValue/ForAllValues set operators.
import { doc, user, type PolicyCase } from './case';

const OPS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html';
const LOGIC =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html';
const MULTI =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html';

const alice = user('alice');
const B = 'arn:aws:s3:::amzn-s3-demo-bucket';
/** One Allow statement on everything with the given Condition block. */
const when = (Condition: object, Action: string | string[] = '*') =>
  doc({ Sid: 'Cond', Effect: 'Allow', Action, Resource: '*', Condition });
const p = (Condition: object, Action?: string | string[]): [string, object][] => [
  ['user inline policy Cond', when(Condition, Action)],
];
const base = { principal: alice, action: 's3:ListBucket', resource: B };

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

export const conditionKeyCases: PolicyCase[] = [
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
