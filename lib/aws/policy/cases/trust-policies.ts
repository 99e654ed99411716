// Cases for role trust policies: who may call sts:AssumeRole (STS AssumeRole API reference, Principal element).
import { doc, roleSession, user, type PolicyCase } from './case';

const ASSUME = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html';

const alice = user('alice');
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

export const trustPolicyCases: PolicyCase[] = [
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
];
