// The public shape of a sandbox: what the terminal, the graders, the headless runner and tests use.
// This is a contract between lib/shell, lib/grader and app/: change it only together.
import type { AwsCallRecord, ReadLine, SimulatedAccount } from '../aws/types';

export type { AwsCallRecord, ReadLine, PromptRequest, SimulatedAccount } from '../aws/types';

/** A regular file. `content` is UTF-8 text unless `encoding` is `base64` (binary content). */
export interface FileEntry {
  type: 'file';
  content: string;
  encoding?: 'base64';
  /** Permission bits only, e.g. 0o600 (384). */
  mode: number;
}
export interface DirectoryEntry {
  type: 'directory';
  mode: number;
}
export interface SymlinkEntry {
  type: 'symlink';
  target: string;
}
export type FsEntry = FileEntry | DirectoryEntry | SymlinkEntry;

/** One line the learner ran, with its exit status. */
export interface HistoryEntry {
  command: string;
  exitCode: number;
}

/**
 * One command the sandbox executed (a program such as `aws`, `env`, `printenv`, or a `source`/`.`),
 * recorded by the engine as it ran: graders read these, never the history text.
 * Contract between lib/shell (which records) and lib/grader (which reads).
 */
export interface ExecutionRecord {
  /** Increases by one per record over the sandbox's life (survives snapshots). */
  seq: number;
  /** Index into `history` of the line that ran it (-1 for setup or host-internal runs). */
  historyIndex: number;
  /** argv after expansion; argv[0] is the command name as invoked (`aws`, `source`, `.`). */
  argv: string[];
  /** The exported environment the program received (unexported variables are not in it). */
  env: Record<string, string>;
  cwd: string;
  exitCode: number;
  /**
   * True when it ran where variable changes cannot reach the interactive shell: a pipeline
   * element (bash runs each in a subshell), `( … )`, `$( … )`, `bash script.sh`/`bash -c`.
   */
  subshell: boolean;
  /** True when it was one element of a pipeline `a | b`. */
  pipeline: boolean;
  /** Names of the shell functions it ran inside, outermost first (empty at top level). */
  functions: string[];
  /** Absolute paths of the files being sourced when it ran, outermost first. */
  sourcedFrom: string[];
  /** For `aws`: what the simulated CLI resolved and how the call ended (see lib/aws/types.ts). */
  aws?: AwsCallRecord;
  /** For `source FILE` / `. FILE`. */
  source?: SourceRecord;
}

/** What one `source`/`.` did. */
export interface SourceRecord {
  /** The file as resolved (absolute), or the argument as written when it could not be found. */
  path: string;
  existed: boolean;
  /** Variables whose value it set or changed, and those it left exported, with final values. */
  set: Record<string, string>;
  exported: Record<string, string>;
}

/** The most records a snapshot keeps (oldest dropped first). */
export const MAX_EXECUTION_RECORDS = 500;

/** A whole sandbox as plain JSON: restoring it gives back exactly the same sandbox. */
export interface SandboxSnapshot {
  format: 'skillshell-sandbox';
  version: 1;
  /** Every file, directory and symlink, keyed by absolute path (directories included, even empty). */
  files: Record<string, FsEntry>;
  /** Exported variables (what programs such as `aws` and `env` see). */
  exported: Record<string, string>;
  /** Shell variables that are set but not exported (`X=1`, or what `source` of a file sets). */
  variables: Record<string, string>;
  cwd: string;
  history: HistoryEntry[];
  account: SimulatedAccount;
  /** What ran, newest last, at most MAX_EXECUTION_RECORDS. Absent in saved states from before records. */
  records?: ExecutionRecord[];
}

/** Something the host (terminal) must do after a command: the engine itself has no UI. */
export type SandboxEffect =
  /** `nano FILE`, `vi FILE`, `vim FILE`, `code FILE`: open this absolute path in the editor. */
  | { type: 'open-editor'; path: string }
  /** `clear` (or Ctrl+L handled by the host). */
  | { type: 'clear' };

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  effects: SandboxEffect[];
}

export interface RunOptions {
  /** Answers interactive prompts. Without it a prompting command sees end of input. */
  readLine?: ReadLine;
  /** Aborting cancels the running command (Ctrl+C): it ends with exit code 130. */
  signal?: AbortSignal;
}

/** A command the host adds to the sandbox (e.g. `check`, which prints an exercise's checklist). */
export type HostCommand = (
  args: string[],
  context: { stdin: string; sandbox: Sandbox },
) => Promise<{ stdout: string; stderr: string; exitCode: number }>;

/** Initial contents when not restoring a snapshot. Paths may start with `~/`. */
export interface SandboxSetup {
  files?: Record<string, string | { content: string; mode?: number }>;
  /** Exported variables on top of the defaults (HOME, USER, PATH, ...). */
  env?: Record<string, string>;
  cwd?: string;
  account?: SimulatedAccount;
}

export interface CreateSandboxOptions extends SandboxSetup {
  /** Restore exactly this state instead of starting fresh (setup fields are then ignored). */
  snapshot?: SandboxSnapshot;
  hostCommands?: Record<string, HostCommand>;
}

export interface Sandbox {
  /** Runs one complete input (one line, or several lines forming one construct) like interactive bash. */
  run(input: string, options?: RunOptions): Promise<RunResult>;
  /** False while the input still needs more lines (open quote, here-doc, `if` without `fi`). */
  isComplete(input: string): boolean;
  /** `/home/learner`. */
  readonly home: string;
  /** The current working directory. */
  cwd(): string;
  exportedEnv(): Record<string, string>;
  shellVariables(): Record<string, string>;
  history(): HistoryEntry[];
  /** Execution records, oldest first (see ExecutionRecord). */
  records(): ExecutionRecord[];
  /** Adds (or replaces) a host command without rebuilding the sandbox: functions and state are kept. */
  addHostCommand(name: string, run: HostCommand): void;
  /** Direct file access for the editor and graders (paths absolute or `~/...`). */
  readFile(path: string): string | null;
  writeFile(path: string, content: string, mode?: number): void;
  /** Permission bits, or null when missing. */
  fileMode(path: string): number | null;
  /** Entries directly inside a directory (names), or null when it is not a directory. */
  listDirectory(path: string): string[] | null;
  snapshot(): SandboxSnapshot;
  /** "New session": keep files and history, drop every variable and go back home. */
  newSession(): void;
  readonly account: SimulatedAccount;
}
