import { describe, expect, test } from 'vitest';
import { makeState } from '../testing/snapshot';
import { fileExists } from './file-exists';

const check = fileExists({ id: 'c', label: 'credentials exist', path: '~/.aws/credentials' });

describe('fileExists', () => {
  test('passes for a regular file, also through a symlink', async () => {
    expect(await check.run(makeState({ files: { '~/.aws/credentials': '[default]\n' } }))).toEqual({
      pass: true,
    });
    const linked = makeState({
      files: { '~/real': 'x', '~/.aws/credentials': { symlink: '/home/learner/real' } },
    });
    expect(await check.run(linked)).toEqual({ pass: true });
  });

  test('names the missing file with a tilde path', async () => {
    expect(await check.run(makeState())).toEqual({
      pass: false,
      message: '`~/.aws/credentials` does not exist yet.',
    });
  });

  test('says when the path is a directory', async () => {
    const state = makeState({ files: { '~/.aws/credentials/x': 'y' } });
    expect(await check.run(state)).toEqual({
      pass: false,
      message: '`~/.aws/credentials` is a directory; a file is expected here.',
    });
  });

  test('resolves relative paths against the cwd', async () => {
    const rel = fileExists({ id: 'r', label: 'r', path: 'notes.txt' });
    expect(await rel.run(makeState({ cwd: '/tmp', files: { '/tmp/notes.txt': 'x' } }))).toEqual({
      pass: true,
    });
    expect((await rel.run(makeState({ files: { '/tmp/notes.txt': 'x' } }))).pass).toBe(false);
  });
});
