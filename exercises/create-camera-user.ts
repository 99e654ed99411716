// Exercise: from the admin profile, create the IAM user `camera-uploader` that may upload to one bucket and do
// nothing else (judged by evaluating all of the user's policies, so any least-privilege route passes).
import { adminProfileFiles, defaultAccount, defineExercise, iamUser, userPermissions } from '@/lib/grader';

const CAMERA_USER = 'camera-uploader';
const CAMERA_BUCKET = 'sample-user-camera-uploads';

const object = (key: string) => `arn:aws:s3:::${CAMERA_BUCKET}/${key}`;
const policy = (action: string, resource: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });
const PUT_ONLY = policy('s3:PutObject', `arn:aws:s3:::${CAMERA_BUCKET}/*`);
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/CameraUploadsPutOnly';
const writePolicy = (text = PUT_ONLY) => `cat > put-only.json <<'EOF'\n${text}\nEOF\n`;
const createUser = `aws iam create-user --user-name ${CAMERA_USER} --profile admin\n`;
/** A managed policy from put-only.json, attached to the user. */
const managed = (text = PUT_ONLY) =>
  writePolicy(text) +
  'aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --profile admin\n' +
  `aws iam attach-user-policy --user-name ${CAMERA_USER} --policy-arn ${POLICY_ARN} --profile admin\n`;

