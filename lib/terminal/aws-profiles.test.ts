import { expect, test } from 'vitest';
import { listProfiles } from './aws-profiles';

const home = '/home/learner';
const files = (entries: Record<string, string>) => (path: string) => entries[path] ?? null;

test('profiles from both files, config sections need the profile prefix', () => {
  const readFile = files({
    '/home/learner/.aws/credentials': '[default]\naws_access_key_id = A\n\n[example_1]\nx = 1\n',
    '/home/learner/.aws/config':
      '[default]\nregion = us-west-2\n[profile dev]\nregion = eu-west-1\n[sso-session corp]\n[nope]\n',
  });
  expect(listProfiles({ home, env: {}, readFile })).toEqual(['default', 'dev', 'example_1']);
});

test('environment variables point at other files', () => {
  const readFile = files({ '/tmp/creds': '[ci]\n', '/home/learner/.aws/credentials': '[default]\n' });
  expect(listProfiles({ home, env: { AWS_SHARED_CREDENTIALS_FILE: '/tmp/creds' }, readFile })).toEqual([
    'ci',
  ]);
});

test('no files, no profiles', () => {
  expect(listProfiles({ home, env: {}, readFile: () => null })).toEqual([]);
});

test('headers are read like the CLI: quotes and extra spaces dropped, a stray ] kept, three words ignored', () => {
  const readFile = files({
    '/home/learner/.aws/config': '[profile  a]\n[profile "b"]\n[profile c]]\n[profile d e]\n[ profile f]\n',
    '/home/learner/.aws/credentials': '[g ]\n',
  });
  expect(listProfiles({ home, env: {}, readFile })).toEqual(['a', 'b', 'c]', 'g ']);
});

test('a file the CLI cannot parse offers no profiles', () => {
  const readFile = files({ '/home/learner/.aws/credentials': '[a]\nx = 1\n[a]\n' });
  expect(listProfiles({ home, env: {}, readFile })).toEqual([]);
});
