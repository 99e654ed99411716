// The one module that touches just-bash's private internals (state, command registry, interpreter hooks).
// Every assumption made here is checked by just-bash-seam.test.ts, which names it when an upgrade breaks it.
import type { Bash } from 'just-bash';
import { errnoText } from './commands/gnu';
import { OutputLog, type OrderedResult } from './output-order';
import { syntaxStop } from './syntax-stop';

/** An indexed or associative array as just-bash stores it (`state.arrays`). */
export interface ShellArray {
  kind: 'indexed' | 'associative';
  elements: Map<string, string>;
}

/** The part of just-bash's `InterpreterState` the sandbox reads or sets (see just-bash src/interpreter/types.ts). */
export interface InterpreterState {
  env: Map<string, string>;
  arrays?: Map<string, ShellArray>;
  cwd: string;
  previousDir: string;
  lastExitCode: number;
  exportedVars?: Set<string>;
  tempExportedVars?: Set<string>;
  associativeArrays?: Set<string>;
  integerVars?: Set<string>;
  lowercaseVars?: Set<string>;
  uppercaseVars?: Set<string>;
  readonlyVars?: Set<string>;
  functions: Map<string, unknown>;
  /** Innermost function first (bash's FUNCNAME). */
  funcNameStack?: string[];
  /** Line number (in the script or sourced file being run) of the command being run. */
  currentLine: number;
  /** The process id `$BASHPID` shows: changes in `( … )`, `$( … )` and scripts run as `./x.sh`. */
  bashPid: number;
  options: { allexport: boolean; [name: string]: boolean };
  shoptOptions: { expand_aliases: boolean; [name: string]: boolean };
  /** How many loops enclose the command being run (0 at top level: `break` there is an error). */
  loopDepth: number;
  /** Input of a loop or group with a redirection/pipe, read by `read` when it has no stdin of its own. */
  groupStdin?: string;
}

/** What a command returns inside the interpreter. */
export interface CommandOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The filesystem calls the seam needs from the interpreter's context. */
export interface SeamFs {
  resolvePath(base: string, path: string): string;
  stat(path: string): Promise<{ isDirectory: boolean }>;
  readFile(path: string): Promise<string>;
}

/** One just-bash `Interpreter` (one per `exec()`, and one per child `bash -c`/`env`/`xargs` run). */
export interface InterpreterHandle {
  readonly state: InterpreterState;
  readonly fs: SeamFs;
  /** Created while a command of another interpreter ran: a non-interactive child shell. */
  readonly child: boolean;
  /** Exported variables (plus prefix assignments of the command being run), as programs receive them. */
  exportedEnv(): Record<string, string>;
}

/** Called around every command name the interpreter dispatches (builtins, functions and programs). */
export type CommandHook = (
  name: string,
  args: string[],
  skipFunctions: boolean,
  run: () => Promise<CommandOutcome>,
) => Promise<CommandOutcome>;

/** Called around every pipeline; `size` is its number of commands (1 for a plain command). */
export type PipelineHook = (size: number, run: () => Promise<CommandOutcome>) => Promise<CommandOutcome>;

/** What to run around one interpreter's commands and pipelines. */
export interface InterpreterWrap {
  command?: CommandHook;
  pipeline?: PipelineHook;
  /**
   * `read` with nothing to read (no pipe, redirection, here-doc or loop input): one line from the
   * terminal (without newline), or null at end of input. `args` are read's arguments.
   */
  terminalLine?: (args: string[]) => Promise<string | null>;
}

export interface InterpreterHooks {
  /** Every interpreter step (the CPU guard counts busy time here). */
  step?: () => void;
  /** A new interpreter was created; return the hooks to run around its commands and pipelines. */
  attach?: (handle: InterpreterHandle) => InterpreterWrap | void;
}

/** One command hook running `outer` around `inner` (either may be absent). */
export function chainCommandHooks(outer?: CommandHook, inner?: CommandHook): CommandHook | undefined {
  if (!outer || !inner) return outer ?? inner;
  return (name, args, skip, run) => outer(name, args, skip, () => inner(name, args, skip, run));
}

type Method = (...args: unknown[]) => Promise<CommandOutcome>;
interface RawInterpreter {
  ctx: { state: InterpreterState; fs: SeamFs };
  runCommand: Method;
  executePipeline: Method;
  executeCommand: Method;
  buildExportedEnv: () => Record<string, string>;
}

/** Where the standard input of the command being run comes from, as far as a program can tell. */
type StdinOrigin = 'regular-file' | 'other' | 'inherited';

/** A redirection node as just-bash's parser makes it (ast/types.ts RedirectionNode). */
interface RawRedirection {
  fd: number | null;
  operator: string;
}

/** The origin a command node's own redirections give its stdin (the last one for fd 0 wins). */
function stdinOriginOf(node: { redirections?: RawRedirection[] }): StdinOrigin {
  let origin: StdinOrigin = 'inherited';
  for (const redirection of node.redirections ?? []) {
    const fd = redirection.fd ?? (redirection.operator.startsWith('<') ? 0 : 1);
    if (fd !== 0) continue;
    origin = redirection.operator === '<' || redirection.operator === '<>' ? 'regular-file' : 'other';
  }
  return origin;
}

/** What our patch adds to the `coverage` object, read back by our commands through their `ctx.coverage`. */
interface SeamCoverage {
  stdinOrigin?: () => StdinOrigin;
}

