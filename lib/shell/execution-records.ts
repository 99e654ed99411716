// Records what the shell executed (programs and `source`/`.`) with the context it ran in, as graders need it.
import type { AwsCallRecord, ExecutionRecord, SourceRecord } from './types';
import { MAX_EXECUTION_RECORDS } from './types';
import type { CommandOutcome, InterpreterHandle, InterpreterHooks } from './just-bash-seam';

/** bash 5.2's builtins (`compgen -b`): not programs, so not recorded (except `source` and `.`). */
export const BUILTINS = new Set(
  (
    ': [ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown ' +
    'echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile ' +
    'popd printf pushd pwd read readarray readonly return set shift shopt suspend test times trap true type ' +
    'typeset ulimit umask unalias unset wait'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Variables bash itself changes as commands run: never "set by" a sourced file. */
const DYNAMIC = new Set(['_', '?', 'LINENO', 'BASH_COMMAND']);

/** Where an interpreter runs relative to the interactive shell. */
interface Context {
  subshell: boolean;
  pipeline: boolean;
  functions: string[];
  sourcedFrom: string[];
}

/** A command being run: its record is completed when it ends. */
interface Frame {
  record: ExecutionRecord;
  context: Context;
}

/** A `source`/`.` of a file: found where bash would look (PATH for a bare name, then the cwd). */
async function resolveSource(handle: InterpreterHandle, name: string): Promise<string | null> {
  const { fs, state } = handle;
  const candidates: string[] = [];
  if (!name.includes('/')) {
    for (const dir of (state.env.get('PATH') ?? '').split(':').filter(Boolean)) {
      candidates.push(fs.resolvePath(state.cwd, `${dir}/${name}`));
    }
  }
  candidates.push(fs.resolvePath(state.cwd, name));
  for (const path of candidates) {
    try {
      if (!(await fs.stat(path)).isDirectory) return path;
    } catch {
      // not there: try the next place
    }
  }
  return null;
}

function variables(handle: InterpreterHandle): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of handle.state.env)
    if (IDENTIFIER.test(name) && !DYNAMIC.has(name)) out.set(name, value);
  return out;
}

function exitCodeOf(error: unknown): number {
  const code = (error as { exitCode?: unknown }).exitCode;
  return typeof code === 'number' ? code : 1;
}

/** Keeps the last MAX_EXECUTION_RECORDS records; gives the interpreter hooks that fill them. */
export class ExecutionRecorder {
  private list: ExecutionRecord[];
  private nextSeq: number;
  private historyIndex = -1;
  /** Commands being run, innermost last (a child interpreter starts from the innermost one's context). */
  private frames: Frame[] = [];

  constructor(initial: ExecutionRecord[] = []) {
    this.list = initial.slice(-MAX_EXECUTION_RECORDS).map((r) => structuredClone(r));
    this.nextSeq = (this.list.at(-1)?.seq ?? -1) + 1;
  }

  /** Records, oldest first (copies). */
  records(): ExecutionRecord[] {
    return this.list.map((r) => structuredClone(r));
  }

  /** A run starts: records made until `endRun` come from history line `historyIndex` (-1: not a history line). */
  beginRun(historyIndex: number): void {
    this.historyIndex = historyIndex;
    this.frames = [];
  }

  endRun(): void {
    this.frames = [];
    this.historyIndex = -1;
  }

  /** The simulated CLI's account of the `aws` command being run (the innermost command running). */
  attachAws(record: AwsCallRecord | undefined): void {
    const frame = this.frames.at(-1);
    if (frame && record) frame.record.aws = structuredClone(record);
  }

  /** Hooks for the session's interpreter: each new interpreter gets its context and command wrapper. */
  readonly hooks: Pick<InterpreterHooks, 'attach'> = {
    attach: (handle) => {
      const parent = handle.child ? this.frames.at(-1) : undefined;
      const base: Context = parent
        ? { ...parent.context, subshell: true }
        : { subshell: handle.child, pipeline: false, functions: [], sourcedFrom: [] };
      const topPid = handle.state.bashPid;
      const sources: string[] = [];
      let pipelines = 0;
      const context = (): Context => ({
        subshell: base.subshell || pipelines > 0 || handle.state.bashPid !== topPid,
        pipeline: base.pipeline || pipelines > 0,
        functions: [...base.functions, ...[...(handle.state.funcNameStack ?? [])].reverse()],
        sourcedFrom: [...base.sourcedFrom, ...sources],
      });
      return {
        pipeline: async (size, run) => {
          if (size < 2) return run();
          pipelines++;
          try {
            return await run();
          } finally {
            pipelines--;
          }
        },
        command: async (name, args, skipFunctions, run) => {
          const isSource = name === 'source' || name === '.';
          if (!isSource && (BUILTINS.has(name) || (!skipFunctions && handle.state.functions.has(name)))) {
            return run();
          }
          const ctx = context();
          const record: ExecutionRecord = {
            seq: 0,
            historyIndex: this.historyIndex,
            argv: [name, ...args],
            env: handle.exportedEnv(),
            cwd: handle.state.cwd,
            exitCode: 0,
            ...ctx,
          };
          const frame: Frame = { record, context: ctx };
          let before: Map<string, string> | null = null;
          let exportedBefore: Set<string> | null = null;
          const operand = args[0] === '--' ? args[1] : args[0];
          let path: string | null = null;
          if (isSource && operand !== undefined) {
            path = await resolveSource(handle, operand);
            before = variables(handle);
            exportedBefore = new Set(handle.state.exportedVars ?? []);
            if (path) sources.push(path);
          }
          this.frames.push(frame);
          this.push(record);
          const finish = (exitCode: number) => {
            record.exitCode = exitCode;
            if (isSource && operand !== undefined) {
              if (path) sources.pop();
              record.source = this.sourceRecord(handle, operand, path, before, exportedBefore);
            }
            this.frames.splice(this.frames.lastIndexOf(frame), 1);
          };
          let outcome: CommandOutcome;
          try {
            outcome = await run();
          } catch (error) {
            finish(exitCodeOf(error));
            throw error;
          }
          finish(outcome.exitCode);
          return outcome;
        },
      };
    },
  };

  private sourceRecord(
    handle: InterpreterHandle,
    operand: string,
    path: string | null,
    before: Map<string, string> | null,
    exportedBefore: Set<string> | null,
  ): SourceRecord {
    const after = variables(handle);
    const exportedNow = handle.state.exportedVars ?? new Set<string>();
    const set: Record<string, string> = {};
    const exported: Record<string, string> = {};
    for (const [name, value] of after) {
      const changed = before?.get(name) !== value;
      if (changed) set[name] = value;
      if (exportedNow.has(name) && (changed || !exportedBefore?.has(name))) exported[name] = value;
    }
    return { path: path ?? operand, existed: path !== null, set, exported };
  }

  private push(record: ExecutionRecord): void {
    record.seq = this.nextSeq++;
    this.list.push(record);
    if (this.list.length > MAX_EXECUTION_RECORDS)
      this.list.splice(0, this.list.length - MAX_EXECUTION_RECORDS);
  }
}
