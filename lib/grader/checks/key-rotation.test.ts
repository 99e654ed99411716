// Check over execution records: the new key worked before the old one was deactivated, then deleted.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../aws/default-account';
import type { SimulatedAccount } from '../../aws/types';
import { createSandbox } from '../../shell';
import { runScript } from '../../shell/run-script';
import { configuredDefaultProfileFiles } from '../setup-files';
import { createGradeState } from '../state';
import { keyRotation } from './key-rotation';

const OLD = 'AKIAOLDKEYEXAMPLE001';

function account(): SimulatedAccount {
  const a = structuredClone(defaultAccount);
  a.clock = '2026-01-15T10:00:00Z';
  a.users.push({
    userName: 'bob',
    userId: 'AIDAEXAMPLEBOB0000001',
    accessKeys: [{ accessKeyId: OLD, secretAccessKey: 'old/secret/EXAMPLEKEY', status: 'Active' }],
    buckets: [],
  });
  return a;
}

const check = keyRotation({ id: 'order', label: 'x', userName: 'bob', oldAccessKeyId: OLD });
const NEW = `NEW=$(aws iam create-access-key --user-name bob --output text --query 'AccessKey.[AccessKeyId,SecretAccessKey]')
set -- $NEW
`;
const USE = 'AWS_ACCESS_KEY_ID=$1 AWS_SECRET_ACCESS_KEY=$2 aws sts get-caller-identity\n';
const OFF = `aws iam update-access-key --user-name bob --access-key-id ${OLD} --status Inactive\n`;
const DEL = `aws iam delete-access-key --user-name bob --access-key-id ${OLD}\n`;

async function grade(script: string) {
  const sandbox = await createSandbox({ files: configuredDefaultProfileFiles(), account: account() });
  await runScript(sandbox, script);
  return check.run(createGradeState(sandbox.snapshot()));
}

describe('keyRotation', () => {
  test('create, use, deactivate, delete passes (also with --cli-input-json)', async () => {
    expect(await grade(NEW + USE + OFF + DEL)).toEqual({ pass: true });
    const json = `aws iam update-access-key --cli-input-json '{"UserName":"bob","AccessKeyId":"${OLD}","Status":"Inactive"}'\n`;
    expect(await grade(NEW + USE + json + DEL)).toEqual({ pass: true });
  });

  test('deactivating before the new key was used fails, and says why', async () => {
    const result = await grade(NEW + OFF + USE + DEL);
    expect(result.pass).toBe(false);
    expect(!result.pass && result.message).toContain('deactivated before the new key');
  });

  test('deleting an Active key fails; nothing done asks to deactivate', async () => {
    const result = await grade(NEW + USE + DEL);
    expect(!result.pass && result.message).toContain('was deleted while it was still Active');
    expect(await grade('')).toEqual({
      pass: false,
      message: `Deactivate the old key first: \`aws iam update-access-key --user-name bob --access-key-id ${OLD} --status Inactive\`.`,
    });
  });

  test('a failed call with a made-up key, or only the old key in use, is not the new key working', async () => {
    const fake =
      'AWS_ACCESS_KEY_ID=AKIAFAKEFAKEFAKE0000 AWS_SECRET_ACCESS_KEY=x aws sts get-caller-identity\n';
    const result = await grade(NEW + fake + OFF + DEL);
    expect(!result.pass && result.message).toContain('No `aws` call has used a new key of `bob` yet');
    const wrongSecret = 'AWS_ACCESS_KEY_ID=$1 AWS_SECRET_ACCESS_KEY=wrong aws sts get-caller-identity\n';
    expect((await grade(NEW + wrongSecret + OFF + DEL)).pass).toBe(false);
  });
});