export default defineExercise({
  id: 'create-camera-user',
  title: 'Create the camera’s IAM user, least privilege',
  goal: `This sandbox has a profile named \`admin\`: the key of \`sample_user\`, who has **AdministratorAccess** in
the practice account. Use it (\`--profile admin\`, or \`export AWS_PROFILE=admin\`) to:

1. create the IAM user \`${CAMERA_USER}\`;
2. give it permission to **upload objects** (\`s3:PutObject\`) into the bucket \`${CAMERA_BUCKET}\`, and
   nothing else: no reading, listing or deleting, no other bucket, no IAM.

A customer managed policy (as in the lesson), an inline policy or a group all count: the checklist asks AWS's
policy evaluation what the user may do.`,
  setup: { files: adminProfileFiles(), account: defaultAccount },
  checks: [
    iamUser({ id: 'user', label: `The IAM user \`${CAMERA_USER}\` exists`, userName: CAMERA_USER }),
    userPermissions({
      id: 'can-upload',
      label: `\`${CAMERA_USER}\` may upload objects into \`${CAMERA_BUCKET}\``,
      userName: CAMERA_USER,
      allows: [
        { action: 's3:PutObject', resource: object('front-door-0800.mp4') },
        { action: 's3:PutObject', resource: object('2026/01/15/garden.mp4') },
      ],
    }),
    userPermissions({
      id: 'nothing-more',
      label: `\`${CAMERA_USER}\` may do nothing else`,
      userName: CAMERA_USER,
      denies: [
        { action: 's3:GetObject', resource: object('front-door-0800.mp4') },
        { action: 's3:DeleteObject', resource: object('front-door-0800.mp4') },
        { action: 's3:ListBucket', resource: `arn:aws:s3:::${CAMERA_BUCKET}` },
        { action: 's3:PutObject', resource: 'arn:aws:s3:::example-1-reports/report.csv' },
        { action: 's3:PutObject', resource: `arn:aws:s3:::${CAMERA_BUCKET}-archive/old.mp4` },
        { action: 's3:PutObjectAcl', resource: object('front-door-0800.mp4') },
        { action: 's3:DeleteObjectVersion', resource: object('front-door-0800.mp4') },
        { action: 'iam:CreateAccessKey', resource: `arn:aws:iam::123456789012:user/${CAMERA_USER}` },
      ],
    }),
  ],
  hints: [
    'Every command here needs `--profile admin`: the sandbox has no default profile. Start with `aws iam create-user`.',
    'Write the lesson’s policy to a file, create it with `aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json`, then attach it with `aws iam attach-user-policy`.',
    `Run \`aws iam create-user --user-name ${CAMERA_USER} --profile admin\`, save the lesson’s JSON as \`put-only.json\`, \`aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --profile admin\`, then \`aws iam attach-user-policy --user-name ${CAMERA_USER} --policy-arn ${POLICY_ARN} --profile admin\`.`,
  ],
  solution: createUser + managed(),
  // Decided with the real AWS CLI 2.9.19 against scripts/aws-stub-server.ts (create-user, create-policy,
  // attach-user-policy, put-user-policy exit 0 with these arguments); the service side (what each policy
  // allows) is IAM's evaluation logic: IAM User Guide, "Policy evaluation logic".
  alternatives: [
    {
      name: 'an inline policy with put-user-policy',
      script:
        createUser +
        writePolicy() +
        `aws iam put-user-policy --user-name ${CAMERA_USER} --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --profile admin\n`,
    },
    {
      name: 'AWS_PROFILE exported instead of --profile',
      script:
        'export AWS_PROFILE=admin\n' +
        createUser.replace(' --profile admin', '') +
        managed().replaceAll(' --profile admin', ''),
    },
    {
      name: 'the policy JSON inline on the command line',
      script:
        createUser +
        `aws iam put-user-policy --user-name ${CAMERA_USER} --policy-name PutOnly --policy-document '${PUT_ONLY}' --profile admin\n`,
    },
    {
      name: 'through a group with the managed policy',
      script:
        createUser +
        writePolicy() +
        'aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --profile admin\n' +
        'aws iam create-group --group-name CameraUploaders --profile admin\n' +
        `aws iam attach-group-policy --group-name CameraUploaders --policy-arn ${POLICY_ARN} --profile admin\n` +
        `aws iam add-user-to-group --group-name CameraUploaders --user-name ${CAMERA_USER} --profile admin\n`,
    },
    {
      name: 'the policy ARN captured with --query',
      script:
        createUser +
        writePolicy() +
        'arn=$(aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --query Policy.Arn --output text --profile admin)\n' +
        `aws iam attach-user-policy --user-name ${CAMERA_USER} --policy-arn "$arn" --profile admin\n`,
    },
    {
      name: 'create-user from --cli-input-json',
      script:
        `aws iam create-user --cli-input-json '{"UserName": "${CAMERA_USER}"}' --profile admin\n` + managed(),
    },
    {
      name: 'Action as a list, with a Sid',
      script:
        createUser +
        managed(
          JSON.stringify(
            {
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'UploadClips',
                  Effect: 'Allow',
                  Action: ['s3:PutObject'],
                  Resource: [`arn:aws:s3:::${CAMERA_BUCKET}/*`],
                },
              ],
            },
            null,
            2,
          ),
        ),
    },
    {
      name: 'a wrong policy replaced by a new default version',
      script:
        createUser +
        managed(policy('s3:*', `arn:aws:s3:::${CAMERA_BUCKET}/*`)) +
        writePolicy() +
        `aws iam create-policy-version --policy-arn ${POLICY_ARN} --policy-document file://put-only.json --set-as-default --profile admin\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the AdministratorAccess shortcut',
      script:
        createUser +
        `aws iam attach-user-policy --user-name ${CAMERA_USER} --policy-arn arn:aws:iam::aws:policy/AdministratorAccess --profile admin\n`,
      failsCheck: 'nothing-more',
      message: `\`${CAMERA_USER}\` may also call \`s3:GetObject\` on \`${object('front-door-0800.mp4')}\`, which it does not need`,
    },
    {
      name: 'AmazonS3FullAccess',
      script:
        createUser +
        `aws iam attach-user-policy --user-name ${CAMERA_USER} --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess --profile admin\n`,
      failsCheck: 'nothing-more',
      message: `may also call \`s3:GetObject\``,
    },
    {
      name: 'the bucket ARN instead of bucket/*',
      script: createUser + managed(policy('s3:PutObject', `arn:aws:s3:::${CAMERA_BUCKET}`)),
      failsCheck: 'can-upload',
      message: `\`${CAMERA_USER}\` may not call \`s3:PutObject\` on \`${object('front-door-0800.mp4')}\` yet: none of its policies allows it.`,
    },
    {
      name: 's3:Put* (also lets it change object ACLs)',
      script: createUser + managed(policy('s3:Put*', `arn:aws:s3:::${CAMERA_BUCKET}/*`)),
      failsCheck: 'nothing-more',
      message: `may also call \`s3:PutObjectAcl\``,
    },
    {
      name: 'a slash missing: the Resource also matches other buckets',
      script: createUser + managed(policy('s3:PutObject', `arn:aws:s3:::${CAMERA_BUCKET}*`)),
      failsCheck: 'nothing-more',
      message: `may also call \`s3:PutObject\` on \`arn:aws:s3:::${CAMERA_BUCKET}-archive/old.mp4\``,
    },
    {
      name: 'every bucket',
      script: createUser + managed(policy('s3:PutObject', 'arn:aws:s3:::*')),
      failsCheck: 'nothing-more',
      message: 'may also call `s3:PutObject` on `arn:aws:s3:::example-1-reports/report.csv`',
    },
    {
      name: 'the policy created but never attached',
      script:
        createUser +
        writePolicy() +
        'aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --profile admin\n',
      failsCheck: 'can-upload',
      message: 'none of its policies allows it',
    },
    {
      name: 'the action misspelt (s3:PutObjects)',
      script: createUser + managed(policy('s3:PutObjects', `arn:aws:s3:::${CAMERA_BUCKET}/*`)),
      failsCheck: 'can-upload',
      message: 'none of its policies allows it',
    },
    {
      name: 'the policy attached to the admin instead',
      script:
        createUser +
        writePolicy() +
        'aws iam create-policy --policy-name CameraUploadsPutOnly --policy-document file://put-only.json --profile admin\n' +
        `aws iam attach-user-policy --user-name sample_user --policy-arn ${POLICY_ARN} --profile admin\n`,
      failsCheck: 'can-upload',
      message: 'none of its policies allows it',
    },
    {
      name: 'without --profile admin (no default profile: Unable to locate credentials)',
      script: `aws iam create-user --user-name ${CAMERA_USER}\n`,
      failsCheck: 'user',
      message: `There is no IAM user \`${CAMERA_USER}\` yet`,
    },
    {
      name: 'the user name misspelt',
      script:
        createUser.replace(CAMERA_USER, 'camera-uplaoder') +
        managed().replace(CAMERA_USER, 'camera-uplaoder'),
      failsCheck: 'user',
      message: `There is no IAM user \`${CAMERA_USER}\` yet`,
    },
  ],
});
