import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';

async function lines(script: string[]) {
  const sandbox = await createSandbox();
  const results = [];
  for (const line of script) results.push(await sandbox.run(line));
  return { sandbox, results };
}

describe('shell state across lines', () => {
  test('an unexported variable is invisible to env on the next line but expands', async () => {
    const { results } = await lines(['X=1', 'env | grep ^X=', 'echo $X']);
    expect(results[1]).toMatchObject({ stdout: '', exitCode: 1 });
    expect(results[2]?.stdout).toBe('1\n');
  });

  test('export on a later line exports the existing value', async () => {
    const { results, sandbox } = await lines(['X=1', 'export X', 'env | grep ^X=']);
    expect(results[2]?.stdout).toBe('X=1\n');
    expect(sandbox.exportedEnv().X).toBe('1');
    expect(sandbox.shellVariables().X).toBeUndefined();
  });

  test('unset removes both kinds of variables', async () => {
    const { sandbox } = await lines(['export A=1 B=2; C=3', 'unset A C']);
    expect(sandbox.exportedEnv()).toMatchObject({ B: '2' });
    expect(sandbox.exportedEnv().A).toBeUndefined();
    expect(sandbox.shellVariables().C).toBeUndefined();
  });

  test('source sets unexported variables', async () => {
    const { results, sandbox } = await lines([
      "printf 'aws_access_key_id=AKIAIOSFODNN7EXAMPLE\\n' > creds",
      'source creds',
      'echo $aws_access_key_id; env | grep -c aws_',
    ]);
    expect(results[2]?.stdout).toBe('AKIAIOSFODNN7EXAMPLE\n0\n');
    expect(sandbox.shellVariables().aws_access_key_id).toBe('AKIAIOSFODNN7EXAMPLE');
  });

  test('declare -x exports and export -n unexports', async () => {
    const { sandbox } = await lines(['declare -x D=4', 'export E=5', 'export -n E']);
    expect(sandbox.exportedEnv().D).toBe('4');
    expect(sandbox.exportedEnv().E).toBeUndefined();
    expect(sandbox.shellVariables().E).toBe('5');
  });

  test('cwd, OLDPWD and $? carry over', async () => {
    const { results, sandbox } = await lines(['cd /tmp', 'pwd', 'cd -', 'false', 'echo $?']);
    expect(results[1]?.stdout).toBe('/tmp\n');
    expect(results[2]?.stdout).toBe('/home/learner\n');
    expect(results[4]?.stdout).toBe('1\n');
    expect(sandbox.cwd()).toBe('/home/learner');
    expect(sandbox.exportedEnv().OLDPWD).toBe('/tmp');
  });

  test('a child bash sees only exported variables', async () => {
    const { results } = await lines(['A=1; export B=2', 'bash -c \'echo "[$A][$B]"\'']);
    expect(results[1]?.stdout).toBe('[][2]\n');
  });

  test('the login environment is a real one', async () => {
    const { results, sandbox } = await lines(['echo $HOME $USER $SHELL $HOSTNAME; pwd']);
    expect(results[0]?.stdout).toBe('/home/learner learner /bin/bash skillshell\n/home/learner\n');
    expect(sandbox.exportedEnv()).toMatchObject({
      LOGNAME: 'learner',
      PATH: expect.stringContaining('/usr/bin'),
    });
  });
});

