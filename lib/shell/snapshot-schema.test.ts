// The saved-state validator: each kind of damage is named by where it is, and a good snapshot comes back clean.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import { validateSnapshot } from './snapshot-schema';

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
    [
      'a path that is not normalised',
      (s: Record<string, unknown>) => ({
        ...s,
        files: { ...(s.files as object), '/home/../x': { type: 'directory', mode: 493 } },
      }),
      'files./home/../x: must be a normalised absolute path',
    ],
    [
      'binary content that is not base64',
      (s: Record<string, unknown>) => ({
        ...s,
        files: {
          ...(s.files as object),
          '/x': { type: 'file', content: '%%', encoding: 'base64', mode: 420 },
        },
      }),
      'files./x: invalid base64 content',
    ],
    [
      'a cwd that is not a directory',
      (s: Record<string, unknown>) => ({ ...s, cwd: '/etc/hostname' }),
      'cwd: cwd is not a directory in files',
    ],
    [
      'an access key status AWS does not have',
      (s: Record<string, unknown>) => {
        const account = structuredClone(s.account) as { users: { accessKeys: { status?: string }[] }[] };
        account.users[0]!.accessKeys[0]!.status = 'Paused';
        return { ...s, account };
      },
      'account.users.0.accessKeys.0.status: expected one of Active, Inactive',
    ],
  ])('names the problem: %s', async (_label, damage, message) => {
    const result = validateSnapshot(damage(await goodSnapshot()));
    expect(result).toEqual({ ok: false, error: `invalid sandbox snapshot: ${message}` });
  });
});

describe('validateSnapshot: execution records', () => {
  async function withRecords() {
    const sandbox = await createSandbox();
    await sandbox.run('printenv HOME; source missing-file');
    await sandbox.run('env | wc -l');
    return JSON.parse(JSON.stringify(sandbox.snapshot()));
  }

  test('good records come back as they were', async () => {
    const good = await withRecords();
    expect(good.records).toHaveLength(4);
    expect(validateSnapshot(good)).toEqual({ ok: true, snapshot: good });
  });

  test.each([
    ['a record without argv', (r: Record<string, unknown>[]) => [{ ...r[0], argv: [] }, ...r.slice(1)], 3],
    [
      'an environment value that is not text',
      (r: Record<string, unknown>[]) => [r[0], { ...r[1], env: { A: 1 } }, ...r.slice(2)],
      3,
    ],
    [
      'a bad source record',
      (r: Record<string, unknown>[]) => [r[0], { ...r[1], source: { path: 1 } }, ...r.slice(2)],
      3,
    ],
    [
      'an aws record with an unknown outcome',
      (r: Record<string, unknown>[]) => [{ ...r[0], aws: { outcome: 'maybe' } }, ...r.slice(1)],
      3,
    ],
    ['a record out of order', (r: Record<string, unknown>[]) => [r[0], r[2], r[1], r[3]], 3],
    ['records that are not a list', () => 'lots', 0],
  ])('drops the bad record and keeps the rest of the state: %s', async (_label, damage, kept) => {
    const good = await withRecords();
    const result = validateSnapshot({ ...good, records: damage(good.records) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.records).toHaveLength(kept);
    expect(result.snapshot.history).toEqual(good.history);
    expect(result.snapshot.files).toEqual(good.files);
  });

  test('a state saved before records existed loads without them', async () => {
    const { records: _records, ...old } = await withRecords();
    const result = validateSnapshot(old);
    expect(result.ok && result.snapshot.records).toBeUndefined();
  });
});
