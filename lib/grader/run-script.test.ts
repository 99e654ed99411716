import { describe, expect, test } from 'vitest';
import type { RunOptions, Sandbox } from '../shell/types';
import { runScript } from './run-script';

/** A stand-in sandbox: a line is complete unless it ends with `\`; `ask` prompts twice; `fail` exits 3. */
function fakeSandbox() {
  const ran: string[] = [];
  const sandbox = {
    isComplete: (input: string) => !input.endsWith('\\'),
    async run(input: string, options?: RunOptions) {
      ran.push(input);
      if (input === 'ask') {
        const a = await options?.readLine?.({ prompt: 'First: ', echo: true });
        const b = await options?.readLine?.({ prompt: 'Second: ', echo: true });
        return { stdout: `got ${a} and ${b}\n`, stderr: '', exitCode: 0, effects: [] };
      }
      if (input === 'fail') return { stdout: '', stderr: 'failed\n', exitCode: 3, effects: [] };
      return { stdout: `${input}\n`, stderr: '', exitCode: 0, effects: [] };
    },
  } as unknown as Sandbox;
  return { sandbox, ran };
}

describe('runScript', () => {
  test('prompts read the following lines, which are then not run', async () => {
    const { sandbox, ran } = fakeSandbox();
    const result = await runScript(sandbox, 'ask\none\ntwo\necho after\n');
    expect(ran).toEqual(['ask', 'echo after']);
    expect(result).toEqual({
      stdout: 'First: Second: got one and two\necho after\n',
      stderr: '',
      exitCode: 0,
    });
  });

  test('incomplete input gathers more lines; blank lines are skipped; last status wins', async () => {
    const { sandbox, ran } = fakeSandbox();
    const result = await runScript(sandbox, 'echo a \\\nb\n\nfail\n');
    expect(ran).toEqual(['echo a \\\nb', 'fail']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe('failed\n');
  });

  test('a prompt at the end of the script sees end of input', async () => {
    const { sandbox } = fakeSandbox();
    expect((await runScript(sandbox, 'ask\nonly')).stdout).toBe('First: Second: got only and null\n');
  });
});
