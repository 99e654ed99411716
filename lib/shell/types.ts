// The public shape of a sandbox: what the terminal, the graders, the headless runner and tests use.
// This is a contract between lib/shell, lib/grader and app/: change it only together.
import type { ReadLine, SimulatedAccount } from '../aws/types';

export type { ReadLine, PromptRequest, SimulatedAccount } from '../aws/types';

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
