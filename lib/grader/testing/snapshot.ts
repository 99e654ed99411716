// Builds SandboxSnapshots by hand for unit tests of checks (no sandbox needed).
import { defaultAccount } from '../../aws/default-account';
import type { ExecutionRecord, FsEntry, HistoryEntry, SandboxSnapshot } from '../../shell/types';
import { createGradeState } from '../state';
import type { GradeState } from '../types';

/** Test input: files by path (`~/` allowed), text or `{ content, mode }`; everything else optional. */
export interface SnapshotInput {
  files?: Record<string, string | { content: string; mode?: number } | { symlink: string }>;
  exported?: Record<string, string>;
  variables?: Record<string, string>;
  cwd?: string;
  history?: Array<HistoryEntry | string>;
  /** Execution records, each a partial record: argv at least (see `record`). */
  records?: Array<Partial<ExecutionRecord> & { argv: string[] }>;
}

/** A complete ExecutionRecord from the fields a test cares about (top level, exit 0, HOME's env). */
export function record(fields: Partial<ExecutionRecord> & { argv: string[] }, seq = 1): ExecutionRecord {
  return {
    seq,
    historyIndex: 0,
    env: { HOME: '/home/learner' },
    cwd: '/home/learner',
    exitCode: 0,
    subshell: false,
    pipeline: false,
    functions: [],
    sourcedFrom: [],
    ...fields,
  };
}

/** A snapshot with /home/learner, its parent directories and the given files (mode 0644 by default). */
export function makeSnapshot(input: SnapshotInput = {}): SandboxSnapshot {
  const home = '/home/learner';
  const files: Record<string, FsEntry> = {
    '/': { type: 'directory', mode: 0o755 },
    '/home': { type: 'directory', mode: 0o755 },
    [home]: { type: 'directory', mode: 0o755 },
  };
  for (const [rawPath, spec] of Object.entries(input.files ?? {})) {
    const path = rawPath.startsWith('~/') ? `${home}/${rawPath.slice(2)}` : rawPath;
    const parts = path.split('/').slice(1, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = '/' + parts.slice(0, i).join('/');
      files[dir] ??= { type: 'directory', mode: 0o755 };
    }
    if (typeof spec === 'string') files[path] = { type: 'file', content: spec, mode: 0o644 };
    else if ('symlink' in spec) files[path] = { type: 'symlink', target: spec.symlink };
    else files[path] = { type: 'file', content: spec.content, mode: spec.mode ?? 0o644 };
  }
  return {
    format: 'skillshell-sandbox',
    version: 1,
    files,
    exported: { HOME: home, USER: 'learner', PATH: '/usr/local/bin:/usr/bin:/bin', ...input.exported },
    variables: input.variables ?? {},
    cwd: input.cwd ?? home,
    history: (input.history ?? []).map((h) => (typeof h === 'string' ? { command: h, exitCode: 0 } : h)),
    account: defaultAccount,
    records: (input.records ?? []).map((fields, index) => record(fields, index + 1)),
  };
}

/** Shorthand: a GradeState over `makeSnapshot(input)`. */
export function makeState(input: SnapshotInput = {}): GradeState {
  return createGradeState(makeSnapshot(input));
}
