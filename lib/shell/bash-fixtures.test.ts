// Every recorded real-bash fixture (lib/shell/fixtures/bash) run through the sandbox: same stdout, stderr, status, files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { replayFixture, type BashFixture } from './bash-fixture-replay';
import { KNOWN_GAPS } from './bash-known-gaps';

const dir = join(__dirname, 'fixtures', 'bash');
const fixtures: BashFixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as BashFixture);

describe('bash fixtures', () => {
  test('there are fixtures to compare with', () => {
    expect(fixtures.length).toBeGreaterThan(300);
  });

  test('every known gap names a fixture', () => {
    const names = new Set(fixtures.map((f) => f.name));
    expect(Object.keys(KNOWN_GAPS).filter((name) => !names.has(name))).toEqual([]);
  });

  test.each(fixtures.filter((f) => KNOWN_GAPS[f.name]).map((f) => [f.name, f] as const))(
    'known gap still differs: %s',
    async (_name, fixture) => {
      const replay = await replayFixture(fixture);
      expect(replay.actual).not.toEqual(replay.expected);
    },
  );

  test.each(fixtures.filter((f) => !KNOWN_GAPS[f.name]).map((f) => [f.name, f] as const))(
    '%s',
    async (_name, fixture) => {
      const replay = await replayFixture(fixture);
      expect(replay.actual).toEqual(replay.expected);
      if (replay.expectedFiles) expect(replay.actualFiles).toEqual(replay.expectedFiles);
    },
  );
});
