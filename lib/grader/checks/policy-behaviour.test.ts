import { describe, expect, test } from 'vitest';
import { createGradeState } from '../state';
import { makeSnapshot, makeState } from '../testing/snapshot';
import { policyBehaviour } from './policy-behaviour';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const readNotes = policyBehaviour({
  id: 'read-notes',
  label: 'The policy lets you read and list the notes bucket, nothing else',
  policy: { file: '~/policy.json' },
  allows: [
    { action: 's3:GetObject', resource: 'arn:aws:s3:::notes/a.txt' },
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::notes' },
  ],
  denies: [
    { action: 's3:PutObject', resource: 'arn:aws:s3:::notes/a.txt' },
    { action: 's3:GetObject', resource: 'arn:aws:s3:::other/a.txt' },
  ],
});
const withFile = (text: string) => makeState({ files: { '~/policy.json': text } });

describe('policyBehaviour', () => {
  test('passes for any correct policy, however it is written', async () => {
    const exact = doc(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::notes/*' },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::notes' },
    );
    const wildcards = doc({
      Effect: 'Allow',
      Action: ['s3:Get*', 's3:List*'],
      Resource: ['arn:aws:s3:::notes', 'arn:aws:s3:::notes/*'],
    });
    expect(await readNotes.run(withFile(exact))).toEqual({ pass: true });
    expect(await readNotes.run(withFile(wildcards))).toEqual({ pass: true });
  });

  test('names the missing file and AWS’s answer to an invalid document', async () => {
    expect(await readNotes.run(makeState())).toEqual({
      pass: false,
      message: '`~/policy.json` does not exist yet.',
    });
    expect(await readNotes.run(withFile('{"Version": "2012-10-17", "Statement": [}'))).toEqual({
      pass: false,
      message:
        '~/policy.json is not a valid policy: AWS would answer MalformedPolicyDocument: Syntax errors in policy.',
    });
  });

  test('a bucket ARN where the objects were meant gets the beginner hint', async () => {
    const bucketOnly = doc({
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: 'arn:aws:s3:::notes',
    });
    expect(await readNotes.run(withFile(bucketOnly))).toEqual({
      pass: false,
      message:
        '~/policy.json should allow `s3:GetObject` on `arn:aws:s3:::notes/a.txt`, but it does not: your policy allows `s3:GetObject` on the bucket, not on its objects: use `arn:aws:s3:::notes/*`.',
    });
  });

  test('a policy that allows too much names the statement that does', async () => {
    const tooMuch = doc({ Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: '*' });
    expect(await readNotes.run(withFile(tooMuch))).toEqual({
      pass: false,
      message:
        '~/policy.json should not allow `s3:PutObject` on `arn:aws:s3:::notes/a.txt`, but statement 0 (Sid All) allows it: narrow its Action or Resource.',
    });
  });

  test('reads inline policies and bucket policies from the account', async () => {
    const snapshot = makeSnapshot();
    snapshot.account = {
      ...snapshot.account,
      users: [
        ...snapshot.account.users,
        {
          userName: 'dev',
          userId: 'AIDAEXAMPLEEXAMPLE01',
          accessKeys: [],
          buckets: [],
          inlinePolicies: {
            Home: doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' }),
          },
        },
      ],
      buckets: [
        {
          name: 'site',
          creationDate: '2024-01-01T00:00:00+00:00',
          policy: doc({
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::site/*',
          }),
        },
      ],
    };
    const state = createGradeState(snapshot);
    const home = policyBehaviour({
      id: 'home',
      label: 'dev may use only its home folder',
      policy: { user: 'dev', inlinePolicy: 'Home' },
      allows: [{ action: 's3:PutObject', resource: 'arn:aws:s3:::home/dev/x' }],
      denies: [{ action: 's3:PutObject', resource: 'arn:aws:s3:::home/bob/x' }],
    });
    expect(await home.run(state)).toEqual({ pass: true });
    const site = policyBehaviour({
      id: 'site',
      label: 'anyone may read the site, nobody may write it',
      policy: { bucketPolicy: 'site' },
      principalArn: 'arn:aws:iam::123456789012:user/anyone',
      allows: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::site/index.html' }],
      denies: [{ action: 's3:PutObject', resource: 'arn:aws:s3:::site/index.html' }],
    });
    expect(await site.run(state)).toEqual({ pass: true });
    const missing = policyBehaviour({
      id: 'm',
      label: 'm',
      policy: { user: 'nobody', inlinePolicy: 'X' },
      allows: [],
      denies: [],
    });
    expect(await missing.run(state)).toEqual({ pass: false, message: 'There is no user nobody yet.' });
  });

  test('AWS managed policies are read from the catalog', async () => {
    const readOnly = policyBehaviour({
      id: 'ro',
      label: 'ReadOnlyAccess reads but does not write',
      policy: { managedPolicy: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      allows: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }],
      denies: [{ action: 's3:PutObject', resource: 'arn:aws:s3:::b/k' }],
    });
    expect(await readOnly.run(makeState())).toEqual({ pass: true });
  });
});
