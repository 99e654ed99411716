// Runs every golden fixture recorded from the real AWS CLI through runAws and compares everything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runAws } from './index';
import { defaultAccount } from './default-account';
import { MemoryFileSystem, type FixtureEntry } from './testing/memory-fs';

interface FixtureStep {
  args: string[];
  stdin: string | null;
  env: Record<string, string>;
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface Fixture {
  name: string;
  description: string;
  offline?: string;
  /** The stub's clock (IAM/STS fixtures): the simulated account runs on the same one. */
  clock?: string;
  setup: { files: Record<string, FixtureEntry>; env: Record<string, string> };
  steps: FixtureStep[];
  filesAfter: Record<string, FixtureEntry>;
}

const HOME = '/home/learner';
const root = join(__dirname, 'fixtures');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .sort();

/**
 * What of `aws s3` transfer output does not depend on the machine: the speed in progress lines (and so the
 * padding after them) is compared as `(…/s)`; with several files the CLI's worker threads finish in any
 * order, so the result lines (`upload: …` on stdout, `upload failed: …` on stderr) are compared as sorted
 * lists without the progress lines between them.
 */
function withoutSpeed<T extends { args: string[]; stdout: string; stderr: string }>(step: T): T {
  let stdout = step.stdout
    .replace(/\(\d+(?:\.\d)? (?:Bytes?|[KMGT]iB)\/s\)/g, '(…/s)')
    .replace(/ +(?=[\r\n])/g, '');
  const transfer = step.args[0] === 's3' && ['cp', 'mv', 'rm', 'sync', 'rb'].includes(step.args[1] ?? '');
  if (transfer && stdout.split('\n').length > 2) {
    stdout = stdout
      .replace(/[^\n]*\r/g, '')
      .split('\n')
      .sort()
      .join('\n');
  }
  const stderr =
    transfer && step.stderr.split('\n').length > 2 ? step.stderr.split('\n').sort().join('\n') : step.stderr;
  return { ...step, stdout, stderr };
}

async function runFixture(fixture: Fixture) {
  const fs = new MemoryFileSystem();
  const account = structuredClone(defaultAccount);
  if (fixture.clock) account.clock = fixture.clock;
  await fs.seed(HOME, fixture.setup.files);
  const results = [];
  for (const step of fixture.steps) {
    const result = await runAws({
      argv: step.args,
      env: { HOME, ...fixture.setup.env, ...step.env },
      cwd: HOME,
      fs,
      stdin: step.stdin ?? '',
      readLine: async () => null,
      account,
    });
    results.push({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode });
  }
  return { fs, results };
}

describe('golden fixtures from AWS CLI 2.9.19', () => {
  test('the fixture folder is not empty', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const fixture = JSON.parse(readFileSync(join(root, file), 'utf8')) as Fixture;
    if (fixture.offline) {
      // Recorded with the network closed: the simulated AWS answers instead of failing to connect.
      test(`${file}: ${fixture.description} (the simulator answers like AWS would)`, async () => {
        const { results } = await runFixture(fixture);
        expect(results.at(-1)!.stderr).not.toContain('Could not connect');
      });
      continue;
    }
    test(`${file}: ${fixture.description}`, async () => {
      const { fs, results } = await runFixture(fixture);
      const actual = results.map((r, i) => ({ step: i, args: fixture.steps[i]!.args, ...r }));
      const expected = fixture.steps.map((s, i) => ({
        step: i,
        args: s.args,
        stdout: s.stdout,
        stderr: s.stderr,
        exitCode: s.exitCode,
      }));
      expect(actual.map(withoutSpeed)).toEqual(expected.map(withoutSpeed));
      expect(fs.dump(HOME)).toEqual(fixture.filesAfter);
    });
  }
});
