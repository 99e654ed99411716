// The progress file's identity and limits, and the storage key: small constants usable without the validator.

/** Identifies our files among any JSON a learner might pick. */
export const PROGRESS_FORMAT = 'skillshell-progress';
export const PROGRESS_VERSION = 1;
/** Larger files are refused before parsing (a real one is a few kB). */
export const MAX_PROGRESS_FILE_BYTES = 512 * 1024;
/** The localStorage key. */
export const PROGRESS_KEY = 'skillshell:progress';

/** A file name for the download, e.g. `skillshell-progress-2026-11-28.json`. */
export function progressFileName(now: Date): string {
  return `skillshell-progress-${now.toISOString().slice(0, 10)}.json`;
}
