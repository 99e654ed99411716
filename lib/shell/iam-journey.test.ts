// The learner journey of issue 11 in one sandbox: as an admin profile create a user, attach a
// least-privilege policy, create its key, configure it, be denied outside the policy and allowed inside
// it, then assume a role and act as it (through createSandbox + run, like the lesson terminal).
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
});
const TRUST = (principal: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  });

describe('IAM and STS learner journey', () => {
  test('admin creates a least-privilege user, the user is denied then allowed, then assumes a role', async () => {
    const sandbox = await createSandbox();
    const run = async (line: string) => sandbox.run(line);
    // The seeded default profile is sample_user with AdministratorAccess.
    for (const line of [
      'aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE',
      'aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws configure set region us-east-1',
    ]) {
      expect((await run(line)).exitCode).toBe(0);
    }
    expect((await run('aws iam create-user --user-name alice')).exitCode).toBe(0);
    expect((await run(`echo '${POLICY}' > list-buckets.json`)).exitCode).toBe(0);
    const created = await run(
      'aws iam create-policy --policy-name ListBuckets --policy-document file://list-buckets.json --query Policy.Arn --output text',
    );
    expect(created).toMatchObject({ exitCode: 0, stdout: 'arn:aws:iam::123456789012:policy/ListBuckets\n' });
    expect(
      (
        await run(
          'aws iam attach-user-policy --user-name alice --policy-arn arn:aws:iam::123456789012:policy/ListBuckets',
        )
      ).exitCode,
    ).toBe(0);
    const key = await run('aws iam create-access-key --user-name alice --output json');
    expect(key.exitCode).toBe(0);
    const { AccessKeyId: id, SecretAccessKey: secret } = JSON.parse(key.stdout).AccessKey;
    expect(id).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(secret).toHaveLength(40);
    await run(`aws configure set aws_access_key_id ${id} --profile alice`);
    await run(`aws configure set aws_secret_access_key ${secret} --profile alice`);

    const whoami = await run('aws sts get-caller-identity --profile alice --query Arn --output text');
    expect(whoami).toMatchObject({ exitCode: 0, stdout: 'arn:aws:iam::123456789012:user/alice\n' });
    // Outside the policy: IAM denies with its documented AccessDenied text.
    const denied = await run('aws iam list-users --profile alice');
    expect(denied.exitCode).toBe(254);
    expect(denied.stderr).toBe(
      '\nAn error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action\n',
    );
    // Inside the policy.
    expect((await run('aws s3 ls --profile alice')).exitCode).toBe(0);

    // A role alice may assume, allowed to list users (IAMReadOnlyAccess).
    await run(`echo '${TRUST('arn:aws:iam::123456789012:user/alice')}' > trust.json`);
    expect(
      (await run('aws iam create-role --role-name Auditor --assume-role-policy-document file://trust.json'))
        .exitCode,
    ).toBe(0);
    expect(
      (
        await run(
          'aws iam attach-role-policy --role-name Auditor --policy-arn arn:aws:iam::aws:policy/IAMReadOnlyAccess',
        )
      ).exitCode,
    ).toBe(0);
    const assumed = await run(
      'aws sts assume-role --role-arn arn:aws:iam::123456789012:role/Auditor --role-session-name audit --profile alice --duration-seconds 900',
    );
    expect(assumed.exitCode).toBe(0);
    const credentials = JSON.parse(assumed.stdout).Credentials;
    expect(credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(JSON.parse(assumed.stdout).AssumedRoleUser.Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/Auditor/audit',
    );

    // Act as the role through the CLI's role profile.
    await run('aws configure set role_arn arn:aws:iam::123456789012:role/Auditor --profile auditor');
    await run('aws configure set source_profile alice --profile auditor');
    const asRole = await run('aws sts get-caller-identity --profile auditor --query Arn --output text');
    expect(asRole.exitCode).toBe(0);
    expect(asRole.stdout).toMatch(
      /^arn:aws:sts::123456789012:assumed-role\/Auditor\/botocore-session-\d+\n$/,
    );
    const users = await run('aws iam list-users --profile auditor --query "Users[].UserName" --output text');
    expect(users).toMatchObject({ exitCode: 0, stdout: 'sample_user\texample_1\talice\n' });
    // …and with the temporary keys in the environment.
    await run(
      `export AWS_ACCESS_KEY_ID=${credentials.AccessKeyId} AWS_SECRET_ACCESS_KEY=${credentials.SecretAccessKey} AWS_SESSION_TOKEN=${credentials.SessionToken}`,
    );
    const env = await run('aws sts get-caller-identity --query Arn --output text');
    expect(env.stdout).toBe('arn:aws:sts::123456789012:assumed-role/Auditor/audit\n');
    // The role may not write to IAM.
    const write = await run('aws iam create-user --user-name mallory');
    expect(write.exitCode).toBe(254);
    expect(write.stderr).toContain('assumed-role/Auditor/audit is not authorized to perform: iam:CreateUser');
  });
});
