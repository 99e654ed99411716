// The order in which commands wrote stdout and stderr, so `&>`, `2>&1` and `|&` can merge the two in time order.
// just-bash keeps a command's two streams as separate strings; this log remembers what each command wrote, in order.

/** One piece of output as a command wrote it: to stdout (1) or stderr (2). */
export interface OutputWrite {
  fd: 1 | 2;
  text: string;
}

/** A result that may say in which order its stdout and stderr pieces were written. */
export interface OrderedResult {
  stdout: string;
  stderr: string;
  /** The same text as `stdout` and `stderr`, in the order it was written (optional). */
  writes?: OutputWrite[];
}

/** The pieces of a result in time order: its own `writes` when they match its streams, else stdout then stderr. */
export function writesOf(result: OrderedResult): string[] {
  const writes = result.writes;
  if (writes) {
    const text = (fd: 1 | 2) => writes.filter((write) => write.fd === fd).map((write) => write.text);
    if (text(1).join('') === result.stdout && text(2).join('') === result.stderr) {
      return writes.map((write) => write.text).filter((piece) => piece !== '');
    }
  }
  return [result.stdout, result.stderr].filter((piece) => piece !== '');
}

/**
 * Merges `stdout` and `stderr` into one stream following `pieces` (what commands wrote, in time order):
 * each piece is taken from whichever stream continues with it. Text no piece accounts for (a command
 * whose output was rewritten) keeps the old order, stdout then stderr. The result always holds both
 * streams whole, each in its own order.
 */
export function interleave(stdout: string, stderr: string, pieces: readonly string[]): string {
  if (stdout === '' || stderr === '') return stdout + stderr;
  let out = 0;
  let err = 0;
  let merged = '';
  for (const piece of pieces) {
    if (stdout.startsWith(piece, out)) {
      merged += piece;
      out += piece.length;
    } else if (stderr.startsWith(piece, err)) {
      merged += piece;
      err += piece.length;
    }
  }
  return merged + stdout.slice(out) + stderr.slice(err);
}

/** What the commands of the current top-level command wrote, scoped by the command nodes being run. */
export class OutputLog {
  private pieces: string[] = [];
  private frames: number[] = [];
  private lastFinished = 0;

  /** A command node (simple, group, loop, subshell…) starts; the first one at top level clears the log. */
  enter(): void {
    if (this.frames.length === 0) this.pieces = [];
    this.frames.push(this.pieces.length);
  }

  /** The command node entered last ends. */
  leave(): void {
    this.lastFinished = this.frames.pop() ?? 0;
  }

  /** A command that ran no other command (a leaf) produced `result`. */
  record(result: OrderedResult): void {
    this.pieces.push(...writesOf(result));
  }

  /** How many pieces are logged (a command that logged none itself is a leaf). */
  get size(): number {
    return this.pieces.length;
  }

  /**
   * Merges a node's two streams in write order: the node being run (a redirection such as `&>`),
   * or, with `finished`, the node that just ended (the left side of `|&`).
   */
  interleave(stdout: string, stderr: string, finished = false): string {
    const from = finished ? this.lastFinished : (this.frames[this.frames.length - 1] ?? 0);
    return interleave(stdout, stderr, this.pieces.slice(from));
  }
}
