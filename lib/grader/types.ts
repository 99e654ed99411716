// The grader's vocabulary: checks, their outcomes, exercises and wrong attempts.
import type {
  ExecutionRecord,
  HistoryEntry,
  SandboxSetup,
  SandboxSnapshot,
  SimulatedAccount,
} from '../shell/types';
import type { AwsCallView } from './records';
import type { EffectiveConfig, EffectiveConfigQuery } from './effective-config';
import type { SharedFile } from './shared-files';

/** What a check says about the learner's sandbox. A failure always explains what is still wrong. */
export type CheckOutcome = { pass: true } | { pass: false; message: string };

/**
 * Read-only view of a sandbox snapshot for checks: files, modes, variables, history and the
 * effective AWS configuration. Paths may be absolute, relative to the cwd, or start with `~/`.
 */
export interface GradeState {
  readonly snapshot: SandboxSnapshot;
  /** `/home/learner`. */
  readonly home: string;
  readonly cwd: string;
  /** Exported variables: what programs such as `aws` see. */
  readonly exported: Readonly<Record<string, string>>;
  /** Shell variables that are set but not exported. */
  readonly variables: Readonly<Record<string, string>>;
  /** The lines typed, for messages only: checks judge what ran from `records`, never from this text. */
  readonly history: readonly HistoryEntry[];
  /** What the sandbox executed, oldest first (programs and `source`), as the engine recorded it. */
  readonly records: readonly ExecutionRecord[];
  readonly account: SimulatedAccount;
  /** What one `aws` record resolved (profile, credential source, identity); cached per record. */
  awsCall(record: ExecutionRecord): Promise<AwsCallView>;
  /** Absolute path for `~/x`, `./x` or `/x` (no symlink resolution). */
  resolvePath(path: string): string;
  /** `~/x` for paths inside the home, the absolute path otherwise: how messages name files. */
  displayPath(path: string): string;
  /** The text of a regular file (following symlinks), or null when missing or not a file. */
  readFile(path: string): string | null;
  /** `file`, `directory`, or null when nothing is there (symlinks are followed). */
  kindOf(path: string): 'file' | 'directory' | null;
  /** Permission bits of a file or directory, or null when missing. */
  fileMode(path: string): number | null;
  /** A shared AWS file parsed the way the CLI reads it (null when the file is missing). */
  sharedFile(path: string): SharedFile | null;
  /** The configuration `aws` would use, computed by the same resolution code as the command. */
  effectiveConfig(query?: EffectiveConfigQuery): Promise<EffectiveConfig>;
}

/** One thing the learner must achieve, phrased as a checklist item. */
export interface Check {
  /** Stable id, unique within an exercise, kebab-case (wrong attempts name it). */
  id: string;
  /** Checklist text, e.g. "The default profile uses region eu-west-1". */
  label: string;
  /** Looks at state, never at keystrokes unless the goal is about running a command. */
  run(state: GradeState): CheckOutcome | Promise<CheckOutcome>;
}

/** A script that must fail one named check with one named message (proves the checks explain). */
export interface WrongAttempt {
  name: string;
  /** Run after the setup, like the solution (prompt answers on the following lines). */
  script: string;
  /** Id of the check that must fail. */
  failsCheck: string;
  /** The message that check must give: exact text, or a substring when `/…/`-free text is enough. */
  message: string;
}

/** An exercise as data: see docs/authoring.md. */
export interface Exercise {
  /** kebab-case, equal to the file name in `exercises/`. */
  id: string;
  title: string;
  /** Markdown shown above the checklist. */
  goal: string;
  /** Files, environment, cwd and issued keys the sandbox starts with. */
  setup: SandboxSetup;
  /** Ordered checklist; the exercise is complete when all pass. */
  checks: Check[];
  /** Increasing help: a nudge first, the most specific last. */
  hints: string[];
  /** A bash script that solves the exercise, run like `bash -s` by lib/shell/run-script.ts (prompt answers on the following lines). */
  solution: string;
  /** Other correct routes (each must pass every check), decided against real bash and AWS CLI 2.9.19. */
  alternatives: Alternative[];
  wrongAttempts: WrongAttempt[];
}

/** Another correct route to the goal: a script that must pass every check. */
export interface Alternative {
  name: string;
  /** Run after the setup, like the solution. */
  script: string;
}

/** One line of the checklist after grading. `broken` means the check itself threw (a bug). */
export interface CheckReport {
  id: string;
  label: string;
  status: 'pass' | 'fail' | 'broken';
  message?: string;
}

export interface GradeReport {
  results: CheckReport[];
  /** True when every check passes. */
  complete: boolean;
}
