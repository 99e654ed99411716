// The "why" explanation and the beginner-mistake hints, through the adapter the call pipeline uses.
import { describe, expect, test } from 'vitest';
import { evaluatePolicyTexts, principalFromArn } from './adapter';
import { explainCall, explanationText } from './explain';
import { policyMistakeHint } from './hints';

const ALICE = 'arn:aws:iam::111122223333:user/alice';
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const decide = (statements: object[], action: string, resource: string) =>
  evaluatePolicyTexts({
    principalArn: ALICE,
    identityPolicies: [{ label: 'user alice: inline policy Mine', document: policy(...statements) }],
    action,
    resource,
    context: { 'aws:username': 'alice' },
  }).details;

describe('policyMistakeHint', () => {
  test('bucket ARN where the objects were meant', () => {
    const d = decide(
      [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::notes' }],
      's3:PutObject',
      'arn:aws:s3:::notes/a.txt',
    );
    expect(policyMistakeHint(d)).toBe(
      'your policy allows `s3:PutObject` on the bucket, not on its objects: use `arn:aws:s3:::notes/*`',
    );
  });

  test('s3:ListBucket allowed on the objects instead of the bucket', () => {
    const d = decide(
      [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::notes/*' }],
      's3:ListBucket',
      'arn:aws:s3:::notes',
    );
    expect(policyMistakeHint(d)).toBe(
      '`s3:ListBucket` applies to the bucket itself, not its objects: use `arn:aws:s3:::notes` as its Resource',
    );
  });

  test('s3:ListBucket missing altogether', () => {
    const d = decide(
      [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::notes/*' }],
      's3:ListBucket',
      'arn:aws:s3:::notes',
    );
    expect(policyMistakeHint(d)).toBe(
      'listing needs `s3:ListBucket` on the bucket: allow it on `arn:aws:s3:::notes`',
    );
  });

  test('a misspelt action', () => {
    const d = decide(
      [{ Effect: 'Allow', Action: 's3:PutObjects', Resource: '*' }],
      's3:PutObject',
      'arn:aws:s3:::notes/a',
    );
    expect(policyMistakeHint(d)).toBe(
      "`s3:PutObjects` is not the action's name: did you mean `s3:PutObject`?",
    );
  });

  test('a real neighbouring action is not called a typo', () => {
    const d = decide(
      [{ Effect: 'Allow', Action: 'ec2:DetachVolume', Resource: '*' }],
      'ec2:AttachVolume',
      '*',
    );
    expect(policyMistakeHint(d)).toBeNull();
    const iam = decide([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }], 'iam:GetRole', '*');
    expect(policyMistakeHint(iam)).toBeNull();
    const typo = decide(
      [{ Effect: 'Allow', Action: 'iam:CreatAccessKey', Resource: '*' }],
      'iam:CreateAccessKey',
      '*',
    );
    expect(policyMistakeHint(typo)).toBe(
      "`iam:CreatAccessKey` is not the action's name: did you mean `iam:CreateAccessKey`?",
    );
  });

  test('a Deny with NotResource that catches the request', () => {
    const d = decide(
      [
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::notes/*' },
      ],
      's3:GetObject',
      'arn:aws:s3:::other/a',
    );
    expect(d.decision).toBe('explicit-deny');
    expect(policyMistakeHint(d)).toBe(
      'a Deny with NotResource denies every resource except those listed (`arn:aws:s3:::notes/*`): `arn:aws:s3:::other/a` is not listed, so it is denied',
    );
  });

  test('no hint for an allowed request or an unrelated denial', () => {
    expect(
      policyMistakeHint(
        decide([{ Effect: 'Allow', Action: '*', Resource: '*' }], 's3:GetObject', 'arn:aws:s3:::b/k'),
      ),
    ).toBeNull();
    expect(
      policyMistakeHint(
        decide(
          [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
          'iam:CreateUser',
          'arn:aws:iam::111122223333:user/x',
        ),
      ),
    ).toBeNull();
  });
});

describe('evaluatePolicyTexts', () => {
  test('principals from ARNs: users with paths, role sessions (role ARN from aws:PrincipalArn), root', () => {
    expect(principalFromArn('arn:aws:iam::111122223333:user/dev/alice')).toMatchObject({
      type: 'user',
      userName: 'alice',
    });
    expect(
      principalFromArn('arn:aws:sts::111122223333:assumed-role/Admin/s1', {
        'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ops/Admin',
      }),
    ).toMatchObject({
      type: 'assumed-role',
      roleName: 'Admin',
      sessionName: 's1',
      roleArn: 'arn:aws:iam::111122223333:role/ops/Admin',
    });
    expect(principalFromArn('arn:aws:iam::111122223333:root').type).toBe('root');
  });

  test('a stored document that is not valid is left out and named', () => {
    const r = evaluatePolicyTexts({
      principalArn: ALICE,
      identityPolicies: [{ label: 'user alice: inline policy Broken', document: '{nope' }],
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      context: {},
    });
    expect(r.decision).toBe('implicit-deny');
    expect(r.reason).toContain('ignored, not valid JSON policies: user alice: inline policy Broken');
  });

  test('sts:AssumeRole reads the resource policy as a trust policy', () => {
    const r = evaluatePolicyTexts({
      principalArn: ALICE,
      identityPolicies: [],
      resourcePolicy: {
        label: 'trust policy of role Admin',
        document: policy({ Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'sts:AssumeRole' }),
      },
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::111122223333:role/Admin',
      context: {},
    });
    expect(r.decision).toBe('allow');
    expect(r.details.decidedBy?.sourceKind).toBe('trust-policy');
  });
});

describe('explanationText', () => {
  test('credential chain, authentication, every statement with why, the decision and the hint', () => {
    const details = decide(
      [{ Sid: 'Write', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::notes' }],
      's3:PutObject',
      'arn:aws:s3:::notes/a.txt',
    );
    const x = explainCall(
      {
        commandLine: 'aws s3 cp a.txt s3://notes/a.txt',
        exitCode: 1,
        outcome: 'access-denied',
        errorCode: 'AccessDenied',
        profile: 'default',
        identityArn: ALICE,
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      },
      {
        credentials: [
          { provider: 'env', outcome: 'skipped', reason: 'AWS_ACCESS_KEY_ID is not exported (or empty)' },
          {
            provider: 'shared-credentials-file',
            outcome: 'used',
            reason: '[default] in ~/.aws/credentials has keys',
          },
        ],
        authentication: { outcome: 'ok', reason: 'the key is active and the signature matches' },
        authorization: {
          action: 's3:PutObject',
          resource: 'arn:aws:s3:::notes/a.txt',
          decision: 'implicit-deny',
          reason: details.summary,
          details,
        },
      },
    );
    expect(x.authorization?.policies[0]?.statements[0]).toMatchObject({
      sid: 'Write',
      applies: false,
      decided: false,
    });
    expect(explanationText(x)).toBe(
      [
        'Last aws call: aws s3 cp a.txt s3://notes/a.txt  (AccessDenied, exit 1)',
        '',
        'Credentials (profile default):',
        '  1. env: skipped - AWS_ACCESS_KEY_ID is not exported (or empty)',
        '  2. shared-credentials-file: used - [default] in ~/.aws/credentials has keys',
        '',
        `Authentication: key AKIAIOSFODNN7EXAMPLE as ${ALICE}: ok - the key is active and the signature matches`,
        '',
        'Authorization: s3:PutObject on arn:aws:s3:::notes/a.txt: implicitly denied',
        '  user alice: inline policy Mine',
        '    statement 0 (Sid Write), Allow: does not apply',
        '      yes Action: s3:PutObject matches "s3:PutObject"',
        '      no  Resource: arn:aws:s3:::notes/a.txt matches none of "arn:aws:s3:::notes"',
        '  => Implicitly denied: no statement allows s3:PutObject on arn:aws:s3:::notes/a.txt',
        '',
        'Hint: your policy allows `s3:PutObject` on the bucket, not on its objects: use `arn:aws:s3:::notes/*`',
        '',
      ].join('\n'),
    );
  });

  test('a call that stopped before authorization says so; junk explanation data is tolerated', () => {
    const text = explanationText(
      explainCall(
        {
          commandLine: 'aws sts get-caller-identity',
          exitCode: 253,
          outcome: 'no-credentials',
          profile: null,
          identityArn: null,
          accessKeyId: null,
        },
        'garbage',
      ),
    );
    expect(text).toContain('no credential lookup was recorded');
    expect(text).toContain(
      'Authorization: none: no provider in the chain supplied credentials, so nothing was sent to AWS.',
    );
  });
});
