// Interpreter state across lines, like interactive bash: functions, arrays, attributes, aliases, options.
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

async function lines(script: string[]) {
  const sandbox = await createSandbox();
  const out = [];
  for (const line of script) out.push(await sandbox.run(line));
  return { sandbox, out };
}

describe('interpreter state across lines', () => {
  test('indexed arrays, declare -a and read -a', async () => {
    const { out } = await lines([
      'fruits=(apple banana); declare -a more=(x y z); read -a words <<< "one two"',
      'fruits+=(cherry); echo ${#fruits[@]} ${fruits[2]} ${more[1]} ${words[1]}',
    ]);
    expect(out[1]?.stdout).toBe('3 cherry y two\n');
  });

  test('associative arrays keep their kind; integer variables keep adding', async () => {
    const { out } = await lines([
      'declare -A m; m[a]=1; declare -i n=1',
      'm[b]=2; n+=1',
      'echo ${!m[@]} ${m[b]} $n',
    ]);
    expect(out[2]?.stdout).toBe('a b 2 2\n');
  });

  test('readonly stays readonly (bash abandons the rest of the line)', async () => {
    const { out } = await lines(['readonly R=1', 'R=2; echo $R', 'echo $R']);
    expect(out[1]).toMatchObject({ stdout: '', stderr: 'bash: R: readonly variable\n' });
    expect(out[2]?.stdout).toBe('1\n');
  });

  test('aliases are expanded on later lines and listed sorted by name, as bash does', async () => {
    const { out } = await lines([
      "alias hi='echo hello' b='ls -l'; alias a=pwd",
      'hi there',
      'alias',
      'alias hi',
    ]);
    expect(out[1]?.stdout).toBe('hello there\n');
    expect(out[2]?.stdout).toBe("alias a='pwd'\nalias b='ls -l'\nalias hi='echo hello'\n");
    expect(out[3]?.stdout).toBe("alias hi='echo hello'\n");
  });

  test('functions defined in a sourced file or inside if stay callable', async () => {
    const { out } = await lines([
      "echo 'lib() { echo from-lib; }' > lib.sh; source lib.sh",
      'if true; then inside() { echo from-if; }; fi',
      'lib; inside',
    ]);
    expect(out[2]).toMatchObject({ stdout: 'from-lib\nfrom-if\n', exitCode: 0 });
  });

  test('set -a on one line exports what later lines assign, until set +a', async () => {
    const { out, sandbox } = await lines([
      'set -a',
      'A=1',
      'set +o allexport',
      'B=2',
      'env | grep -E "^(A|B)="',
    ]);
    expect(out[4]?.stdout).toBe('A=1\n');
    expect(sandbox.exportedEnv().A).toBe('1');
    expect(sandbox.shellVariables().B).toBe('2');
  });

  test('exports inside a pipeline or a subshell do not reach the shell; a sourced export does', async () => {
    const { sandbox } = await lines([
      'export P=1 | cat',
      '( export S=1 )',
      "echo 'export F=1' > f.sh; . ./f.sh",
    ]);
    expect(sandbox.exportedEnv()).toMatchObject({ F: '1' });
    expect(sandbox.exportedEnv().P).toBeUndefined();
    expect(sandbox.exportedEnv().S).toBeUndefined();
  });

  test('a child shell does not inherit arrays or functions', async () => {
    const { out } = await lines(['a=(1 2); f() { echo f; }', 'bash -c \'echo "[${a[1]}]"; f\'']);
    expect(out[1]).toMatchObject({ stdout: '[]\n', stderr: 'bash: f: command not found\n' });
  });

  test('a new session forgets arrays, aliases and options', async () => {
    const { sandbox } = await lines(['a=(1 2); set -a']);
    sandbox.newSession();
    expect((await sandbox.run('echo "${#a[@]}"; B=1; env | grep -c ^B=')).stdout).toBe('0\n0\n');
  });
});
