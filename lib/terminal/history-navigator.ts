// ↑/↓ through the command history like readline: the unfinished line is kept as a draft.

/** Where ↑/↓ currently points. `index === entries.length` means the draft (the line being typed). */
export interface HistoryCursor {
  entries: string[];
  index: number;
  draft: string;
}

/** Starts browsing a history (oldest first); consecutive duplicates are shown once, like `ignoredups`. */
export function startHistory(commands: string[]): HistoryCursor {
  const entries: string[] = [];
  for (const command of commands) {
    if (command.trim() === '' || entries[entries.length - 1] === command) continue;
    entries.push(command);
  }
  return { entries, index: entries.length, draft: '' };
}

/** ↑: the previous entry. `current` is the input's text now (saved as the draft when leaving it). */
export function historyUp(cursor: HistoryCursor, current: string): { cursor: HistoryCursor; text: string } {
  const draft = cursor.index === cursor.entries.length ? current : cursor.draft;
  if (cursor.index === 0) return { cursor: { ...cursor, draft }, text: current };
  const index = cursor.index - 1;
  return { cursor: { ...cursor, index, draft }, text: cursor.entries[index] ?? '' };
}

/** ↓: the next entry, then back to the draft. */
export function historyDown(cursor: HistoryCursor, current: string): { cursor: HistoryCursor; text: string } {
  if (cursor.index >= cursor.entries.length) return { cursor, text: current };
  const index = cursor.index + 1;
  const text = index === cursor.entries.length ? cursor.draft : (cursor.entries[index] ?? '');
  return { cursor: { ...cursor, index }, text };
}
