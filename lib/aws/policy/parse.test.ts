// IAM's and S3's answers to malformed policy documents; each text is cited where it was observed from AWS.
import { describe, expect, test } from 'vitest';
import { parsePolicyDocument, policySize, policySizeError } from './parse';

const ok = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
const message = (text: string, kind: 'identity' | 'trust' | 'resource' = 'identity') => {
  const r = parsePolicyDocument(text, kind);
  return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
};

describe('parsePolicyDocument', () => {
  test('a valid identity policy parses, single values become arrays, a lone statement becomes a list', () => {
    const r = parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: allow }), 'identity');
    expect(r).toEqual({
      ok: true,
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }],
      },
    });
  });

  test('condition values of any JSON scalar type become strings', () => {
    const r = parsePolicyDocument(
      ok({
        ...allow,
        Condition: { Bool: { 'aws:SecureTransport': true }, NumericLessThan: { 's3:max-keys': [10] } },
      }),
      'identity',
    );
    expect(r.ok && r.document.Statement[0]!.Condition).toEqual({
      Bool: { 'aws:SecureTransport': ['true'] },
      NumericLessThan: { 's3:max-keys': ['10'] },
    });
  });

  // CreatePolicy with a file name instead of file:// JSON: github.com/awslabs/ec2-spot-labs/issues/25;
  // a trailing comma: github.com/aws-samples/amazon-ecs-firelens-examples/pull/50; `null`: github.com/99designs/iamy/issues/74.
  test.each([['policy.json'], ['{"Version": "2012-10-17", "Statement": [],}'], ['null']])(
    'invalid JSON or not an object (%s) is "Syntax errors in policy." for an identity policy',
    (text) => expect(message(text)).toBe('MalformedPolicyDocument: Syntax errors in policy.'),
  );

  // CreateRole with a file name: github.com/AWSCookbook/Security/issues/2.
  test('invalid JSON in a trust policy is "This policy contains invalid Json"', () => {
    expect(message('assume-role-policy.json', 'trust')).toBe(
      'MalformedPolicyDocument: This policy contains invalid Json',
    );
  });

  // hashicorp/terraform#13449 (PutRolePolicy with a Principal).
  test('an identity policy must not name a principal', () => {
    expect(message(ok({ ...allow, Principal: { AWS: '*' } }))).toBe(
      'MalformedPolicyDocument: Policy document should not specify a principal.',
    );
  });

  // github.com/kubernetes-sigs/external-dns/issues/3085 (CreateRole with a permissions policy as trust policy).
  test('a trust policy must not have a Resource', () => {
    expect(message(ok({ ...allow, Principal: { Service: 'ec2.amazonaws.com' } }), 'trust')).toBe(
      'MalformedPolicyDocument: Has prohibited field Resource',
    );
  });

  // github.com/terraform-aws-modules/terraform-aws-iam/issues/47.
  test('a trust policy statement must name a principal', () => {
    expect(message(ok({ Effect: 'Allow', Action: 'sts:AssumeRole' }), 'trust')).toBe(
      'MalformedPolicyDocument: Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!',
    );
  });

  test('a valid trust policy parses without a Resource', () => {
    const trust = ok({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
    });
    expect(message(trust, 'trust')).toBe('ok');
  });

  // hashicorp/terraform#17987, github.com/aws/aws-cdk/issues/7615.
  test('a statement needs resources and actions', () => {
    expect(message(ok({ Effect: 'Allow', Action: 's3:GetObject' }))).toBe(
      'MalformedPolicyDocument: Policy statement must contain resources.',
    );
    expect(message(ok({ Effect: 'Allow', Resource: '*' }))).toBe(
      'MalformedPolicyDocument: Policy statement must contain actions.',
    );
  });

  // github.com/trussworks/terraform-aws-s3-anti-virus/issues/21.
  test('a resource that is not an ARN is refused with its name', () => {
    expect(message(ok({ ...allow, Resource: 'sns-topic-name' }))).toBe(
      'MalformedPolicyDocument: Resource sns-topic-name must be in ARN format or "*".',
    );
  });

  // github.com/garnaat/kappa/issues/111; github.com/boogy/iam-policy-validator/pull/172.
  test('action names: one colon, and no wildcard in the service prefix', () => {
    expect(message(ok({ ...allow, Action: 'logs:a:b' }))).toBe(
      'MalformedPolicyDocument: Actions/Condition can contain only one colon.',
    );
    expect(message(ok({ ...allow, Action: '*:Untag*' }))).toBe(
      'MalformedPolicyDocument: Action vendors (e.g., aws, ec2, etc.) must not contain wildcards',
    );
  });

  test.each([
    ['an unknown element', { ...allow, Actions: 's3:*' }],
    ['a lower-case effect', { ...allow, Effect: 'allow' }],
    ['Action with NotAction', { ...allow, NotAction: 's3:PutObject' }],
    ['a number as action', { ...allow, Action: 3 }],
  ])('%s is a syntax error', (_what, statement) => {
    expect(message(ok(statement))).toBe('MalformedPolicyDocument: Syntax errors in policy.');
  });

  test('an unknown Version or a missing Statement is a syntax error', () => {
    expect(message(JSON.stringify({ Version: '2012-10-18', Statement: [allow] }))).toMatch(/Syntax errors/);
    expect(message(JSON.stringify({ Version: '2012-10-17' }))).toMatch(/Syntax errors/);
  });

  // Bucket policies are S3's (MalformedPolicy): github.com/humanmade/S3-Uploads/issues/191, github.com/aws/aws-cdk/issues/6708.
  test('bucket policies get S3 texts', () => {
    expect(message(ok(allow), 'resource')).toBe('MalformedPolicy: Missing required field Principal');
    expect(message(ok({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }), 'resource')).toBe(
      'MalformedPolicy: Statement is missing required element',
    );
    expect(message('nope', 'resource')).toBe(
      "MalformedPolicy: Policies must be valid JSON and the first byte must be '{'",
    );
  });
});

describe('policy size quotas (non-whitespace characters)', () => {
  test('whitespace does not count', () => {
    expect(policySize('{ "a" :\n\t"b c" }')).toBe(10);
  });

  // github.com/ministryofjustice/cloud-platform-environments/pull/14473 (CreatePolicy);
  // github.com/HumanCellAtlas/data-store/issues/1963 (PutGroupPolicy); danvk/mapsnap#483 (PutUserPolicy).
  test('over the quota gives LimitExceeded with IAM texts; at the quota is fine', () => {
    expect(policySizeError(6144, 'managed')).toBeNull();
    expect(policySizeError(6145, 'managed')).toEqual({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for PolicySize: 6144',
    });
    expect(policySizeError(2049, 'userInline', 'alice')?.message).toBe(
      'Maximum policy size of 2048 bytes exceeded for user alice',
    );
    expect(policySizeError(5121, 'groupInline', 'travis-ci')?.message).toBe(
      'Maximum policy size of 5120 bytes exceeded for group travis-ci',
    );
    expect(policySizeError(10241, 'roleInline', 'app')?.message).toBe(
      'Maximum policy size of 10240 bytes exceeded for role app',
    );
  });

  test('a 100 kB document parses (grammar) and is over every quota (size)', () => {
    const actions = Array.from({ length: 4200 }, (_, i) => `s3:GetObjectAction${i}`);
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ ...allow, Action: actions }] });
    expect(text.length).toBeGreaterThan(100_000);
    expect(message(text)).toBe('ok');
    expect(policySizeError(policySize(text), 'roleInline', 'r')?.code).toBe('LimitExceeded');
  });
});
