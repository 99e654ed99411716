// When sync transfers a file found on both sides (awscli's syncstrategy: SizeAndLastModified, --size-only,
// --exact-timestamps). Times are seconds since the epoch.

interface Compared {
  size: number;
  time: number;
}

/**
 * True when the file must be transferred. Same size is not enough: for an upload or a copy the destination
 * must be at least as new as the source; for a download the local file must not be newer than the object
 * (with --exact-timestamps: exactly as old).
 */
export function sizeAndTimeDiffer(
  src: Compared,
  dest: Compared,
  operation: string,
  sizeOnly = false,
  exactTimestamps = false,
): boolean {
  if (src.size !== dest.size) return true;
  if (sizeOnly) return false;
  const delta = dest.time - src.time;
  if (operation === 'download') return exactTimestamps ? delta !== 0 : delta > 0;
  return delta < 0;
}
