// A part loaded on first use that cannot be fetched (offline, a chunk error) ends the command with one clear line.
import { describe, expect, test, vi } from 'vitest';
import { aws, SAMPLE_KEYS } from '../testing/run';
import { partUnavailableMessage } from './load-part';

const offline = vi.hoisted(() => ({ iam: false, roleProfile: false }));

vi.mock('../services/iam/index', async (original) => {
  if (offline.iam) throw new Error('Failed to load chunk /_next/static/chunks/iam.js from module 123');
  return original();
});
vi.mock('../services/sts/role-profile', async (original) => {
  if (offline.roleProfile) throw new TypeError('Failed to fetch dynamically imported module');
  return original();
});

describe('a part of the CLI that cannot be loaded', () => {
  test('`aws iam` says so in one line (exit 255), changes nothing, and works once it can load', async () => {
    offline.iam = true;
    const failed = await aws(['iam', 'create-user', '--user-name', 'carol'], { env: SAMPLE_KEYS });
    expect(failed.exitCode).toBe(255);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe(`\n${partUnavailableMessage('the code of "aws iam"')}\n`);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).not.toMatch(/chunk|Failed to|Internal error|module 123/);

    offline.iam = false;
    const account = structuredClone((await import('../default-account')).defaultAccount);
    const again = await aws(['iam', 'create-user', '--user-name', 'carol'], { env: SAMPLE_KEYS, account });
    expect(again.exitCode).toBe(0);
    expect(account.users.map((user) => user.userName)).toContain('carol');
  });

  test('a role profile whose code cannot load fails the same way and writes no cache file', async () => {
    offline.roleProfile = true;
    const files = {
      '.aws/config': {
        content:
          '[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n',
      },
      '.aws/credentials': {
        content: `[default]\naws_access_key_id = ${SAMPLE_KEYS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${SAMPLE_KEYS.AWS_SECRET_ACCESS_KEY}\n`,
      },
    };
    const result = await aws(['sts', 'get-caller-identity', '--profile', 'admin'], { files });
    offline.roleProfile = false;
    expect(result.exitCode).toBe(255);
    expect(result.stderr).toBe(`\n${partUnavailableMessage('role profiles')}\n`);
    expect(await result.fs.exists('/home/learner/.aws/cli/cache')).toBe(false);
  });

  test('`aws configure` is part of the engine: it never waits for a download', async () => {
    offline.iam = true;
    const result = await aws(['configure', 'list'], { env: SAMPLE_KEYS });
    offline.iam = false;
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('access_key');
  });
});
