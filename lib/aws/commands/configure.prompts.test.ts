// aws configure's questions through the prompt channel and through piped stdin.
import { describe, expect, test } from 'vitest';
import type { PromptRequest } from '../types';
import { aws, SAMPLE_KEYS } from '../testing/run';

function answers(...lines: (string | null)[]) {
  const asked: PromptRequest[] = [];
  const readLine = async (request: PromptRequest) => {
    asked.push(request);
    return lines.length ? lines.shift()! : null;
  };
  return { asked, readLine };
}

const CREDENTIALS = `[default]\naws_access_key_id = ${SAMPLE_KEYS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY}\n`;

describe('aws configure through the prompt channel', () => {
  test('asks four echoed questions through readLine and keeps the prompts out of stdout', async () => {
    const { asked, readLine } = answers(
      SAMPLE_KEYS.AWS_ACCESS_KEY_ID,
      SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY,
      'eu-west-1',
      'json',
    );
    const result = await aws(['configure'], { readLine });
    expect(asked).toEqual([
      { prompt: 'AWS Access Key ID [None]: ', echo: true },
      { prompt: 'AWS Secret Access Key [None]: ', echo: true },
      { prompt: 'Default region name [None]: ', echo: true },
      { prompt: 'Default output format [None]: ', echo: true },
    ]);
    expect(result).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(result.fs.dump('/home/learner')).toEqual({
      '.aws': { type: 'directory', mode: 0o755 },
      '.aws/config': { content: '[default]\nregion = eu-west-1\noutput = json\n', mode: 0o600 },
      '.aws/credentials': { content: CREDENTIALS, mode: 0o600 },
    });
  });

  test('shows existing keys masked and writes nothing when every answer is empty', async () => {
    const { asked, readLine } = answers('', '', '', '');
    const result = await aws(['configure'], {
      readLine,
      files: { '.aws/credentials': { content: CREDENTIALS, mode: 0o640 } },
    });
    expect(asked.map((a) => a.prompt)).toEqual([
      'AWS Access Key ID [****************MPLE]: ',
      'AWS Secret Access Key [****************EKEY]: ',
      'Default region name [None]: ',
      'Default output format [None]: ',
    ]);
    expect(result.fs.writes).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  test('end of input at the third question writes nothing and fails like Python input()', async () => {
    const { readLine } = answers(SAMPLE_KEYS.AWS_ACCESS_KEY_ID, SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY, null);
    const result = await aws(['configure'], { readLine });
    expect(result).toMatchObject({ stdout: '', stderr: '\nEOF when reading a line\n', exitCode: 255 });
    expect(result.fs.dump('/home/learner')).toEqual({});
  });

  test('with piped stdin the prompts go to stdout without the answers', async () => {
    const result = await aws(['configure', '--profile', 'dev'], {
      stdin: 'AKIAI44QH8DHBEXAMPLE\nsecret\n\n\n',
    });
    expect(result.stdout).toBe(
      'AWS Access Key ID [None]: AWS Secret Access Key [None]: Default region name [None]: Default output format [None]: ',
    );
    expect(await result.fs.readFile('/home/learner/.aws/credentials')).toBe(
      '[dev]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = secret\n',
    );
    // Only keys changed, yet the CLI still creates the config file with the profile's header.
    expect(await result.fs.readFile('/home/learner/.aws/config')).toBe('[profile dev]\n');
  });
});
