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

/** A key/value tag on an IAM entity or bucket. */
export interface Tag {
  Key: string;
  Value: string;
}

/** An access key pair issued to a simulated IAM user. Optional fields default as noted (old saved states lack them). */
export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
  /** Default `Active`. */
  status?: 'Active' | 'Inactive';
  /** ISO 8601; default the account's creation time. */
  createDate?: string;
  /** Set by every authenticated call made with this key (GetAccessKeyLastUsed). */
  lastUsed?: { date: string; serviceName: string; region: string };
}

/**
 * A simulated S3 bucket. Old saved states keep buckets on their owner (`SimulatedUser.buckets`, name and
 * creationDate only); new state keeps them on the account (`SimulatedAccount.buckets`).
 */
export interface SimulatedBucket {
  name: string;
  /** ISO 8601, e.g. `2024-03-01T09:30:00+00:00`. */
  creationDate: string;
  /** Default `us-east-1`. */
  region?: string;
  /** The user who owned it in an old saved state (legacy `SimulatedUser.buckets`), kept when it moved to the account. */
  owner?: string;
  /** Objects by key. */
  objects?: Record<string, SimulatedObject>;
  /** The bucket policy as the JSON text that was put. */
  policy?: string;
  versioning?: 'Enabled' | 'Suspended';
  /** The lifecycle configuration as JSON text (the API's shape). */
  lifecycle?: string;
  publicAccessBlock?: {
    BlockPublicAcls: boolean;
    IgnorePublicAcls: boolean;
    BlockPublicPolicy: boolean;
    RestrictPublicBuckets: boolean;
  };
  tags?: Tag[];
  /**
   * The noncurrent versions and delete markers of each key, newest first (versioning Enabled or Suspended).
   * A key missing from `objects` whose newest entry here is a delete marker reads as deleted.
   */
  versions?: Record<string, SimulatedObjectVersion[]>;
}

/** A noncurrent object version, or a delete marker (no data), of a versioned bucket. */
export type SimulatedObjectVersion =
  | (SimulatedObject & { versionId: string; deleteMarker?: undefined })
  | { versionId: string; lastModified: string; deleteMarker: true };

/** One S3 object (the current version). */
export interface SimulatedObject {
  /** The bytes, base64. */
  body: string;
  /** With quotes, as S3 returns it: `"d41d8cd98f00b204e9800998ecf8427e"` (MD5 of the body). */
  etag: string;
  size: number;
  /** ISO 8601. */
  lastModified: string;
  contentType?: string;
  /** Legacy: older versions, newest first (normalizeAccount moves them to `SimulatedBucket.versions`). */
  versions?: { versionId: string; body: string; etag: string; size: number; lastModified: string }[];
  /** S3's version ID; absent for the `null` version (written while versioning was off or Suspended). */
  versionId?: string;
}

/** An IAM policy attached or embedded: inline policies are stored as their JSON text. */
export interface InlinePolicies {
  [policyName: string]: string;
}

/** A simulated IAM user: who `aws sts get-caller-identity` says you are. */
export interface SimulatedUser {
  userName: string;
  /** The IAM unique id, `AIDA` + 17 upper-case letters or digits. */
  userId: string;
  accessKeys: AccessKey[];
  /** Legacy (old saved states and setups): the buckets this user owns. New state uses `SimulatedAccount.buckets`. */
  buckets: SimulatedBucket[];
  /** Default `/`. */
  path?: string;
  createDate?: string;
  /** Names of the groups the user is in. */
  groups?: string[];
  /** ARNs of attached managed policies (AWS managed or customer managed). */
  attachedPolicies?: string[];
  inlinePolicies?: InlinePolicies;
  tags?: Tag[];
  /**
   * True for users of the seeded account whose permissions were never modelled (old saved states):
   * they are allowed everything, as the first lesson assumes. New users start with no permissions.
   */
  unrestricted?: boolean;
}

export interface SimulatedGroup {
  groupName: string;
  /** `AGPA` + 17 characters. */
  groupId: string;
  path?: string;
  createDate?: string;
  attachedPolicies?: string[];
  inlinePolicies?: InlinePolicies;
}

export interface SimulatedRole {
  roleName: string;
  /** `AROA` + 17 characters. */
  roleId: string;
  path?: string;
  createDate?: string;
  description?: string;
  /** The trust policy as JSON text. */
  assumeRolePolicyDocument: string;
  /** Seconds, default 3600. */
  maxSessionDuration?: number;
  attachedPolicies?: string[];
  inlinePolicies?: InlinePolicies;
  tags?: Tag[];
}

