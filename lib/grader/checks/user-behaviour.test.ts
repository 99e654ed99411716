import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount, SimulatedUser } from '../../aws/types';
import { createGradeState } from '../state';
import { makeSnapshot } from '../testing/snapshot';
import { userBehaviour } from './user-behaviour';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const reader = (fields: Partial<SimulatedUser>): SimulatedUser => ({
  userName: 'mia',
  userId: 'AIDAEXAMPLEMIA000001',
  accessKeys: [],
  buckets: [],
  ...fields,
});
const stateWith = (user: SimulatedUser, extra: Partial<SimulatedAccount> = {}) =>
  createGradeState({
    ...makeSnapshot(),
    account: { ...structuredClone(defaultAccount), users: [user], ...extra },
  });

const noDelete = userBehaviour({
  id: 'no-delete',
  label: 'mia may read and write reports but not delete them',
  userName: 'mia',
  allows: [
    { action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' },
    { action: 's3:PutObject', resource: 'arn:aws:s3:::reports/q1.csv' },
  ],
  denies: [{ action: 's3:DeleteObject', resource: 'arn:aws:s3:::reports/q1.csv' }],
  fixDeny: 'Add a Deny statement.',
});

describe('userBehaviour', () => {
  test('an explicit Deny beside AdministratorAccess passes; AdministratorAccess alone names the statement', async () => {
    const deny = doc({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::reports/*' });
    const denied = reader({ attachedPolicies: [ADMIN], inlinePolicies: { NoDelete: deny } });
    expect(await noDelete.run(stateWith(denied))).toEqual({ pass: true });
    expect(await noDelete.run(stateWith(reader({ attachedPolicies: [ADMIN] })))).toEqual({
      pass: false,
      message:
        '`mia` should not be allowed `s3:DeleteObject` on `arn:aws:s3:::reports/q1.csv`, but statement 0 of user mia: managed policy arn:aws:iam::aws:policy/AdministratorAccess allows it. Add a Deny statement.',
    });
  });

  test('policies through a group count, and a Deny on the bucket ARN does not cover its objects', async () => {
    const group = {
      groupName: 'Reporters',
      groupId: 'AGPAEXAMPLEGROUP0001',
      attachedPolicies: [ADMIN],
      inlinePolicies: {
        Wrong: doc({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::reports' }),
      },
    };
    const state = stateWith(reader({ groups: ['Reporters'] }), { groups: [group] });
    expect(await noDelete.run(state)).toEqual({
      pass: false,
      message:
        '`mia` should not be allowed `s3:DeleteObject` on `arn:aws:s3:::reports/q1.csv`, but statement 0 of group Reporters: managed policy arn:aws:iam::aws:policy/AdministratorAccess allows it. Add a Deny statement.',
    });
  });

  test('a refused allow says which statement denies it, or the beginner hint, or that there are no policies', async () => {
    const tooMuch = doc({ Effect: 'Deny', Action: 's3:*', Resource: '*', Sid: 'NoS3' });
    expect(
      await noDelete.run(stateWith(reader({ attachedPolicies: [ADMIN], inlinePolicies: { All: tooMuch } }))),
    ).toEqual({
      pass: false,
      message:
        '`mia` should be allowed `s3:GetObject` on `arn:aws:s3:::reports/q1.csv`, but is not: statement 0 (Sid NoS3) of user mia: inline policy All denies it.',
    });
    const bucketOnly = doc({
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::reports',
    });
    expect(await noDelete.run(stateWith(reader({ inlinePolicies: { B: bucketOnly } })))).toMatchObject({
      pass: false,
      message: expect.stringContaining('use `arn:aws:s3:::reports/*`'),
    });
    expect(await noDelete.run(stateWith(reader({})))).toEqual({
      pass: false,
      message:
        '`mia` should be allowed `s3:GetObject` on `arn:aws:s3:::reports/q1.csv`, but is not: it has no policies.',
    });
  });

  test('the request context is the sandbox’s and a request may override it', async () => {
    const tls = doc({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    const check = userBehaviour({
      id: 'tls',
      label: 'reads over TLS only',
      userName: 'mia',
      allows: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::r/a' }],
      denies: [
        {
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::r/a',
          context: { 'aws:SecureTransport': 'false' },
        },
      ],
    });
    expect(await check.run(stateWith(reader({ inlinePolicies: { T: tls } })))).toEqual({ pass: true });
  });

  test('a missing user and an unrestricted seeded user are named', async () => {
    expect(await noDelete.run(createGradeState(makeSnapshot()))).toEqual({
      pass: false,
      message: 'There is no IAM user `mia`.',
    });
    expect(await noDelete.run(stateWith(reader({ unrestricted: true })))).toEqual({
      pass: false,
      message: '`mia` is allowed everything (an unrestricted seeded user).',
    });
  });
});
