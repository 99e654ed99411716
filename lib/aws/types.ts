// Shared types of the simulated AWS CLI: how it is invoked, how it reads files and asks questions.
// This is a contract between lib/aws, lib/shell and lib/grader: change it only together.

/** One question asked by an interactive command (`aws configure` asks four). */
export interface PromptRequest {
  /** The exact text the real CLI prints before reading, e.g. `AWS Access Key ID [None]: `. */
  prompt: string;
  /** False for input a terminal must not echo (passwords); `aws configure` echoes everything. */
  echo: boolean;
}

/**
 * Reads one line of the learner's answer (without the newline). `null` means end of input
 * (Ctrl+D in the terminal, end of the script in the headless runner). The channel, not the
 * command, shows the prompt text: the browser terminal prints it, the headless runner writes it
 * to stdout, so the command must NOT also put it in its own stdout.
 */
export type ReadLine = (request: PromptRequest) => Promise<string | null>;

/** An access key pair issued to a simulated IAM user. */
export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A simulated S3 bucket owned by a user. */
export interface SimulatedBucket {
  name: string;
  /** ISO 8601, e.g. `2024-03-01T09:30:00+00:00`. */
  creationDate: string;
}

/** A simulated IAM user: who `aws sts get-caller-identity` says you are. */
export interface SimulatedUser {
  userName: string;
  /** The IAM unique id, `AIDA` + 17 upper-case letters or digits. */
  userId: string;
  accessKeys: AccessKey[];
  buckets: SimulatedBucket[];
}

/** The pretend AWS account behind the sandbox: the only keys that "work" are issued here. */
export interface SimulatedAccount {
  /** 12 digits. */
  accountId: string;
  users: SimulatedUser[];
}

/** The small, async file-system surface the `aws` command needs. Paths are absolute. */
export interface AwsFileSystem {
  /** The file's text, or null when it does not exist (or is a directory). */
  readFile(path: string): Promise<string | null>;
  /** Creates or replaces a file. `mode` applies only when the file is created. Parents must exist. */
  writeFile(path: string, content: string, mode?: number): Promise<void>;
  /** Creates a directory and its parents (no error when it exists). */
  mkdirp(path: string, mode?: number): Promise<void>;
  exists(path: string): Promise<boolean>;
}

/** Everything one `aws ...` invocation may look at. */
export interface AwsInvocation {
  /** The words after `aws`, already expanded by the shell. */
  argv: string[];
  /** Exported environment variables only (unexported shell variables are invisible to programs). */
  env: Record<string, string>;
  cwd: string;
  fs: AwsFileSystem;
  /** Asks the learner a question; see ReadLine. */
  readLine: ReadLine;
  /**
   * Text redirected or piped into the command (`aws configure <<EOF`), or undefined when
   * stdin is the terminal. When defined, prompts read from it (and the prompt texts go to stdout).
   */
  stdin?: string;
  account: SimulatedAccount;
}

export interface AwsResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}
