// The terminal's line editor as pure data: readline-style keys applied to (text, cursor).

/** The learner's current input line and the caret position inside it (0..text.length). */
export interface LineState {
  text: string;
  cursor: number;
}

/**
 * Editing keys the terminal handles itself (the browser input handles plain typing and arrows).
 * `line-start` = Ctrl+A, `line-end` = Ctrl+E, `kill-before` = Ctrl+U, `kill-after` = Ctrl+K,
 * `kill-word` = Ctrl+W (deletes the whitespace-delimited word before the caret, like bash).
 */
export type LineKey = 'line-start' | 'line-end' | 'kill-before' | 'kill-after' | 'kill-word';

/** Maps a keyboard event's fields to a line key, or null when the key is not one of ours. */
export function lineKeyFor(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): LineKey | null {
  if (!event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key.toLowerCase()) {
    case 'a':
      return 'line-start';
    case 'e':
      return 'line-end';
    case 'u':
      return 'kill-before';
    case 'k':
      return 'kill-after';
    case 'w':
      return 'kill-word';
    default:
      return null;
  }
}

function clampCursor(state: LineState): number {
  return Math.max(0, Math.min(state.cursor, state.text.length));
}

/** Applies one editing key and returns the new line state (the input is never mutated). */
export function applyLineKey(state: LineState, key: LineKey): LineState {
  const cursor = clampCursor(state);
  const { text } = state;
  switch (key) {
    case 'line-start':
      return { text, cursor: 0 };
    case 'line-end':
      return { text, cursor: text.length };
    case 'kill-before':
      return { text: text.slice(cursor), cursor: 0 };
    case 'kill-after':
      return { text: text.slice(0, cursor), cursor };
    case 'kill-word': {
      // bash's unix-word-rubout: skip whitespace before the caret, then delete up to the previous whitespace.
      let start = cursor;
      while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--;
      while (start > 0 && !/\s/.test(text[start - 1] ?? '')) start--;
      return { text: text.slice(0, start) + text.slice(cursor), cursor: start };
    }
  }
}

/** Inserts text at the caret (used for "show solution" and Tab completion). */
export function insertAtCursor(state: LineState, inserted: string): LineState {
  const cursor = clampCursor(state);
  return {
    text: state.text.slice(0, cursor) + inserted + state.text.slice(cursor),
    cursor: cursor + inserted.length,
  };
}
