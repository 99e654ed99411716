import { describe, expect, test } from 'vitest';
import { createSandbox, parseSnapshot } from './index';

async function busySandbox() {
  const sandbox = await createSandbox();
  for (const line of [
    'mkdir -p ~/.aws ~/empty/inner; chmod 700 ~/empty',
    "printf '[default]\\nregion = eu-west-1\\n' > ~/.aws/config; chmod 600 ~/.aws/config",
    'echo AAH+/w== | base64 -d > ~/blob.bin',
    'ln -s .aws/config ~/link',
    'export AWS_PROFILE=dev; NOTE="two words"; cd ~/.aws',
    'false',
  ]) {
    await sandbox.run(line);
  }
  return sandbox;
}

describe('snapshot and restore', () => {
  test('a snapshot is plain JSON that restores exactly the same state', async () => {
    const sandbox = await busySandbox();
    const snapshot = sandbox.snapshot();
    const json = JSON.parse(JSON.stringify(snapshot));
    expect(json).toEqual(snapshot);
    const restored = await createSandbox({ snapshot: json });
    expect(restored.snapshot()).toEqual(snapshot);
    expect(restored.cwd()).toBe('/home/learner/.aws');
    expect(restored.exportedEnv().AWS_PROFILE).toBe('dev');
    expect(restored.shellVariables().NOTE).toBe('two words');
    expect(restored.history()).toEqual(sandbox.history());
  });

  test('modes, empty directories, symlinks and binary files survive', async () => {
    const snapshot = (await busySandbox()).snapshot();
    expect(snapshot.files['/home/learner/.aws/config']).toEqual({
      type: 'file',
      content: '[default]\nregion = eu-west-1\n',
      mode: 0o600,
    });
    expect(snapshot.files['/home/learner/empty']).toEqual({ type: 'directory', mode: 0o700 });
    expect(snapshot.files['/home/learner/empty/inner']).toEqual({ type: 'directory', mode: 0o755 });
    expect(snapshot.files['/home/learner/link']).toEqual({ type: 'symlink', target: '.aws/config' });
    expect(snapshot.files['/home/learner/blob.bin']).toMatchObject({ type: 'file', encoding: 'base64' });
    const restored = await createSandbox({ snapshot });
    expect((await restored.run('wc -c < ~/blob.bin; base64 ~/blob.bin')).stdout).toBe('4\nAAH+/w==\n');
    expect((await restored.run('cat ~/link; stat -c %a ~/empty')).stdout).toBe(
      '[default]\nregion = eu-west-1\n700\n',
    );
  });

  test('restored sessions keep the export attribute', async () => {
    const restored = await createSandbox({ snapshot: (await busySandbox()).snapshot() });
    expect((await restored.run('env | grep -c NOTE; echo $NOTE')).stdout).toBe('0\ntwo words\n');
    expect((await restored.run('env | grep ^AWS_PROFILE=')).stdout).toBe('AWS_PROFILE=dev\n');
  });

  test('command placeholders stay out of snapshots yet the commands still run after restore', async () => {
    const snapshot = (await createSandbox()).snapshot();
    expect(Object.keys(snapshot.files).filter((p) => p.startsWith('/usr/bin/'))).toEqual([]);
    const restored = await createSandbox({ snapshot });
    expect(await restored.run('ls /etc/hostname; which aws')).toMatchObject({
      stdout: '/etc/hostname\n/usr/bin/aws\n',
      exitCode: 0,
    });
  });
});

describe('parseSnapshot', () => {
  test('accepts a real snapshot', async () => {
    const snapshot = (await busySandbox()).snapshot();
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual({ ok: true, snapshot });
  });

  test.each([
    ['null', null, 'expected an object'],
    ['a string', 'skillshell', 'expected an object'],
    ['a wrong format', { format: 'other' }, 'format'],
  ])('rejects %s', (_label, value, where) => {
    const result = parseSnapshot(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(where);
  });

  test('rejects paths that escape, bad modes, bad base64, a missing cwd and bad variable names', async () => {
    const good = (await busySandbox()).snapshot();
    const cases: [string, unknown][] = [
      [
        'files',
        { ...good, files: { ...good.files, '/home/../etc/x': { type: 'file', content: '', mode: 0o644 } } },
      ],
      ['mode', { ...good, files: { ...good.files, '/x': { type: 'file', content: '', mode: 70000 } } }],
      [
        'base64',
        {
          ...good,
          files: { ...good.files, '/x': { type: 'file', content: '@@', encoding: 'base64', mode: 1 } },
        },
      ],
      ['cwd', { ...good, cwd: '/nowhere' }],
      ['exported', { ...good, exported: { 'NOT A NAME': 'x' } }],
      ['history', { ...good, history: [{ command: 'ls', exitCode: -1 }] }],
    ];
    for (const [where, value] of cases) {
      const result = parseSnapshot(value);
      expect(result, where).toMatchObject({ ok: false });
      if (!result.ok) expect(result.error, where).toContain(where);
    }
  });

  test('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      undefined,
      0,
      [],
      () => 1,
      { files: null },
      Object.create(null),
      new Proxy({}, {}),
    ];
    for (const value of weird) expect(() => parseSnapshot(value)).not.toThrow();
  });
});
