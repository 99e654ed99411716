import { expect, test } from 'vitest';
import type { Sandbox } from '../shell/types';
import { createCheckCommand } from './check-command';
import { fileExists } from './checks/file-exists';
import { makeSnapshot } from './testing/snapshot';

test('the check command prints the checklist of the sandbox it runs in', async () => {
  const command = createCheckCommand({
    title: 'Make notes',
    checks: [fileExists({ id: 'notes', label: 'notes exist', path: '~/notes.txt' })],
  });
  let snapshot = makeSnapshot();
  const sandbox = { snapshot: () => snapshot } as unknown as Sandbox;
  expect(await command([], { stdin: '', sandbox })).toEqual({
    stdout: 'Make notes\n[ ] notes exist\n    `~/notes.txt` does not exist yet.\n0/1 checks pass.\n',
    stderr: '',
    exitCode: 1,
  });
  snapshot = makeSnapshot({ files: { '~/notes.txt': '' } });
  expect(await command([], { stdin: '', sandbox })).toMatchObject({ exitCode: 0 });
});
