// The saved-state validator: each kind of damage is named by where it is, and a good snapshot comes back clean.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import { validateSnapshot } from './validate-snapshot';

async function goodSnapshot() {
  const sandbox = await createSandbox({
    files: { '~/.aws/credentials': { content: '[default]\n', mode: 0o600 } },
  });
  await sandbox.run('X=1; export Y=2; ln -s .aws/credentials ~/link');
  return JSON.parse(JSON.stringify(sandbox.snapshot()));
}

describe('validateSnapshot', () => {
  test('drops keys it does not know and keeps everything else', async () => {
    const good = await goodSnapshot();
    const result = validateSnapshot({ ...good, extra: 1, account: { ...good.account, note: 'x' } });
    expect(result).toEqual({ ok: true, snapshot: good });
  });

  test.each([
    ['version', (s: Record<string, unknown>) => ({ ...s, version: 2 }), 'version: expected 1'],
    [
      'an unknown entry type',
      (s: Record<string, unknown>) => ({ ...s, files: { ...(s.files as object), '/x': { type: 'fifo' } } }),
      'files./x.type: expected "file", "directory" or "symlink"',
    ],
    [
      'a file under a file',
      (s: Record<string, unknown>) => ({
        ...s,
        files: { ...(s.files as object), '/etc/hostname/x': { type: 'file', content: '', mode: 420 } },
      }),
      'files./etc/hostname/x: parent is not a directory',
    ],
    [
      'an account id that is not 12 digits',
      (s: Record<string, unknown>) => ({ ...s, account: { ...(s.account as object), accountId: '12' } }),
      'account.accountId: expected 12 digits',
    ],
    [
      'a history entry without a command',
      (s: Record<string, unknown>) => ({ ...s, history: [{ exitCode: 0 }] }),
      'history.0.command: expected a string',
    ],
    [
      'a variable that is not text',
      (s: Record<string, unknown>) => ({ ...s, variables: { X: 1 } }),
      'variables.X: expected a string',
    ],
  ])('names the problem: %s', async (_label, damage, message) => {
    const result = validateSnapshot(damage(await goodSnapshot()));
    expect(result).toEqual({ ok: false, error: `invalid sandbox snapshot: ${message}` });
  });
});
