// What the CLI makes of one shared file: its sections, or the error that makes it refuse the file
// (a thin view of read-shared-file.ts, the one reader of ~/.aws/config and ~/.aws/credentials).
import { readSharedFile, type SharedFileParseError, type SharedFileSection } from './read-shared-file';

export type { SharedFileParseError, SharedFileSection, SharedFileValue } from './read-shared-file';

export type SharedFileParseResult =
  { ok: true; sections: Map<string, SharedFileSection> } | { ok: false; error: SharedFileParseError };

/** Parses one shared file's text into its sections, or says why botocore would refuse it. */
export function parseSharedFile(text: string): SharedFileParseResult {
  const reading = readSharedFile(text);
  return reading.cliError ? { ok: false, error: reading.cliError } : { ok: true, sections: reading.sections };
}
