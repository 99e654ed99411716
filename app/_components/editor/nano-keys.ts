// nano's main keys in the sandbox editor: which key does what, and the range Ctrl+K cuts (pure, tested).

/** What a key press asks the editor to do, or null for keys nano does not bind here. */
export type NanoAction = 'write-out' | 'exit' | 'cut-line' | 'uncut';

/** The one-line key help under the editor, as nano shows it (`^` is Ctrl). */
export const NANO_KEY_HELP: readonly { keys: string; label: string }[] = [
  { keys: '^O', label: 'Write Out' },
  { keys: '^X', label: 'Exit' },
  { keys: '^K', label: 'Cut Line' },
  { keys: '^U', label: 'Paste' },
  { keys: 'Esc', label: 'Close' },
];

/** nano binds Ctrl (not Cmd) on every system; Alt, Shift or Meta with it are other commands. */
export function nanoActionFor(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): NanoAction | null {
  if (!event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return null;
  switch (event.key.toLowerCase()) {
    case 'o':
      return 'write-out';
    case 'x':
      return 'exit';
    case 'k':
      return 'cut-line';
    case 'u':
      return 'uncut';
    default:
      return null;
  }
}

/** A range in Monaco's 1-based coordinates. */
export interface LineRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * The range Ctrl+K removes: the whole line with its newline, like nano (on the last line, the newline
 * before it, so no empty line is left behind).
 */
export function cutLineRange(
  line: number,
  lineCount: number,
  maxColumn: (line: number) => number,
): LineRange {
  if (line < lineCount)
    return { startLineNumber: line, startColumn: 1, endLineNumber: line + 1, endColumn: 1 };
  if (line > 1) {
    return {
      startLineNumber: line - 1,
      startColumn: maxColumn(line - 1),
      endLineNumber: line,
      endColumn: maxColumn(line),
    };
  }
  return { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: maxColumn(line) };
}

/** The part of Monaco's editor that Ctrl+K and Ctrl+U use (kept structural: this module has no Monaco import). */
export interface NanoEditor {
  getModel(): {
    getLineCount(): number;
    getLineContent(line: number): string;
    getLineMaxColumn(line: number): number;
  } | null;
  getPosition(): { lineNumber: number; column: number } | null;
  setPosition(position: { lineNumber: number; column: number }): void;
  executeEdits(
    source: string,
    edits: { range: LineRange; text: string; forceMoveMarkers?: boolean }[],
  ): boolean;
}

/** Ctrl+K (consecutive cuts collect, as in nano) and Ctrl+U (paste what was cut) on Monaco's model. */
export function nanoEdit(
  editor: NanoEditor,
  action: 'cut-line' | 'uncut',
  buffer: { text: string; fresh: boolean },
): void {
  const model = editor.getModel();
  const position = editor.getPosition();
  if (!model || !position) return;
  if (action === 'uncut') {
    if (buffer.text === '') return;
    const at = {
      startLineNumber: position.lineNumber,
      startColumn: 1,
      endLineNumber: position.lineNumber,
      endColumn: 1,
    };
    editor.executeEdits('nano', [{ range: at, text: buffer.text, forceMoveMarkers: true }]);
    buffer.fresh = true;
    return;
  }
  const line = position.lineNumber;
  const lineCount = model.getLineCount();
  const text = `${model.getLineContent(line)}\n`;
  buffer.text = buffer.fresh ? text : buffer.text + text;
  buffer.fresh = false;
  const range = cutLineRange(line, lineCount, (l) => model.getLineMaxColumn(l));
  editor.executeEdits('nano', [{ range, text: '' }]);
  const next = Math.min(line, model.getLineCount());
  editor.setPosition({ lineNumber: next, column: 1 });
}
