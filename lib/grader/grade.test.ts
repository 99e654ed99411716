import { describe, expect, test } from 'vitest';
import { fileExists } from './checks/file-exists';
import { formatReport, gradeSnapshot } from './grade';
import { makeSnapshot } from './testing/snapshot';
import type { Check } from './types';

const exists = fileExists({ id: 'exists', label: 'notes.txt exists', path: '~/notes.txt' });
const throws: Check = {
  id: 'boom',
  label: 'a buggy check',
  run() {
    throw new Error('undefined is not a function');
  },
};
const asyncPass: Check = { id: 'later', label: 'async', run: async () => ({ pass: true }) };

describe('gradeSnapshot', () => {
  test('reports every check in order, and complete only when all pass', async () => {
    const fresh = await gradeSnapshot({ checks: [exists, asyncPass] }, makeSnapshot());
    expect(fresh).toEqual({
      complete: false,
      results: [
        {
          id: 'exists',
          label: 'notes.txt exists',
          status: 'fail',
          message: '`~/notes.txt` does not exist yet.',
        },
        { id: 'later', label: 'async', status: 'pass' },
      ],
    });
    const done = await gradeSnapshot(
      { checks: [exists, asyncPass] },
      makeSnapshot({ files: { '~/notes.txt': '' } }),
    );
    expect(done.complete).toBe(true);
  });

  test('a check that throws is reported as broken and the others still run', async () => {
    const report = await gradeSnapshot({ checks: [throws, exists] }, makeSnapshot());
    expect(report.results[0]).toEqual({
      id: 'boom',
      label: 'a buggy check',
      status: 'broken',
      message: 'This check is broken (a bug in the exercise, not your work): undefined is not a function',
    });
    expect(report.results[1]?.status).toBe('fail');
    expect(report.complete).toBe(false);
  });

  test('formatReport prints the checklist the `check` command shows', async () => {
    const report = await gradeSnapshot({ checks: [exists, asyncPass, throws] }, makeSnapshot());
    expect(formatReport(report)).toBe(
      '[ ] notes.txt exists\n    `~/notes.txt` does not exist yet.\n[x] async\n' +
        '[!] a buggy check\n    This check is broken (a bug in the exercise, not your work): undefined is not a function\n' +
        '1/3 checks pass.\n',
    );
    const done = await gradeSnapshot({ checks: [asyncPass] }, makeSnapshot());
    expect(formatReport(done)).toBe('[x] async\nAll checks pass: exercise complete.\n');
  });
});