/**
 * True when the running command's stdin is a regular file (`wc < file`, `{ …; } < file`), false for a
 * pipe, here-doc, here-string or terminal. GNU tools size their output by it (wc's column width).
 */
export function stdinIsRegularFile(ctx: { coverage?: unknown }): boolean {
  return (ctx.coverage as SeamCoverage | undefined)?.stdinOrigin?.() === 'regular-file';
}

/**
 * The `coverage` option of `new Bash()`: just-bash calls `hit()` on every step. Our patch
 * (patches/just-bash+3.4.2.patch) makes the Interpreter constructor call `attachInterpreter(this)`,
 * a failed redirection ask `errnoText(error)` for its message, the merges of stdout and stderr
 * (`&>`, `2>&1`, `|&`) ask `interleave(stdout, stderr, finished)` for the two in write order, and a
 * sourced file or script with a syntax error ask `syntaxStop(ctx, content, name, sourced)` what to run
 * and what to print.
 */
export function coverageHooks(hooks: InterpreterHooks): { hit(feature: string): void } {
  // Commands running in any interpreter of this shell: one created meanwhile is a child (`bash -c`, `env`).
  let running = 0;
  // What leaf commands wrote, shared by every interpreter of this shell (`bash -c` inside `&>` included).
  const output = new OutputLog();
  // The stdin origin of every command node and pipeline being run, innermost last.
  const stdinOrigins: StdinOrigin[] = [];
  // Each interpreter's handle, by the context object just-bash passes to builtins.
  const handles = new WeakMap<object, InterpreterHandle>();
  return {
    hit: () => hooks.step?.(),
    errnoText,
    interleave: (stdout: string, stderr: string, finished?: boolean) =>
      output.interleave(stdout, stderr, finished === true),
    stdinOrigin: (): StdinOrigin => stdinOrigins.findLast((origin) => origin !== 'inherited') ?? 'other',
    syntaxStop: (ctx: object, content: string, name: string, sourced: boolean) => {
      const stop = syntaxStop(content, name);
      if (!stop) return null;
      // An interactive shell names itself before a sourced file's errors; a script or child shell does not.
      const interactive = sourced && handles.get(ctx)?.child === false;
      return interactive ? { ...stop, message: stop.message.replace(/^(?=.)/gm, 'bash: ') } : stop;
    },
    attachInterpreter: (raw: RawInterpreter) => {
      const handle: InterpreterHandle = {
        get state() {
          return raw.ctx.state;
        },
        fs: raw.ctx.fs,
        child: running > 0,
        exportedEnv: () => ({ ...raw.buildExportedEnv() }),
      };
      handles.set(raw.ctx, handle);
      const wrap = hooks.attach?.(handle) || {};
      const command = wrap.command;
      const runCommand = raw.runCommand;
      const terminalLine = wrap.terminalLine;
      raw.runCommand = async (...args: unknown[]) => {
        // runCommand(name, args, quotedArgs, stdin, skipFunctions, useDefaultPath, stdinSourceFd, stdinRedirected)
        if (terminalLine && args[0] === 'read' && args[3] === '' && args[7] !== true) {
          const readArgs = args[1] as string[];
          const fromFd = readArgs.some((arg) => /^-[a-zA-Z]*u/.test(arg));
          if (!fromFd && Number(args[6] ?? -1) < 0 && raw.ctx.state.groupStdin === undefined) {
            const line = await terminalLine(readArgs);
            if (line !== null) args[3] = `${line}\n`;
          }
        }
        running++;
        const logged = output.size;
        try {
          const run = () => runCommand.apply(raw, args);
          const result = await (command
            ? command(String(args[0]), args[1] as string[], args[4] === true, run)
            : run());
          // A function, `source` or `eval` logged its own commands; only a leaf logs its result.
          if (output.size === logged) output.record(result as OrderedResult);
          return result;
        } finally {
          running--;
        }
      };
      // executeCommand(node, stdin, …) runs one command node: it scopes the log for the node's redirections.
      const executeCommand = raw.executeCommand;
      raw.executeCommand = async (...args: unknown[]) => {
        output.enter();
        stdinOrigins.push(stdinOriginOf(args[0] as { redirections?: RawRedirection[] }));
        try {
          return await executeCommand.apply(raw, args);
        } finally {
          stdinOrigins.pop();
          output.leave();
        }
      };
      const pipeline = wrap.pipeline;
      const executePipeline = raw.executePipeline;
      raw.executePipeline = async (...args: unknown[]) => {
        const node = args[0] as { commands?: unknown[] };
        const size = node.commands?.length ?? 1;
        const run = () => executePipeline.apply(raw, args);
        // Inside a pipeline of several commands stdin is a pipe (the first one's too: close enough).
        stdinOrigins.push(size > 1 ? 'other' : 'inherited');
        try {
          return await (pipeline ? pipeline(size, run) : run());
        } finally {
          stdinOrigins.pop();
        }
      };
    },
  } as { hit(feature: string): void };
}

interface RawBash {
  state: InterpreterState;
  commands: Map<string, unknown>;
}

/** just-bash's `Bash#state`: what every `exec()` copies its starting state from. */
export function bashState(bash: Bash): InterpreterState {
  return (bash as unknown as RawBash).state;
}

/** Names of every command registered in the interpreter (built-in programs and ours). */
export function registeredCommandNames(bash: Bash): string[] {
  return [...(bash as unknown as RawBash).commands.keys()];
}
