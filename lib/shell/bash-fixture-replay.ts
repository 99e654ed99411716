// Replays one recorded real-bash fixture (fixtures/bash/*.json) in a fresh sandbox; shared by the test and the scorer.
import { isDeepStrictEqual } from 'node:util';
import { createSandbox } from './index';
import { runScript } from './run-script';
import type { FsEntry } from './types';

/** A file as the recorder writes it (type omitted for a regular file). */
export interface FixtureEntry {
  type?: 'file' | 'directory' | 'symlink';
  content?: string;
  mode?: number;
  target?: string;
}

/** One fixture written by `scripts/record-bash-fixtures.ts`. */
export interface BashFixture {
  name: string;
  description: string;
  setup?: { files?: Record<string, FixtureEntry> };
  script: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  filesAfter?: Record<string, FixtureEntry>;
}

/** What the sandbox produced next to what bash recorded, in the same shape. */
export interface Replay {
  actual: { stdout: string; stderr: string; exitCode: number };
  expected: { stdout: string; stderr: string; exitCode: number };
  /** Files under HOME afterwards (relative paths); null when the fixture recorded none. */
  actualFiles: Record<string, FsEntry> | null;
  expectedFiles: Record<string, FsEntry> | null;
}

const HOME = '/home/learner';

export function toEntry(entry: FixtureEntry): FsEntry {
  if (entry.type === 'directory') return { type: 'directory', mode: entry.mode ?? 0o755 };
  if (entry.type === 'symlink') return { type: 'symlink', target: entry.target ?? '' };
  return { type: 'file', content: entry.content ?? '', mode: entry.mode ?? 0o644 };
}

export async function replayFixture(fixture: BashFixture): Promise<Replay> {
  const base = (await createSandbox()).snapshot();
  for (const [path, entry] of Object.entries(fixture.setup?.files ?? {}))
    base.files[`${HOME}/${path}`] = toEntry(entry);
  const sandbox = await createSandbox({ snapshot: base });
  const result = await runScript(sandbox, fixture.script);
  let actualFiles: Record<string, FsEntry> | null = null;
  let expectedFiles: Record<string, FsEntry> | null = null;
  if (fixture.filesAfter) {
    actualFiles = {};
    for (const [path, entry] of Object.entries(sandbox.snapshot().files))
      if (path.startsWith(`${HOME}/`)) actualFiles[path.slice(HOME.length + 1)] = entry;
    expectedFiles = {};
    for (const [path, entry] of Object.entries(fixture.filesAfter)) expectedFiles[path] = toEntry(entry);
  }
  return {
    actual: { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode },
    expected: { stdout: fixture.stdout, stderr: fixture.stderr, exitCode: fixture.exitCode },
    actualFiles,
    expectedFiles,
  };
}

/** True when output, status and (if recorded) the files afterwards are all the same. */
export function replayMatches(replay: Replay): boolean {
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return (
    isDeepStrictEqual(replay.actual, replay.expected) &&
    isDeepStrictEqual(plain(replay.actualFiles), plain(replay.expectedFiles))
  );
}
