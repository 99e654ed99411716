// AST rewrites run before each input: each expectation taken from /bin/bash 5.2.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';

async function lines(...inputs: string[]) {
  const sandbox = await createSandbox();
  let last = { stdout: '', stderr: '' };
  for (const input of inputs) last = await sandbox.run(input);
  return last;
}

describe('an alias ending in a blank expands the next word too', () => {
  test('the word after the alias, not the alias value', async () => {
    expect((await lines("alias run='echo run: '", 'alias x=xargs', 'run x')).stdout).toBe('run: xargs\n');
  });

  test('the chain goes on while values end in a blank, and stops at one that does not', async () => {
    const result = await lines("alias e='echo '", "alias ll='ls -l'", "alias x='X '", 'e ll x', 'e x ll x');
    expect(result.stdout).toBe('X ls -l x\n');
  });

  test('a quoted word and an alias without the blank are left alone', async () => {
    expect((await lines("alias e='echo '", "alias ll='ls -l'", "e 'll'; e ll ll")).stdout).toBe(
      'll\nls -l ll\n',
    );
  });
});
