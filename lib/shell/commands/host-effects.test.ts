import { expect, test } from 'vitest';
import { createSandbox } from '../index';

test('nano on a file in a folder that does not exist yet opens the editor, as real nano does', async () => {
  const sandbox = await createSandbox();
  const result = await sandbox.run('nano ~/.aws/credentials');
  expect(result).toMatchObject({ exitCode: 0, stderr: '' });
  expect(result.effects).toEqual([{ type: 'open-editor', path: `${sandbox.home}/.aws/credentials` }]);
  // Opening creates nothing.
  expect(sandbox.listDirectory(`${sandbox.home}/.aws`)).toBeNull();
});
