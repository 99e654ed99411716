import { describe, expect, test } from 'vitest';
import { makeState } from '../testing/snapshot';
import { fileMode, symbolicMode } from './file-mode';

const check = fileMode({ id: 'm', label: 'private', path: '~/.aws/credentials', mode: 0o600 });

describe('fileMode', () => {
  test('passes at exactly 600', async () => {
    const state = makeState({ files: { '~/.aws/credentials': { content: '', mode: 0o600 } } });
    expect(await check.run(state)).toEqual({ pass: true });
  });

  test('explains a world-readable file and gives the chmod', async () => {
    const state = makeState({ files: { '~/.aws/credentials': { content: '', mode: 0o644 } } });
    expect(await check.run(state)).toEqual({
      pass: false,
      message:
        '`~/.aws/credentials` has mode 644 (`rw-r--r--`): other users can read it. Expected 600 (`rw-------`): `chmod 600 ~/.aws/credentials`.',
    });
  });

  test('mentions changing when others can write, and nothing extra when only the owner differs', async () => {
    const writable = makeState({ files: { '~/.aws/credentials': { content: '', mode: 0o666 } } });
    expect((await check.run(writable)) as { message: string }).toMatchObject({
      message: expect.stringContaining('other users can read and change it'),
    });
    const ownerOnly = makeState({ files: { '~/.aws/credentials': { content: '', mode: 0o400 } } });
    expect(await check.run(ownerOnly)).toEqual({
      pass: false,
      message:
        '`~/.aws/credentials` has mode 400 (`r--------`). Expected 600 (`rw-------`): `chmod 600 ~/.aws/credentials`.',
    });
  });

  test('a missing file fails with its own message', async () => {
    expect(await check.run(makeState())).toEqual({
      pass: false,
      message: '`~/.aws/credentials` does not exist.',
    });
  });

  test('symbolicMode spells the nine bits', () => {
    expect(symbolicMode(0o755)).toBe('rwxr-xr-x');
    expect(symbolicMode(0o600)).toBe('rw-------');
  });
});
