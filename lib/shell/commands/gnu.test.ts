// GNU conventions shared by our commands: name quoting, option errors, modes, errno wording.
import { describe, expect, test } from 'vitest';
import { errnoText, q } from './gnu';
import { applyMode } from './mode';
import { createSandbox } from '../index';

describe('GNU conventions', () => {
  test('names are quoted as coreutils quotes them in messages', () => {
    expect(q('x')).toBe("'x'");
    expect(q('a b')).toBe("'a b'");
    expect(q("it's")).toBe('"it\'s"');
    expect(q("it's $HOME")).toBe("'it'\\''s $HOME'");
    expect(q('a\nb')).toBe("'a'$'\\n''b'");
  });

  test('errno codes become strerror texts, unknown ones a generic text', () => {
    expect(errnoText({ code: 'ENOTEMPTY' })).toBe('Directory not empty');
    expect(errnoText(new Error('boom'))).toBe('Input/output error');
  });

  test('symbolic modes follow chmod: a who-less + respects the umask', () => {
    expect(applyMode('u+x,go-w', 0o666, false)).toBe(0o744);
    expect(applyMode('+w', 0o444, false)).toBe(0o644);
    expect(applyMode('=rwx,go=', 0o777, true)).toBe(0o700);
    expect(applyMode('a+X', 0o644, true)).toBe(0o755);
    expect(applyMode('999', 0o644, false)).toBeNull();
  });

  test('bad options get the GNU usage lines with the tool name', async () => {
    const sandbox = await createSandbox();
    expect(await sandbox.run('mv --bogus a b')).toMatchObject({
      stderr: "mv: unrecognized option '--bogus'\nTry 'mv --help' for more information.\n",
      exitCode: 1,
    });
    expect(await sandbox.run('diff -Y a b')).toMatchObject({
      stderr: "diff: invalid option -- 'Y'\ndiff: Try 'diff --help' for more information.\n",
      exitCode: 2,
    });
  });

  test('the issue examples behave as in bash', async () => {
    const sandbox = await createSandbox({
      files: { '~/x': 'new\n', '~/y': 'old\n', '~/c.csv': 'a,b\nplain\n' },
    });
    expect((await sandbox.run('mv x y; cat y; cp y z; cp y z; cat z')).stdout).toBe('new\nnew\n');
    expect((await sandbox.run('cut -d, -f2 c.csv')).stdout).toBe('b\nplain\n');
    expect((await sandbox.run('basename /; dirname /')).stdout).toBe('/\n/\n');
    expect((await sandbox.run('sed -i.bak s/new/NEW/ y; cat y y.bak')).stdout).toBe('NEW\nnew\n');
    expect((await sandbox.run('mkdir -pv p/q')).stdout).toBe(
      "mkdir: created directory 'p'\nmkdir: created directory 'p/q'\n",
    );
    expect(await sandbox.run('touch a/b')).toMatchObject({
      stderr: "touch: cannot touch 'a/b': No such file or directory\n",
    });
    expect((await sandbox.run('echo 1 2 | xargs -n1; printf "a\\nb\\n" | head -n -1')).stdout).toBe(
      '1\n2\na\n',
    );
    expect((await sandbox.run('mkdir e; rm -d e && ls -p')).stdout).toBe('c.csv\np/\ny\ny.bak\nz\n');
  });
});
