// Python's difflib.get_close_matches (n=3, cutoff=0.8): the "maybe you meant" suggestions of usage errors.

function matchingCharacters(a: string, b: string): number {
  const b2j = new Map<string, number[]>();
  [...b].forEach((ch, j) => b2j.set(ch, [...(b2j.get(ch) ?? []), j]));
  const longest = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let best: [number, number, number] = [alo, blo, 0];
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > best[2]) best = [i - k + 1, j - k + 1, k];
      }
      j2len = next;
    }
    return best;
  };
  let total = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longest(alo, ahi, blo, bhi);
    if (k) {
      total += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  return total;
}

function ratio(a: string, b: string): number {
  const length = a.length + b.length;
  return length ? (2 * matchingCharacters(a, b)) / length : 1;
}

/** The best (up to 3) possibilities whose similarity ratio to `word` is at least 0.8. */
export function getCloseMatches(
  word: string,
  possibilities: readonly string[],
  n = 3,
  cutoff = 0.8,
): string[] {
  const scored: [number, string][] = [];
  for (const candidate of possibilities) {
    const quick = (2 * Math.min(candidate.length, word.length)) / (candidate.length + word.length || 1);
    if (quick < cutoff) continue;
    const score = ratio(candidate, word);
    if (score >= cutoff) scored.push([score, candidate]);
  }
  scored.sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0));
  return scored.slice(0, n).map(([, candidate]) => candidate);
}
