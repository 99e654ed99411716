import { describe, expect, test } from 'vitest';
import { makeState } from '../testing/snapshot';
import { fileContains, fileNotContains } from './file-contains';

describe('fileContains', () => {
  const check = fileContains({
    id: 'p',
    label: 'uses a profile',
    path: '~/deploy.sh',
    pattern: /--profile[ =]deploy\b/,
    message: 'Add `--profile deploy`.',
  });

  test('passes when the pattern matches and fails with the given message otherwise', async () => {
    expect(await check.run(makeState({ files: { '~/deploy.sh': 'aws s3 ls --profile deploy\n' } }))).toEqual({
      pass: true,
    });
    expect(
      await check.run(makeState({ files: { '~/deploy.sh': 'aws s3 ls --profile deployer\n' } })),
    ).toEqual({
      pass: false,
      message: 'Add `--profile deploy`.',
    });
  });

  test('a missing file is named', async () => {
    expect(await check.run(makeState())).toEqual({ pass: false, message: '`~/deploy.sh` does not exist.' });
  });
});

describe('fileNotContains', () => {
  const check = fileNotContains({
    id: 'k',
    label: 'no key',
    path: '~/deploy.sh',
    pattern: /AKIA[A-Z0-9]{16}/g,
    message: (found) => `still has \`${found}\``,
  });

  test('reports the text it found', async () => {
    const state = makeState({ files: { '~/deploy.sh': 'export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\n' } });
    expect(await check.run(state)).toEqual({ pass: false, message: 'still has `AKIAI44QH8DHBEXAMPLE`' });
    // The global flag must not make a second grading pass skip the match.
    expect((await check.run(state)).pass).toBe(false);
  });

  test('passes once the text is gone; string patterns work too', async () => {
    expect(await check.run(makeState({ files: { '~/deploy.sh': 'aws s3 ls\n' } }))).toEqual({ pass: true });
    const plain = fileNotContains({ id: 's', label: 's', path: '~/a', pattern: 'secret', message: (f) => f });
    expect(await plain.run(makeState({ files: { '~/a': 'my secret' } }))).toEqual({
      pass: false,
      message: 'secret',
    });
  });
});
