// Exercise 1 of "AWS IAM Role CLI": as the administrator, create the role S3Reader that example_1, and only
// example_1, may assume (judged by the policy evaluator over the trust policy, so any correct policy passes).
import { defineExercise, roleAssumable, roleTrustScope } from '@/lib/grader';
import {
  EXAMPLE_1_ARN,
  ROLE_NAME,
  TRUST_EXAMPLE_1,
  roleLessonAccount,
  roleLessonFiles,
} from './shared/role-lesson';

const create = `aws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document file://trust.json`;
const trustFile = (policy: string) => `cat > trust.json <<'EOF'\n${policy}\nEOF\n`;
const trust = (principal: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
  });
const ROOT = 'arn:aws:iam::123456789012:root';
const ASSUME_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::123456789012:role/S3Reader' },
  ],
});

export default defineExercise({
  id: 'create-assumable-role',
  title: 'Create a role example_1 can assume',
  goal: `You are \`sample_user\`, an administrator (profile \`default\`). Your colleague \`example_1\` (profile
\`example_1\`) has no permissions of their own.

Create an IAM role named \`${ROLE_NAME}\` whose **trust policy** lets \`example_1\` assume it, and nobody else:
not you, not anyone in another AWS account. (Its permissions come in the next exercise.)`,
  setup: { files: roleLessonFiles, account: roleLessonAccount() },
  checks: [
    roleAssumable({
      id: 'example-1-may-assume',
      label: '`example_1` may assume the role `S3Reader`',
      roleName: ROLE_NAME,
      userName: 'example_1',
    }),
    roleAssumable({
      id: 'not-sample-user',
      label: 'You (`sample_user`) may not assume it',
      roleName: ROLE_NAME,
      userName: 'sample_user',
      assumable: false,
    }),
    roleTrustScope({
      id: 'no-outsiders',
      label: 'Nobody in another AWS account may assume it',
      roleName: ROLE_NAME,
    }),
  ],
  hints: [
    'A role is created with its trust policy: `aws iam create-role --role-name … --assume-role-policy-document file://trust.json`.',
    `The trust policy allows \`sts:AssumeRole\` for a \`Principal\`; name the user by its ARN, \`${EXAMPLE_1_ARN}\`.`,
    `Write the trust policy from the lesson to \`trust.json\` (a here-doc: \`cat > trust.json <<'EOF'\`), then run \`${create}\`.`,
  ],
  solution: `${trustFile(TRUST_EXAMPLE_1)}${create}\n`,
  // Each decided with real bash 5.2 and /usr/bin/aws 2.9.19 against the loopback stub; who may assume follows
  // the AssumeRole API reference: a trust policy naming the user is enough in the same account, a trust
  // policy naming the account needs the caller's own sts:AssumeRole permission as well.
  alternatives: [
    {
      name: 'the trust policy inline, as a JSON string',
      script: `aws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document '${trust({ AWS: EXAMPLE_1_ARN })}'\n`,
    },
    {
      name: 'the principal as a one-element list, Action as a list, with a Sid',
      script: `${trustFile(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Example1',
              Effect: 'Allow',
              Principal: { AWS: [EXAMPLE_1_ARN] },
              Action: ['sts:AssumeRole'],
            },
          ],
        }),
      )}${create}\n`,
    },
    {
      name: 'printf to the file, a description and a shorter maximum session',
      script: `printf '%s\\n' '${trust({ AWS: EXAMPLE_1_ARN })}' > trust.json\naws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document file://trust.json --description "Read S3 for example_1" --max-session-duration 3600\n`,
    },
    {
      name: 'the policy in a shell variable, passed quoted',
      script: `t='${trust({ AWS: EXAMPLE_1_ARN })}'\naws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document "$t"\n`,
    },
    {
      name: 'the account trusted with a PrincipalArn condition, plus example_1 allowed to call sts:AssumeRole',
      script: `${trustFile(trust({ AWS: ROOT }, { Condition: { ArnEquals: { 'aws:PrincipalArn': EXAMPLE_1_ARN } } }))}${create}\naws iam put-user-policy --user-name example_1 --policy-name AssumeS3Reader --policy-document '${ASSUME_POLICY}'\n`,
    },
    {
      name: 'created in a path (/readers/)',
      script: `${trustFile(TRUST_EXAMPLE_1)}aws iam create-role --role-name ${ROLE_NAME} --path /readers/ --assume-role-policy-document file://trust.json\n`,
    },
    {
      name: 'a wrong role first, deleted, then the right one',
      script: `${trustFile(trust({ AWS: ROOT }))}${create}\naws iam delete-role --role-name ${ROLE_NAME}\n${trustFile(TRUST_EXAMPLE_1)}${create}\n`,
    },
    {
      name: 'the file in another folder, by absolute file:// path',
      script: `mkdir -p ~/policies\ncat > ~/policies/trust.json <<'EOF'\n${TRUST_EXAMPLE_1}\nEOF\naws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document file://$HOME/policies/trust.json\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'the trust policy names the wrong user (yourself)',
      script: `${trustFile(trust({ AWS: 'arn:aws:iam::123456789012:user/sample_user' }))}${create}\n`,
      failsCheck: 'example-1-may-assume',
      message: '`example_1` cannot assume `S3Reader` yet',
    },
    {
      name: 'the account root as principal, but example_1 has no sts:AssumeRole permission of its own',
      script: `${trustFile(trust({ AWS: ROOT }))}${create}\n`,
      failsCheck: 'example-1-may-assume',
      message:
        'trusts the account, but no identity-based policy of arn:aws:iam::123456789012:user/example_1 allows sts:AssumeRole',
    },
    {
      name: 'Principal "*": anyone, in any account',
      script: `${trustFile(trust({ AWS: '*' }))}${create}\n`,
      failsCheck: 'no-outsiders',
      message: 'lets users of other AWS accounts assume it',
    },
    {
      name: 'an EC2 service role (the console default) instead of a user',
      script: `${trustFile(trust({ Service: 'ec2.amazonaws.com' }))}${create}\n`,
      failsCheck: 'example-1-may-assume',
      message: '`example_1` cannot assume `S3Reader` yet',
    },
    {
      name: 'a typo in the action (sts:AssumeRoles)',
      script: `${trustFile(TRUST_EXAMPLE_1.replace('sts:AssumeRole', 'sts:AssumeRoles'))}${create}\n`,
      failsCheck: 'example-1-may-assume',
      message: '`example_1` cannot assume `S3Reader` yet',
    },
    {
      name: 'the user ARN with another account id',
      script: `${trustFile(TRUST_EXAMPLE_1.replace('123456789012', '123456789013'))}${create}\n`,
      failsCheck: 'example-1-may-assume',
      message: '`example_1` cannot assume `S3Reader` yet',
    },
    {
      name: 'the trust policy path without file:// (the CLI sends the text "trust.json")',
      script: `${trustFile(TRUST_EXAMPLE_1)}aws iam create-role --role-name ${ROLE_NAME} --assume-role-policy-document trust.json\n`,
      failsCheck: 'example-1-may-assume',
      message: 'There is no role `S3Reader` yet',
    },
    {
      name: 'both users named: example_1 and yourself',
      script: `${trustFile(trust({ AWS: [EXAMPLE_1_ARN, 'arn:aws:iam::123456789012:user/sample_user'] }))}${create}\n`,
      failsCheck: 'not-sample-user',
      message: '`sample_user` can still assume `S3Reader`',
    },
  ],
});
