// Exercise 2 of "AWS IAM Role CLI": give the role S3Reader read-only access to S3 and nothing more (judged by
// the policy evaluator over every policy of the role, so a managed or an inline policy both pass).
import { defineExercise, roleAssumable, rolePermissions } from '@/lib/grader';
import { ROLE_NAME, S3_READ_ONLY_ARN, roleLessonAccount, roleLessonFiles } from './shared/role-lesson';

const BUCKET = 'arn:aws:s3:::sample-user-camera-uploads';
const attach = (arn: string) => `aws iam attach-role-policy --role-name ${ROLE_NAME} --policy-arn ${arn}\n`;
const policy = (action: unknown, resource: unknown = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });
const putInline = (document: string) =>
  `aws iam put-role-policy --role-name ${ROLE_NAME} --policy-name ReadS3 --policy-document '${document}'\n`;

export default defineExercise({
  id: 'attach-role-permissions',
  title: 'Give the role its permissions',
  goal: `The role \`${ROLE_NAME}\` exists and \`example_1\` may assume it, but a session of it may do nothing
yet. Give it **read-only access to S3**: list buckets, list and download objects. Nothing that writes or
deletes, and nothing outside S3. Keep the trust policy as it is.`,
  setup: { files: roleLessonFiles, account: roleLessonAccount({ attachedPolicies: [] }) },
  checks: [
    rolePermissions({
      id: 'reads-s3',
      label: 'A session of `S3Reader` may list buckets and objects and download objects, and nothing more',
      roleName: ROLE_NAME,
      allows: [
        { action: 's3:ListAllMyBuckets', resource: '*' },
        { action: 's3:ListBucket', resource: BUCKET },
        { action: 's3:GetObject', resource: `${BUCKET}/clips/door.mp4` },
      ],
      denies: [
        { action: 's3:PutObject', resource: `${BUCKET}/clips/door.mp4` },
        { action: 's3:DeleteObject', resource: `${BUCKET}/clips/door.mp4` },
        { action: 's3:DeleteBucket', resource: BUCKET },
        { action: 's3:PutBucketPolicy', resource: BUCKET },
        { action: 'iam:ListUsers', resource: 'arn:aws:iam::123456789012:user/' },
        { action: 'iam:CreateUser', resource: 'arn:aws:iam::123456789012:user/mallory' },
      ],
    }),
    roleAssumable({
      id: 'still-assumable',
      label: '`example_1` may still assume it',
      roleName: ROLE_NAME,
      userName: 'example_1',
    }),
  ],
  hints: [
    'A role gets permissions like a user does: a managed policy attached to it, or an inline policy put on it.',
    'AWS has a managed policy for exactly this: `AmazonS3ReadOnlyAccess`.',
    `Run \`${attach(S3_READ_ONLY_ARN).trim()}\`.`,
  ],
  solution: attach(S3_READ_ONLY_ARN),
  alternatives: [
    {
      name: 'an inline policy with s3:Get* and s3:List*',
      script: putInline(policy(['s3:Get*', 's3:List*'])),
    },
    {
      name: 'an inline policy naming the three actions, from a file',
      script: `cat > read-s3.json <<'EOF'\n${policy(['s3:ListAllMyBuckets', 's3:ListBucket', 's3:GetObject'])}\nEOF\naws iam put-role-policy --role-name ${ROLE_NAME} --policy-name ReadS3 --policy-document file://read-s3.json\n`,
    },
    {
      name: 'a customer managed policy, its ARN caught with --query',
      script: `arn=$(aws iam create-policy --policy-name ReadS3 --policy-document '${policy(['s3:Get*', 's3:List*'])}' --query Policy.Arn --output text)\n${attach('"$arn"')}`,
    },
    {
      name: 'the managed policy attached, checked with list-attached-role-policies',
      script: `${attach(S3_READ_ONLY_ARN)}aws iam list-attached-role-policies --role-name ${ROLE_NAME}\n`,
    },
    {
      name: 'the policy ARN looked up by name with list-policies',
      script: `arn=$(aws iam list-policies --scope AWS --query "Policies[?PolicyName=='AmazonS3ReadOnlyAccess'].Arn" --output text)\n${attach('$arn')}`,
    },
    {
      name: 'too much first (AmazonS3FullAccess), detached, then read-only',
      script: `${attach('arn:aws:iam::aws:policy/AmazonS3FullAccess')}aws iam detach-role-policy --role-name ${ROLE_NAME} --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess\n${attach(S3_READ_ONLY_ARN)}`,
    },
    {
      name: 'lower-case action names (IAM matches actions without regard to case)',
      script: putInline(policy(['s3:listallmybuckets', 's3:listbucket', 's3:getobject'])),
    },
  ],
  wrongAttempts: [
    {
      name: 'AdministratorAccess: works, but allows everything',
      script: attach('arn:aws:iam::aws:policy/AdministratorAccess'),
      failsCheck: 'reads-s3',
      message: 'should not be allowed `s3:PutObject`',
    },
    {
      name: 'AmazonS3FullAccess: S3 only, but writes and deletes too',
      script: attach('arn:aws:iam::aws:policy/AmazonS3FullAccess'),
      failsCheck: 'reads-s3',
      message: 'should not be allowed `s3:PutObject`',
    },
    {
      name: 'ReadOnlyAccess: read-only, but far beyond S3',
      script: attach('arn:aws:iam::aws:policy/ReadOnlyAccess'),
      failsCheck: 'reads-s3',
      message: 'should not be allowed `iam:ListUsers`',
    },
    {
      name: 'attached to the user example_1 instead of the role',
      script: `aws iam attach-user-policy --user-name example_1 --policy-arn ${S3_READ_ONLY_ARN}\n`,
      failsCheck: 'reads-s3',
      message: 'The role `S3Reader` has no permissions policy yet',
    },
    {
      name: 's3:GetObject on the bucket ARN instead of its objects (bucket/*)',
      script: putInline(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
            { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: BUCKET },
          ],
        }),
      ),
      failsCheck: 'reads-s3',
      message:
        'should be allowed `s3:GetObject` on `arn:aws:s3:::sample-user-camera-uploads/clips/door.mp4`, but it is not',
    },
    {
      name: 'a typo in an action (s3:GetObjects)',
      script: putInline(policy(['s3:ListAllMyBuckets', 's3:ListBucket', 's3:GetObjects'])),
      failsCheck: 'reads-s3',
      message:
        'should be allowed `s3:GetObject` on `arn:aws:s3:::sample-user-camera-uploads/clips/door.mp4`, but it is not',
    },
    {
      name: 's3:* on everything',
      script: putInline(policy('s3:*')),
      failsCheck: 'reads-s3',
      message: 'should not be allowed `s3:PutObject`',
    },
    {
      name: 'the role replaced by one that trusts the account (example_1 has no sts:AssumeRole of its own)',
      script: `aws iam delete-role --role-name ${ROLE_NAME}\naws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}'\n${attach(S3_READ_ONLY_ARN)}`,
      failsCheck: 'still-assumable',
      message: '`example_1` cannot assume `S3Reader` yet',
    },
  ],
});
