// The shell session: one just-bash interpreter whose variables, export flags, cwd and $? persist across runs.
import { Bash, type CustomCommand, type IFileSystem } from 'just-bash';
import { HOME } from './volume';
import { aliasChainPlugin, cdArityPlugin } from './transforms';
import {
  bashState,
  coverageHooks,
  registeredCommandNames,
  type InterpreterHandle,
  type InterpreterHooks,
} from './just-bash-seam';
import { captureMemory, emptyMemory, restoreMemory, type InterpreterMemory } from './interpreter-memory';

/** Shell state that outlives one run, exactly what a snapshot stores. */
export interface ShellState {
  exported: Record<string, string>;
  variables: Record<string, string>;
  cwd: string;
  lastExitCode: number;
}

/** What every fresh login shell exports. */
export function defaultExports(): Record<string, string> {
  return {
    HOME,
    USER: 'learner',
    LOGNAME: 'learner',
    SHELL: '/bin/bash',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOSTNAME: 'skillshell',
    SHLVL: '1',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
  };
}

/** Limits that stop runaway commands (CPU-bound loops, fork bombs, floods) but never a prompt. */
export const EXECUTION_LIMITS = {
  maxCommandCount: 50_000,
  maxLoopIterations: 50_000,
  maxCallDepth: 100,
  maxSubstitutionDepth: 50,
  maxOutputSize: 8 * 1024 * 1024,
  maxStringLength: 16 * 1024 * 1024,
  maxHeredocSize: 4 * 1024 * 1024,
  maxBraceExpansionResults: 100_000,
  maxArrayElements: 200_000,
  // A command waiting for the learner's answer must not be killed by a wall-clock deadline.
  maxExecutionTimeMs: 24 * 60 * 60 * 1000,
};

const MANAGED = new Set(['?', 'PWD', 'OLDPWD']);

/** Wraps just-bash so that each run sees the previous run's shell state, like lines typed into bash. */
export class ShellSession {
  readonly bash: Bash;
  private state: ShellState;
  /** Arrays, attributes, functions and options left by earlier inputs; not in snapshots. */
  private memory: InterpreterMemory = emptyMemory();
  /** The interpreter running the current input (the first one created during `exec`), null between inputs. */
  private top: InterpreterHandle | null = null;
  private running = false;
  private oldPwd: string | undefined;
  /** Shell-internal variables of just-bash (IFS, OSTYPE...): passed to every run, kept out of snapshots. */
  private readonly internals: Record<string, string>;

  constructor(fs: IFileSystem, commands: CustomCommand[], initial: ShellState, hooks: InterpreterHooks = {}) {
    this.bash = new Bash({
      fs,
      cwd: initial.cwd,
      env: { ...initial.exported },
      customCommands: commands,
      executionLimits: EXECUTION_LIMITS,
      defenseInDepth: false,
      processInfo: { pid: 4242, ppid: 4241, uid: 1000, gid: 1000 },
      // The interpreter reports every step to its coverage hook (the CPU guard counts busy time there),
      // and each new interpreter to `attach` (execution records).
      coverage: coverageHooks({
        step: hooks.step,
        attach: (handle) => {
          if (this.running && !handle.child) {
            this.top = handle;
            restoreMemory(handle.state, this.memory);
          }
          return hooks.attach?.(handle);
        },
      }),
    });
    this.bash.registerTransformPlugin(cdArityPlugin);
    this.bash.registerTransformPlugin(aliasChainPlugin((name) => this.state.variables[`BASH_ALIAS_${name}`]));
    const base = this.bash.getEnv();
    this.internals = {};
    for (const [name, value] of Object.entries(base)) {
      if (!(name in initial.exported) && !MANAGED.has(name)) this.internals[name] = value;
    }
    this.internals.HOSTNAME = 'skillshell';
    this.state = { ...initial, exported: { ...initial.exported }, variables: { ...initial.variables } };
    this.oldPwd = initial.exported.OLDPWD;
    delete this.state.exported.PWD;
  }

