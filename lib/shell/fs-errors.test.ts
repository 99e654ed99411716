// Hostile and odd file operands through every file and text command: only GNU-worded messages reach the learner,
// never errno codes, stack frames, `undefined` or JS object text.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import type { Sandbox } from './types';

/** Text that must never appear in what the learner sees. */
const INTERNAL =
  /\bE(NOENT|ISDIR|NOTDIR|EXIST|NOTEMPTY|ACCES|PERM|INVAL|LOOP|BADF)\b|^\s+at |\.js:|\.ts:|undefined|\[object |NaN|<path>/m;

const LONG = 'n'.repeat(300);

/** Operands: missing paths, files where directories are expected and back, odd names. */
const OPERANDS = [
  'missing',
  'missing/child',
  'file.txt',
  'file.txt/child',
  'dir',
  'dir/',
  'dir/sub',
  'dir/sub/deeper/still',
  'empty',
  'dangling',
  'readonly.txt',
  'locked',
  'locked/x',
  '.',
  '..',
  '/',
  '',
  LONG,
  `${LONG}/x`,
  "it's here",
  'a b',
  '-',
  '--',
  'ünï 🙂',
  'line\nbreak',
];

/** Commands that take one operand (or a list). `@` is replaced by the quoted operand. */
const ONE = [
  'cat @',
  'head @',
  'head -n -1 @',
  'tail -n +2 @',
  'wc @',
  'wc -l @',
  'sort @',
  'uniq -c @',
  'cut -d, -f1 @',
  'stat @',
  'stat -c %F @',
  'ls @',
  'ls -lp @',
  'mkdir @',
  'mkdir -pv @',
  'mkdir -m 700 @',
  'touch @',
  'rm @',
  'rm -r @',
  'rm -d @',
  'rm -rfv @',
  'chmod 600 @',
  'chmod -R u+x @',
  'find @',
  'grep -r x @',
  'sed s/a/b/ @',
  'sed -i.bak s/a/b/ @',
  'basename @',
  'dirname @',
  'echo x > @',
  'echo x >> @',
  'cat < @',
  'cd @',
  'source @',
  'readlink @',
  'echo @ | xargs cat',
  'echo @ | xargs -I{} touch {}',
  'yes @ | head -2',
  'id @',
];

/** The pairs tried for two-operand commands (every pair of the full list would take a minute). */
const PAIRED = [
  'missing',
  'missing/child',
  'file.txt',
  'file.txt/child',
  'dir',
  'dir/sub',
  'empty',
  'dangling',
  'readonly.txt',
  'locked/x',
  '.',
  '/',
  '',
  `${LONG}/x`,
  "it's here",
  '-',
];

/** Commands that take two operands. */
const TWO = ['cp @ @', 'cp -r @ @', 'mv @ @', 'mv -v @ @', 'ln @ @', 'ln -s @ @', 'diff @ @', 'diff -u @ @'];

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

async function odd(): Promise<Sandbox> {
  const sandbox = await createSandbox({
    files: {
      '~/file.txt': 'a,b\nc,d\n',
      '~/dir/sub/inner.txt': 'inner\n',
      '~/readonly.txt': { content: 'ro\n', mode: 0o444 },
    },
  });
  await sandbox.run('mkdir empty locked; touch locked/x; chmod 000 locked; ln -s nowhere dangling');
  return sandbox;
}

function expectClean(line: string, result: { stdout: string; stderr: string }) {
  const leak = INTERNAL.exec(result.stdout + result.stderr);
  expect(leak ? `${line}\n${result.stdout}${result.stderr}` : '').toBe('');
}

describe('no internal error text reaches the learner', () => {
  test('the leak pattern catches what used to reach the learner', () => {
    for (const leak of [
      "ENOTDIR: not a directory, mkdir '<path>'",
      'rm returned EISDIR',
      "ENOENT: no such file or directory, open '/home/learner/a/b'",
      '    at Volume.writeFileSync (volume.js:12:3)',
      'cp: undefined',
    ])
      expect(leak).toMatch(INTERNAL);
    expect("mkdir: cannot create directory 'a/b': No such file or directory").not.toMatch(INTERNAL);
  });

  test.each(ONE)('%s over odd operands', async (template) => {
    for (const operand of OPERANDS) {
      const sandbox = await odd();
      const line = template.replace(/@/g, quote(operand));
      expectClean(line, await sandbox.run(line));
    }
  });

  test.each(TWO)('%s over pairs of odd operands', async (template) => {
    const sandbox = await odd();
    for (const first of PAIRED) {
      for (const second of PAIRED) {
        const parts = template.split('@');
        const line = `${parts[0]}${quote(first)}${parts[1]}${quote(second)}${parts[2]}`;
        expectClean(line, await sandbox.run(line));
      }
    }
  });

  test('the learner still has a working shell afterwards', async () => {
    const sandbox = await odd();
    for (const operand of OPERANDS) await sandbox.run(`rm -rf ${quote(operand)}; mkdir -p ${quote(operand)}`);
    expect(await sandbox.run('echo still here')).toMatchObject({ stdout: 'still here\n', exitCode: 0 });
  });
});

describe('large inputs through the text tools', () => {
  test.each([
    'yes abc | head -n 200000 | sort | uniq -c',
    'seq 1 40000 | sort -rn | head -n 2',
    'yes | head -c 500000 | wc',
    'seq 1 50000 | cut -c1 | sort | uniq -c | wc -l',
    'seq 1 40000 > a; seq 2 40001 > b; diff a b | head -n 3',
    'seq 1 6000 > a; seq 6000 -1 1 > b; diff a b | tail -n 1',
    'seq 1 3000 | xargs -n 1000 echo | wc -l',
  ])('%s finishes with clean output', async (line) => {
    const sandbox = await createSandbox();
    const result = await sandbox.run(line);
    expectClean(line, result);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toBe('');
  });
});
