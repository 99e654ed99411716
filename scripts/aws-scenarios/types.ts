// Scenario definitions the AWS fixture recorder runs against the real AWS CLI v2.

/** A file (or directory) placed under HOME before the first step; paths are relative to HOME. */
export type SetupEntry = { content: string; mode?: number } | { type: 'directory'; mode?: number };

/** One `aws` invocation of a scenario. */
export interface StepSpec {
  /** The words after `aws`. `/home/learner` is replaced by the recording HOME. */
  args: string[];
  /** Text fed to stdin (not a tty); omitted or null = `</dev/null`. */
  stdin?: string | null;
  /** Variables added to the scenario's env for this step only. */
  env?: Record<string, string>;
}

/** A scenario: one fixture file `lib/aws/fixtures/<area>/<name>.json`. */
export interface ScenarioSpec {
  name: string;
  /** What the fixture proves, one sentence. */
  description: string;
  files?: Record<string, SetupEntry>;
  env?: Record<string, string>;
  steps: StepSpec[];
  /**
   * Run the steps against the local STS/S3 stub (`scripts/aws-stub-server.ts`): the recorder appends
   * `--endpoint-url http://127.0.0.1:PORT` (not stored in the fixture) and notes the stub in the fixture.
   */
  stub?: boolean;
  /**
   * With `stub`: also append `--region us-east-1` (not stored). With `--endpoint-url` the CLI insists on a
   * region for STS, while against AWS it signs for us-east-1 and calls the global endpoint when none is set
   * (see the `offline` fixtures), so this keeps the recording faithful to AWS.
   */
  stubGlobalRegion?: boolean;
  /** The network is closed: the fixture documents which endpoint the CLI tried (text of the failure). */
  offline?: boolean;
  /**
   * With `stub`: the time the stub stamps S3 writes with (ISO 8601), stored as `setup.clock`; the replay sets
   * the simulated account's clock to it. Later than the recording so local files are older than uploads.
   */
  clock?: string;
}

/** A named group of scenarios: the area is the fixtures sub-folder. */
export interface ScenarioArea {
  area: string;
  scenarios: ScenarioSpec[];
}

export const KEY1 = 'AKIAIOSFODNN7EXAMPLE';
export const SECRET1 = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const KEY2 = 'AKIAI44QH8DHBEXAMPLE';
export const SECRET2 = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';

/** The bytes `aws configure` writes for KEY1 in a fresh home. */
export const CREDS_DEFAULT = `[default]\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n`;
export const CONFIG_DEFAULT = '[default]\nregion = us-east-1\noutput = json\n';
export const CREDS_TWO = `${CREDS_DEFAULT}[example]\naws_access_key_id = ${KEY2}\naws_secret_access_key = ${SECRET2}\n`;
export const CONFIG_TWO = `${CONFIG_DEFAULT}[profile example]\nregion = eu-west-1\noutput = text\n`;

/** Setup with both files as `aws configure` writes them (0600). */
export const homeWithDefault: Record<string, SetupEntry> = {
  '.aws': { type: 'directory', mode: 0o755 },
  '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
  '.aws/config': { content: CONFIG_DEFAULT, mode: 0o600 },
};

/** Setup with a default and an `example` profile. */
export const homeWithTwo: Record<string, SetupEntry> = {
  '.aws': { type: 'directory', mode: 0o755 },
  '.aws/credentials': { content: CREDS_TWO, mode: 0o600 },
  '.aws/config': { content: CONFIG_TWO, mode: 0o600 },
};

/** Env credentials for the second key (the "environment wins" lesson). */
export const envKey2 = { AWS_ACCESS_KEY_ID: KEY2, AWS_SECRET_ACCESS_KEY: SECRET2 };
