import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import type { PromptRequest } from './types';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function answering(answers: (string | null)[]) {
  const prompts: PromptRequest[] = [];
  const readLine = async (request: PromptRequest) => {
    prompts.push(request);
    return answers.length ? (answers.shift() ?? null) : null;
  };
  return { prompts, readLine };
}

describe('aws inside the sandbox', () => {
  test('aws configure asks through readLine and writes 0600 files', async () => {
    const sandbox = await createSandbox();
    const { prompts, readLine } = answering([KEY, SECRET, 'us-east-1', 'json']);
    const result = await sandbox.run('aws configure', { readLine });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(prompts.map((p) => p.prompt)).toEqual([
      'AWS Access Key ID [None]: ',
      'AWS Secret Access Key [None]: ',
      'Default region name [None]: ',
      'Default output format [None]: ',
    ]);
    expect(sandbox.readFile('~/.aws/credentials')).toContain(`aws_access_key_id = ${KEY}`);
    expect(sandbox.fileMode('~/.aws/credentials')).toBe(0o600);
    expect(sandbox.fileMode('~/.aws/config')).toBe(0o600);
    expect((await sandbox.run('ls -l ~/.aws/credentials | cut -c1-10')).stdout).toBe('-rw-------\n');
  });

  test('a here-doc, a pipe or </dev/null feed aws from stdin instead of the prompt channel', async () => {
    const sandbox = await createSandbox();
    const { prompts, readLine } = answering(['never used']);
    const heredoc = await sandbox.run(`aws configure <<EOF\n${KEY}\n${SECRET}\neu-west-1\n\nEOF`, {
      readLine,
    });
    expect(heredoc.exitCode).toBe(0);
    expect(heredoc.stdout).toContain('AWS Access Key ID [None]: ');
    const piped = await sandbox.run("printf '\\n\\nus-west-2\\n\\n' | aws configure", { readLine });
    expect(piped.exitCode).toBe(0);
    await sandbox.run('aws configure < /dev/null', { readLine });
    expect(prompts).toEqual([]);
    expect(sandbox.readFile('~/.aws/config')).toContain('region = us-west-2');
  });

  test('aws sees only exported variables', async () => {
    const sandbox = await createSandbox({
      files: {
        '~/.aws/credentials': {
          content: `[default]\naws_access_key_id = ${KEY}\naws_secret_access_key = ${SECRET}\n`,
          mode: 0o600,
        },
      },
    });
    await sandbox.run('AWS_PROFILE=missing');
    expect((await sandbox.run('aws sts get-caller-identity --query Account --output text')).stdout).toBe(
      '123456789012\n',
    );
    await sandbox.run('export AWS_PROFILE');
    const exported = await sandbox.run('aws sts get-caller-identity');
    expect(exported.exitCode).not.toBe(0);
    expect(exported.stderr).toContain('missing');
  });

  test('Ctrl+C while aws waits for an answer ends with 130 and the session stays usable', async () => {
    const sandbox = await createSandbox();
    const controller = new AbortController();
    const pending = sandbox.run('aws configure', {
      signal: controller.signal,
      readLine: () => new Promise<string | null>(() => {}),
    });
    setTimeout(() => controller.abort(), 20);
    const result = await pending;
    expect(result.exitCode).toBe(130);
    expect(await sandbox.run('echo $?; echo ok')).toMatchObject({ stdout: '130\nok\n', exitCode: 0 });
    expect(sandbox.history().map((h) => h.exitCode)).toEqual([130, 0]);
  });
});
