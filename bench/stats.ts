// The statistics the benchmarks report.

/** The median (the mean of the two middle values for an even count); 0 for no values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Round by round, each time over the baseline's time of the same round (interleaved runs): a drift of the
 * machine's speed between rounds moves both alike and cancels out. Rounds missing either time are skipped.
 */
export function pairedRatios(times: number[], baseline: number[]): number[] {
  const ratios: number[] = [];
  for (const [round, time] of times.entries()) {
    const base = baseline[round];
    if (base !== undefined && base > 0) ratios.push(time / base);
  }
  return ratios;
}
