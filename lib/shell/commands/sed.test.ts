// sed over just-bash's: -i SUFFIX backups, GNU's messages for missing files and unterminated s commands.
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../index';
import { unterminatedS } from './sed';

describe('sed', () => {
  test('an s command needs its three delimiters, escaped ones do not count', () => {
    for (const bad of ['s/a/b', '1s/a', 's|a|b', 's/a\\/b/c', 's/a/b/;s/c', '/x/s/a'])
      expect(unterminatedS(bad), bad).toBe(true);
    for (const good of ['s/a/b/', 's/;/,/;s/a/b/', '/a/s/a/x/g', '$d', 'y/a/b/', '2,4p', 's/a\\/b/c/'])
      expect(unterminatedS(good), good).toBe(false);
  });

  test('-i.bak keeps the original beside the edited file with its mode', async () => {
    const sandbox = await createSandbox({ files: { '~/f': { content: 'one\n', mode: 0o600 } } });
    await sandbox.run('sed -i.bak s/one/two/ f');
    expect(sandbox.readFile('~/f')).toBe('two\n');
    expect(sandbox.readFile('~/f.bak')).toBe('one\n');
    expect(sandbox.fileMode('~/f.bak')).toBe(0o600);
  });

  test('messages as GNU sed words them', async () => {
    const sandbox = await createSandbox();
    expect(await sandbox.run('sed p nope')).toMatchObject({
      stderr: "sed: can't read nope: No such file or directory\n",
      exitCode: 2,
    });
    expect(await sandbox.run('echo a | sed -e p -e s/a')).toMatchObject({
      stdout: '',
      stderr: "sed: -e expression #2, char 3: unterminated `s' command\n",
      exitCode: 1,
    });
  });
});
