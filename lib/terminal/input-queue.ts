// Lines typed or pasted ahead while a command runs, and assembly of multi-line commands.

/**
 * Splits pasted text into complete lines (each ended by a newline) and the unfinished rest,
 * which stays in the input for the learner to finish.
 */
export function splitPaste(text: string): { lines: string[]; rest: string } {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  const rest = rows.pop() ?? '';
  return { lines: rows, rest };
}

/** Result of feeding one line: a whole command to run, or the buffer still waiting for more lines. */
export type AssembleResult = { kind: 'command'; command: string } | { kind: 'more'; pending: string };

/**
 * Joins continuation lines (open quotes, here-docs, `if` without `fi`) into one command, using the
 * sandbox's `isComplete`. `pending` is what was collected so far (null at the primary prompt).
 */
export function assembleLine(
  pending: string | null,
  line: string,
  isComplete: (input: string) => boolean,
): AssembleResult {
  const input = pending === null ? line : `${pending}\n${line}`;
  if (isComplete(input)) return { kind: 'command', command: input };
  return { kind: 'more', pending: input };
}

/** First-in first-out queue of lines submitted while the shell was busy (type-ahead). */
export class InputQueue {
  private readonly lines: string[] = [];

  /** Adds one submitted line. */
  push(line: string): void {
    this.lines.push(line);
  }

  /** Adds several lines (a multi-line paste). */
  pushAll(lines: string[]): void {
    this.lines.push(...lines);
  }

  /** The oldest waiting line, removed from the queue. */
  take(): string | undefined {
    return this.lines.shift();
  }

  /** Ctrl+C discards type-ahead, like a terminal flushes its input on an interrupt. */
  clear(): void {
    this.lines.length = 0;
  }

  get size(): number {
    return this.lines.length;
  }
}