  /** Names of every command the interpreter can run (built-ins and ours). */
  commandNames(): string[] {
    return registeredCommandNames(this.bash);
  }

  get shellState(): ShellState {
    return { ...this.state, exported: { ...this.state.exported }, variables: { ...this.state.variables } };
  }

  /** Replaces the whole shell state (restore, new session). */
  reset(state: ShellState): void {
    this.exportedUnset.clear();
    this.memory = emptyMemory();
    this.state = { ...state, exported: { ...state.exported }, variables: { ...state.variables } };
    delete this.state.exported.PWD;
    this.oldPwd = state.exported.OLDPWD;
  }

  setLastExitCode(code: number): void {
    this.state.lastExitCode = code;
  }

  /**
   * Names exported while unset (`export X` before any `X=...`): bash gives them the export attribute
   * but no value, so `env` does not list them until they are assigned. just-bash would set them to "".
   * Kept across runs, not in snapshots.
   */
  private exportedUnset = new Set<string>();

  /** Runs one complete input and carries the resulting state into the next run. */
  async exec(
    input: string,
    signal?: AbortSignal,
    bareExports: Set<string> = new Set(),
  ): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    const { exported, variables, cwd, lastExitCode } = this.state;
    const wasUnset = new Set([...bareExports].filter((name) => !(name in exported) && !(name in variables)));
    const env: Record<string, string> = { ...this.internals, ...variables, ...exported, PWD: cwd };
    env['?'] = String(lastExitCode);
    const exportedNames = new Set<string>(['PWD', ...Object.keys(exported), ...this.exportedUnset]);
    const internal = bashState(this.bash);
    // What child shells (`bash -c`) start from: only the exported variables.
    internal.env = new Map(Object.entries({ ...this.internals, ...exported, PWD: cwd }));
    internal.cwd = cwd;
    internal.previousDir = this.oldPwd ?? cwd;
    internal.lastExitCode = lastExitCode;
    // just-bash mutates this set in place (export, export -n, unset, declare -x): we own it and read it back.
    internal.exportedVars = exportedNames;

    this.running = true;
    this.top = null;
    let result;
    try {
      result = await this.bash.exec(input, { signal, rawScript: true, env, replaceEnv: true, cwd });
    } finally {
      this.running = false;
      // Set by the attach hook while exec ran (TypeScript cannot see that).
      const top = this.top as InterpreterHandle | null;
      if (top) this.memory = captureMemory(top.state);
      this.top = null;
    }
    this.capture(result.env, exportedNames, result.exitCode);
    this.trackExportedUnset(wasUnset, result.env, exportedNames);
    return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
  }

  private trackExportedUnset(
    wasUnset: Set<string>,
    finalEnv: Record<string, string>,
    exportedNames: Set<string>,
  ): void {
    for (const name of [...this.exportedUnset]) {
      if (!exportedNames.has(name) || name in this.state.exported || name in this.state.variables) {
        this.exportedUnset.delete(name);
      }
    }
    for (const name of wasUnset) {
      if (finalEnv[name] === '' && exportedNames.has(name)) {
        this.exportedUnset.add(name);
        delete this.state.exported[name];
      }
    }
  }

  private capture(finalEnv: Record<string, string>, exportedNames: Set<string>, exitCode: number): void {
    const exported: Record<string, string> = {};
    const variables: Record<string, string> = {};
    for (const [name, value] of Object.entries(finalEnv)) {
      if (name === '?' || name === 'PWD') continue;
      if (exportedNames.has(name)) exported[name] = value;
      else if (this.internals[name] !== value) variables[name] = value;
    }
    if (!('OLDPWD' in exported) && 'OLDPWD' in variables) {
      // bash keeps OLDPWD exported once `cd` set it.
      exported.OLDPWD = variables.OLDPWD;
      delete variables.OLDPWD;
    }
    this.oldPwd = finalEnv.OLDPWD;
    const cwd = finalEnv.PWD && finalEnv.PWD.startsWith('/') ? finalEnv.PWD : this.state.cwd;
    this.state = { exported, variables, cwd, lastExitCode: exitCode };
  }
}
