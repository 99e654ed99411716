// whoami, id, uname, hostname and yes describe one learner on one machine, consistent with $USER, the prompt and ls.
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../index';

async function run(line: string) {
  return (await createSandbox()).run(line);
}

describe('identity commands', () => {
  test('whoami and id name the learner, as $USER and ls -l do', async () => {
    const sandbox = await createSandbox();
    expect((await sandbox.run('whoami; echo $USER')).stdout).toBe('learner\nlearner\n');
    expect((await sandbox.run('id')).stdout).toBe(
      'uid=1000(learner) gid=1000(learner) groups=1000(learner)\n',
    );
    expect((await sandbox.run('id -u; id -g; id -un; id -gn; id -G')).stdout).toBe(
      '1000\n1000\nlearner\nlearner\n1000\n',
    );
    expect((await sandbox.run('touch f; ls -l f')).stdout).toMatch(/^-rw-r--r-- 1 learner learner 0 /);
  });

  test('id of another user fails as GNU id does', async () => {
    expect(await run('id root')).toMatchObject({ stderr: "id: 'root': no such user\n", exitCode: 1 });
  });

  test('uname reports Linux on skillshell in GNU field order', async () => {
    expect((await run('uname')).stdout).toBe('Linux\n');
    expect((await run('uname -snm')).stdout).toBe('Linux skillshell x86_64\n');
    expect((await run('uname -a')).stdout).toMatch(/^Linux skillshell \S+ #1 .* x86_64 GNU\/Linux\n$/);
    expect((await run('hostname')).stdout).toBe('skillshell\n');
  });

  test('yes | head -3 prints three lines; yes alone stops at a bounded size', async () => {
    expect((await run('yes | head -3')).stdout).toBe('y\ny\ny\n');
    expect((await run('yes no | head -n 2')).stdout).toBe('no\nno\n');
    const alone = await run('yes | wc -c');
    expect(Number(alone.stdout)).toBeGreaterThan(100_000);
    expect(Number(alone.stdout)).toBeLessThanOrEqual(1024 * 1024);
  });
});