/** A customer managed policy, with its versions (AWS managed policies live in a catalog, not here). */
export interface SimulatedPolicy {
  policyName: string;
  /** `ANPA` + 17 characters. */
  policyId: string;
  path?: string;
  description?: string;
  createDate?: string;
  /** Newest last; exactly one has isDefault. At most five. */
  versions: { versionId: string; document: string; isDefault: boolean; createDate: string }[];
  tags?: Tag[];
}

/** Temporary credentials issued by `sts assume-role`. */
export interface SimulatedRoleSession {
  /** `ASIA…` */
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601. */
  expiration: string;
  roleName: string;
  roleSessionName: string;
  /** The ARN of whoever assumed the role (a user or another role session). */
  sourceIdentityArn: string;
}

/** The pretend AWS account behind the sandbox: the only keys that "work" are issued here. */
export interface SimulatedAccount {
  /** 12 digits. */
  accountId: string;
  users: SimulatedUser[];
  groups?: SimulatedGroup[];
  roles?: SimulatedRole[];
  policies?: SimulatedPolicy[];
  /** Buckets of the account (new state); see SimulatedBucket. */
  buckets?: SimulatedBucket[];
  /**
   * Bucket names other AWS accounts own (S3's namespace is global): CreateBucket answers
   * BucketAlreadyExists. normalizeAccount gives old states the default list (TAKEN_BUCKET_NAMES).
   */
  globalBucketNames?: string[];
  sessions?: SimulatedRoleSession[];
  /** Ids of deleted access keys: IAM never issues an id twice, so a new key must not reuse one. */
  retiredAccessKeyIds?: string[];
  /**
   * The simulated clock, ISO 8601: advanced by the engine, so expiry, CreateDate and LastModified are
   * deterministic in tests. Absent: the real clock.
   */
  clock?: string;
}

/**
 * What one `aws` invocation resolved and how it ended: stored in the sandbox's execution records,
 * read by graders and by the `why` explanation. Owned by lib/aws (lib/shell stores it as given).
 */
export interface AwsCallRecord {
  /** `sts`, `iam`, `s3`, `s3api`, `configure`… (null when argument parsing failed before it was known). */
  service: string | null;
  /** The subcommand or operation as typed (`get-caller-identity`, `cp`, `list`). */
  operation: string | null;
  /** The profile in effect (from --profile, AWS_PROFILE or `default`). */
  profile: string | null;
  /** Where the credentials came from, as `aws configure list` names it (`env`, `shared-credentials-file`, `assume-role`…), or null. */
  credentialSource: string | null;
  /** The access key id used, when any. */
  accessKeyId: string | null;
  /** The principal AWS recognised (user or assumed-role ARN), when authentication succeeded. */
  identityArn: string | null;
  region: string | null;
  output: string | null;
  /** How it ended. */
  outcome:
    'ok' | 'usage-error' | 'no-credentials' | 'auth-failed' | 'access-denied' | 'client-error' | 'error';
  /** The AWS error code (`AccessDenied`, `InvalidClientTokenId`…), when the service refused. */
  errorCode?: string;
  /** Structured explanation (credential chain steps, policy decision) for `why`; shape defined in lib/aws. */
  explanation?: unknown;
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
  /** Byte-level access for `aws s3` transfers (optional: read-only adapters omit it). The bytes, or null when missing or a directory. */
  readBytes?(path: string): Promise<Uint8Array | null>;
  /** Creates or replaces a file with these bytes (parents must exist); `mtimeMs` sets its modification time. */
  writeBytes?(path: string, data: Uint8Array, mtimeMs?: number): Promise<void>;
  /** Kind, size and modification time (`aws s3 sync` compares them), or null when nothing is there. */
  stat?(path: string): Promise<AwsFileStat | null>;
  /** The names in a directory, or null when it is not one. */
  readDir?(path: string): Promise<string[] | null>;
  /** Deletes a file (`aws s3 mv` from a local path). */
  removeFile?(path: string): Promise<void>;
}

/** What `AwsFileSystem.stat` reports. */
export interface AwsFileStat {
  kind: 'file' | 'directory';
  size: number;
  /** Milliseconds since the epoch. */
  mtimeMs: number;
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
  /** What the call resolved, for the execution record. */
  record?: AwsCallRecord;
}