describe('host effects and history', () => {
  test('nano opens an absolute path, clear clears', async () => {
    const { results } = await lines(['cd /tmp', 'nano notes.txt', 'clear']);
    expect(results[1]?.effects).toEqual([{ type: 'open-editor', path: '/tmp/notes.txt' }]);
    expect(results[2]?.effects).toEqual([{ type: 'clear' }]);
  });

  test('an editor without a file or on a directory is an error', async () => {
    const { results } = await lines(['vim', 'code /tmp']);
    expect(results[0]?.exitCode).toBe(2);
    expect(results[0]?.stderr).toContain('vim: missing file operand');
    expect(results[1]).toMatchObject({ exitCode: 1, stderr: 'code: /tmp: Is a directory\n', effects: [] });
  });

  test('history numbers each non-empty line with its exit status', async () => {
    const { results, sandbox } = await lines(['echo a', '', '   ', 'false', 'history']);
    expect(results[4]?.stdout).toBe('    1  echo a\n    2  false\n    3  history\n');
    expect(sandbox.history()).toEqual([
      { command: 'echo a', exitCode: 0 },
      { command: 'false', exitCode: 1 },
      { command: 'history', exitCode: 0 },
    ]);
  });

  test('network and other runtimes are unavailable with exit 127', async () => {
    const { results } = await lines(['curl https://example.com', 'python3 -c 1']);
    expect(results[0]).toMatchObject({
      stderr: 'curl: not available in this sandbox (no network or other runtimes here)\n',
      exitCode: 127,
    });
    expect(results[1]?.exitCode).toBe(127);
  });

  test('host commands run with the sandbox', async () => {
    const sandbox = await createSandbox({
      hostCommands: {
        check: async (args, { sandbox: sb }) => ({
          stdout: `${args.join(',')} ${sb.cwd()}\n`,
          stderr: '',
          exitCode: 3,
        }),
      },
    });
    expect(await sandbox.run('check a b')).toMatchObject({ stdout: 'a,b /home/learner\n', exitCode: 3 });
  });

  test('addHostCommand adds or replaces a command and keeps functions, variables, cwd and records', async () => {
    const { sandbox } = await lines(['greet() { echo "hi $1"; }; X=1; export Y=2; cd /tmp', 'printenv Y']);
    const before = sandbox.records();
    sandbox.addHostCommand('check', async (args) => ({
      stdout: `one ${args.join(' ')}\n`,
      stderr: '',
      exitCode: 0,
    }));
    expect((await sandbox.run('check a')).stdout).toBe('one a\n');
    sandbox.addHostCommand('check', async () => ({ stdout: 'two\n', stderr: '', exitCode: 4 }));
    expect(await sandbox.run('check; echo $?')).toMatchObject({ stdout: 'two\n4\n' });
    expect((await sandbox.run('greet you; echo $X $Y; pwd')).stdout).toBe('hi you\n1 2\n/tmp\n');
    expect((await sandbox.run('type check')).stdout).toBe('check is /usr/bin/check\n');
    const records = sandbox.records();
    expect(records.slice(0, before.length)).toEqual(before);
    expect(records.slice(before.length).map((r) => r.argv.join(' '))).toEqual(['check a', 'check']);
  });
});

describe('setup', () => {
  test('files, env and cwd from options', async () => {
    const sandbox = await createSandbox({
      files: { '~/.aws/credentials': { content: '[default]\n', mode: 0o600 }, 'notes/a.txt': 'hi\n' },
      env: { AWS_PROFILE: 'dev' },
      cwd: '~/notes',
    });
    expect(sandbox.fileMode('~/.aws/credentials')).toBe(0o600);
    expect(sandbox.readFile('/home/learner/notes/a.txt')).toBe('hi\n');
    expect(sandbox.cwd()).toBe('/home/learner/notes');
    expect((await sandbox.run('cat a.txt; echo $AWS_PROFILE')).stdout).toBe('hi\ndev\n');
    expect(sandbox.listDirectory('~')).toEqual(['.aws', 'notes']);
  });

  test('newSession drops variables and goes home but keeps files and history', async () => {
    const { sandbox } = await lines(['export A=1; B=2; cd /tmp; echo x > /tmp/f']);
    sandbox.newSession();
    expect(sandbox.exportedEnv().A).toBeUndefined();
    expect(sandbox.shellVariables()).toEqual({});
    expect(sandbox.cwd()).toBe('/home/learner');
    expect(sandbox.readFile('/tmp/f')).toBe('x\n');
    expect(sandbox.history()).toHaveLength(1);
  });
});
