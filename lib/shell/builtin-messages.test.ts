// `[`/`test` error texts and sourced-file prefixes, each expectation taken from /bin/bash 5.2.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import { testMessage } from './builtin-messages';

async function run(line: string, setup: string[] = []) {
  const sandbox = await createSandbox();
  for (const l of setup) await sandbox.run(l);
  return sandbox.run(line);
}

describe('[ and test', () => {
  test.each([
    ['[ abc -gt 1 ]', 'bash: [: abc: integer expression expected\n'],
    ['[ 1 -lt x ]', 'bash: [: x: integer expression expected\n'],
    ['test a -ge 2', 'bash: test: a: integer expression expected\n'],
    ['[ 1 -eq ]', 'bash: [: 1: unary operator expected\n'],
    ['[ a = ]', 'bash: [: a: unary operator expected\n'],
    ['[ 2 -gt 1 -a b -gt 1 ]', 'bash: [: b: integer expression expected\n'],
    ['[ x', "bash: [: missing `]'\n"],
  ])('%s', async (line, stderr) => {
    expect(await run(`${line}; echo $?`)).toMatchObject({ stdout: '2\n', stderr });
  });

  test('valid expressions print nothing, whatever their result', async () => {
    expect(
      await run('[ " 3 " -gt 1 ]; echo $?; [ -5 -lt +3 ]; echo $?; [ -n ]; echo $?; [ ! x ]; echo $?'),
    ).toMatchObject({
      stdout: '0\n0\n0\n1\n',
      stderr: '',
    });
  });

  test('testMessage finds the operand bash names', () => {
    expect(testMessage(['1', '-eq', '2'])).toBeNull();
    expect(testMessage(['-z', 'x'])).toBeNull();
    expect(testMessage(['x', '-eq', ' 7 '])).toBe('x: integer expression expected');
    // Operands are 64-bit: one past the largest is not an integer to `test`.
    expect(testMessage(['9223372036854775807', '-gt', '-9223372036854775808'])).toBeNull();
    expect(testMessage(['9223372036854775808', '-gt', '1'])).toBe(
      '9223372036854775808: integer expression expected',
    );
  });
});

describe('errors inside a sourced file', () => {
  const credentials = "printf '[default]\\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\\n' > ~/.aws-creds";

  test('the interactive shell keeps the bash: prefix, as real interactive bash does', async () => {
    expect((await run('source ~/.aws-creds', [credentials])).stderr).toBe(
      'bash: [default]: command not found\nbash: aws_access_key_id: command not found\n',
    );
  });

  test('a script run with bash names the sourced file or the script as given, and the line', async () => {
    const result = await run('bash script.sh', [
      credentials,
      "echo 'source ~/.aws-creds; cd /nope' > script.sh",
    ]);
    expect(result.stderr).toBe(
      '/home/learner/.aws-creds: line 1: [default]: command not found\n' +
        '/home/learner/.aws-creds: line 2: aws_access_key_id: command not found\n' +
        'script.sh: line 1: cd: /nope: No such file or directory\n',
    );
  });
});

describe('other builtins, as /bin/bash 5.2 answers', () => {
  test.each([
    ['printf "%d\\n" abc', '0\n', 'bash: printf: abc: invalid number\n', 1],
    ['shopt -s nosuch', '', 'bash: shopt: nosuch: invalid shell option name\n', 1],
    ['unalias nope', '', 'bash: unalias: nope: not found\n', 1],
    ['set -o nosuch', '', 'bash: set: nosuch: invalid option name\n', 2],
    ['unset OLDPWD; cd -', '', 'bash: cd: OLDPWD not set\n', 1],
    ['break', '', "bash: break: only meaningful in a `for', `while', or `until' loop\n", 0],
    ['unset 1x', '', '', 0],
    ['unset -v 1x', '', "bash: unset: `1x': not a valid identifier\n", 1],
  ])('%s', async (line, stdout, stderr, status) => {
    expect(await run(`${line}; echo "status $?"`)).toMatchObject({
      stdout: `${stdout}status ${status}\n`,
      stderr,
    });
  });

  test('break inside a loop and a function named like a builtin keep their own behaviour', async () => {
    expect((await run('for i in 1 2; do echo $i; break; done')).stdout).toBe('1\n');
    expect(await run('printf() { echo "mine: $1" >&2; }; printf x')).toMatchObject({ stderr: 'mine: x\n' });
  });
});
