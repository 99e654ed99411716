// Scenario definitions the bash fixture recorder runs in real bash.

/** A file or directory placed under HOME before the script runs (paths relative to HOME). */
export type BashSetupEntry = { content: string; mode?: number } | { type: 'directory'; mode?: number };

/** One script run as the input of an interactive bash: one fixture `lib/shell/fixtures/bash/<name>.json`. */
export interface BashScenario {
  name: string;
  /** What the fixture proves, one sentence. */
  description: string;
  files?: Record<string, BashSetupEntry>;
  /** Lines typed at the prompt. Never hostile input (no loops without end, no fork bombs). */
  script: string;
}

/** A scenario maker for one category: `s(name, description, script, files?)` names it `<prefix>-<name>`. */
export function scenarioMaker(prefix: string) {
  return (
    name: string,
    description: string,
    script: string,
    files?: BashScenario['files'],
  ): BashScenario => ({
    name: `${prefix}-${name}`,
    description,
    script,
    ...(files ? { files } : {}),
  });
}

/** `~/.aws/credentials` exactly as `aws configure` writes it. */
export const AWS_CREDENTIALS =
  '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';

/** Input that must never reach a real shell (endless loops, fork bombs, endless streams): the recorder refuses it.
 * `yes ... | head` is bounded (head exits, yes gets SIGPIPE) and allowed. */
export const HOSTILE_PATTERN =
  /while\s+(true|:)|until\s+false|:\(\)\s*\{|(^|[;&|(]\s*)yes\b(?![^|\n]*\|\s*head\b)|\/dev\/(zero|urandom)/m;
