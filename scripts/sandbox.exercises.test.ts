// The headless runner's exercise options: --list-exercises, --exercise ID, --report FILE.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSandbox } from './sandbox-process';
import { exercises } from '../exercises/index';

const reportPath = () => join(mkdtempSync(join(tmpdir(), 'skillshell-report-')), 'report.json');

describe('headless runner exercise options', () => {
  test('--list-exercises prints every id and title', () => {
    const result = runSandbox('', ['--list-exercises'], 'npm-script');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(exercises.map((e) => `${e.id}\t${e.title}\n`).join(''));
  });

  test('--exercise starts from the setup and --report writes the graded checklist', () => {
    const report = reportPath();
    const started = runSandbox('stat -c %a ~/.aws/credentials\ngrep -c AKIA ~/deploy.sh\n', [
      '--exercise',
      'lock-down-credentials',
      `--report=${report}`,
    ]);
    expect(started).toMatchObject({ stdout: '644\n1\n', status: 0 });
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.exercise).toBe('lock-down-credentials');
    expect(json.complete).toBe(false);
    expect(json.results[0]).toEqual({
      id: 'credentials-private',
      label: '`~/.aws/credentials` has mode 600',
      status: 'fail',
      message:
        '`~/.aws/credentials` has mode 644 (`rw-r--r--`): other users can read it. Expected 600 (`rw-------`): `chmod 600 ~/.aws/credentials`.',
    });
  });

  test('the solution with prompts answered from the script completes the exercise', () => {
    const exercise = exercises.find((e) => e.id === 'configure-default-profile')!;
    const report = reportPath();
    const result = runSandbox(exercise.solution, ['--exercise', exercise.id, '--report', report]);
    // The solution sets the key it created first, so the first question shows it masked.
    expect(result.stdout).toMatch(/AWS Access Key ID \[\*{16}[A-Z0-9]{4}\]: /);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ exercise: exercise.id, complete: true });
  });

  // The same verdicts as exercises/exercises.test.ts, through the real runner (one route of each kind per exercise).
  test.each(exercises.map((e) => [e.id, e] as const))(
    '%s: an alternative completes it and a wrong attempt fails its check with its message',
    (_id, exercise) => {
      const alternative = exercise.alternatives[exercise.alternatives.length - 1]!;
      const good = reportPath();
      runSandbox(alternative.script, ['--exercise', exercise.id, '--report', good]);
      expect(JSON.parse(readFileSync(good, 'utf8')), alternative.name).toMatchObject({ complete: true });
      const wrong = exercise.wrongAttempts[exercise.wrongAttempts.length - 1]!;
      const bad = reportPath();
      runSandbox(wrong.script, ['--exercise', exercise.id, '--report', bad]);
      const result = JSON.parse(readFileSync(bad, 'utf8')).results.find(
        (r: { id: string }) => r.id === wrong.failsCheck,
      );
      expect(result?.status, wrong.name).toBe('fail');
      expect(result?.message).toContain(wrong.message);
    },
    120_000,
  );

  test('with --exercise, `check` prints the checklist as the terminal does', () => {
    const result = runSandbox('check\n', ['--exercise', 'configure-default-profile']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Configure the default profile');
    expect(result.stdout).toContain('[ ] The default profile uses the region eu-west-1');
  });

  test('an unknown exercise or --report alone is refused with exit status 2', () => {
    const unknown = runSandbox('', ['--exercise', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      `sandbox: unknown exercise 'nope'; known exercises: ${exercises.map((e) => e.id).join(', ')} (see --list-exercises)\n`,
    );
    const alone = runSandbox('', ['--report', reportPath()]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('--report needs --exercise ID');
  });
});
