// The recorded AWS fixtures match their scenario definitions and leak nothing from the recording machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { areas } from './aws-scenarios/index';

const root = join(__dirname, '..', 'lib', 'aws', 'fixtures');
const EXAMPLE_KEYS = new Set(['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE', 'AKIAEXAMPLENOTISSUED']);

interface Fixture {
  name: string;
  description: string;
  stub?: string;
  offline?: string;
  setup: {
    files: Record<string, { content?: string; type?: string; mode: number }>;
    env: Record<string, string>;
  };
  steps: { args: string[]; stdin: string | null; env: Record<string, string>; stdout?: string }[];
  filesAfter: Record<string, { content?: string; type?: string; mode: number }>;
}

const onDisk = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
const read = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8')) as Fixture;

test('there are at least 130 scenarios and every fixture file belongs to one', () => {
  const expected = areas
    .flatMap(({ area, scenarios }) => scenarios.map((s) => `${area}/${s.name}.json`))
    .sort();
  expect(expected.length).toBeGreaterThanOrEqual(130);
  expect(onDisk.slice().sort()).toEqual(expected);
});

describe.each(areas)('$area fixtures were recorded from the current scenarios', ({ area, scenarios }) => {
  test.each(scenarios)('$name', (spec) => {
    const fixture = read(`${area}/${spec.name}.json`);
    expect(fixture.name).toBe(spec.name);
    expect(fixture.description).toBe(spec.description);
    expect(fixture.setup.env).toEqual(spec.env ?? {});
    const files = Object.fromEntries(
      Object.entries(spec.files ?? {}).map(([p, e]) => [
        p,
        'type' in e
          ? { type: 'directory', mode: e.mode ?? 0o755 }
          : { content: e.content, mode: e.mode ?? 0o644 },
      ]),
    );
    expect(fixture.setup.files).toEqual(files);
    expect(fixture.steps.map((s) => [s.args, s.stdin, s.env])).toEqual(
      spec.steps.map((s) => [s.args, s.stdin ?? null, s.env ?? {}]),
    );
    expect(Boolean(fixture.stub)).toBe(Boolean(spec.stub));
    expect(Boolean(fixture.offline)).toBe(Boolean(spec.offline));
  });
});

describe('fixtures carry nothing from the recording machine', () => {
  test.each(onDisk)('%s', (rel) => {
    const text = readFileSync(join(root, rel), 'utf8');
    expect(text).not.toMatch(/awsrec-|\/tmp\//);
    expect(text).not.toMatch(/127\.0\.0\.1:\d/);
    expect(JSON.stringify(read(rel).steps)).not.toContain('--endpoint-url');
    const fixture = read(rel);
    // Besides AWS's example keys, only ids the stub itself issued in this recording (create-access-key).
    const issued = fixture.steps
      .filter((step) => step.args.includes('create-access-key'))
      .flatMap((step) => step.stdout?.match(/\bAKIA[A-Z0-9]{16}\b/g) ?? []);
    const allowed = new Set([...EXAMPLE_KEYS, ...issued]);
    for (const key of text.match(/\bAKIA[A-Z0-9]{16}\b/g) ?? []) expect(allowed).toContain(key);
    // Only `offline` fixtures may have tried the real network (a step missed by the stub would show here).
    if (!fixture.offline) expect(JSON.stringify(fixture.steps)).not.toContain('Could not connect');
    const paths = Object.keys(fixture.filesAfter);
    expect(paths).toEqual(paths.slice().sort());
    for (const path of paths) {
      const parent = path.split('/').slice(0, -1).join('/');
      if (parent) expect(fixture.filesAfter[parent]?.type).toBe('directory');
    }
  });
});
