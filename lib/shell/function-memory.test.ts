// Functions defined on one line are callable on the next, like interactive bash.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';

describe('shell functions across lines', () => {
  test('a function defined on one line runs on the next, and can call another', async () => {
    const sandbox = await createSandbox();
    await sandbox.run('greet() { echo "hello $1"; }');
    await sandbox.run('function twice { greet "$1"; greet "$1"; }');
    const result = await sandbox.run('twice learner');
    expect(result).toMatchObject({ stdout: 'hello learner\nhello learner\n', stderr: '', exitCode: 0 });
  });

  test('unset -f forgets a function; redefining replaces it', async () => {
    const sandbox = await createSandbox();
    await sandbox.run('f() { echo one; }');
    await sandbox.run('f() { echo two; }');
    expect((await sandbox.run('f')).stdout).toBe('two\n');
    await sandbox.run('unset -f f');
    expect(await sandbox.run('f')).toMatchObject({
      stdout: '',
      stderr: 'bash: f: command not found\n',
      exitCode: 127,
    });
  });

  test('a new session starts without the functions of the old one', async () => {
    const sandbox = await createSandbox();
    await sandbox.run('f() { echo still here; }');
    sandbox.newSession();
    expect((await sandbox.run('f')).exitCode).toBe(127);
  });

  test('input that does not parse defines nothing', async () => {
    const sandbox = await createSandbox();
    await sandbox.run('f() { echo x; ');
    expect((await sandbox.run('f')).exitCode).toBe(127);
  });
});
