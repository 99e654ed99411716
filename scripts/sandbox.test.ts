import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSandbox } from './sandbox-process';
import { parseArgs } from './sandbox';

describe('headless sandbox runner', () => {
  test('runs statement by statement, here-docs included, and exits with the last status', () => {
    const result = runSandbox('X=1\nenv | grep ^X=\necho "x is $X"\ncat <<EOF\nhello $X\nEOF\nls nope\n');
    expect(result.stdout).toBe('x is 1\nhello 1\n');
    expect(result.stderr).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(result.status).toBe(2);
  });

  test('a multi-line if runs as one statement', () => {
    const result = runSandbox('if true\nthen\n  echo inside\nfi\necho done\n');
    expect(result).toMatchObject({ stdout: 'inside\ndone\n', status: 0 });
  });

  test('--home copies a real directory in and --dump writes the home out with modes', () => {
    const home = mkdtempSync(join(tmpdir(), 'skillshell-home-'));
    mkdirSync(join(home, '.aws'));
    writeFileSync(join(home, '.aws', 'credentials'), '[default]\n');
    chmodSync(join(home, '.aws', 'credentials'), 0o600);
    const dump = join(mkdtempSync(join(tmpdir(), 'skillshell-dump-')), 'home');
    const result = runSandbox('stat -c %a ~/.aws/credentials\necho new > notes.txt\nchmod 640 notes.txt\n', [
      '--home',
      home,
      '--dump',
      dump,
    ]);
    expect(result).toMatchObject({ stdout: '600\n', status: 0 });
    expect(readFileSync(join(dump, 'notes.txt'), 'utf8')).toBe('new\n');
    expect(statSync(join(dump, 'notes.txt')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dump, '.aws', 'credentials')).mode & 0o777).toBe(0o600);
  });

  test('--help prints usage, a bad option exits 2', () => {
    expect(runSandbox('', ['--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--dump DIR'),
    });
    const bad = runSandbox('', ['--nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("sandbox: unknown option '--nope'");
  });
});

describe('parseArgs', () => {
  test('accepts --opt value and --opt=value, rejects a missing value', () => {
    expect(parseArgs(['--home', '/a', '--dump=/b'])).toEqual({ home: '/a', dump: '/b', help: false });
    expect(() => parseArgs(['--home'])).toThrow("option '--home' needs DIR");
    expect(() => parseArgs(['--home='])).toThrow("option '--home' needs DIR");
  });

  test('names unknown options, values given to flags and stray arguments', () => {
    expect(() => parseArgs(['--nope'])).toThrow("sandbox: unknown option '--nope'");
    expect(() => parseArgs(['--help=yes'])).toThrow("option '--help' takes no value");
    expect(() => parseArgs(['script.sh'])).toThrow("sandbox: unexpected argument: 'script.sh'");
  });

  test('reads every option of the table', () => {
    expect(
      parseArgs(['--exercise', 'use-a-profile', '--report', 'r.json', '--list-exercises', '--help']),
    ).toEqual({
      exercise: 'use-a-profile',
      report: 'r.json',
      listExercises: true,
      help: true,
    });
  });
});
