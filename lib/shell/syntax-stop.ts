// Where bash stops a sourced file or script at a syntax error: it runs the commands before it, then names the line.
import { parseFailure } from './is-complete';

/** What runs of a file with a syntax error, and what bash prints when it reaches the error. */
export interface SyntaxStop {
  /** The file's lines holding the complete commands before the bad one (bash has run them by then). */
  prefix: string;
  /** bash's message lines, each `NAME: line N: …` (an interactive shell puts `bash: ` before each). */
  message: string;
}

const OPEN_QUOTE = /unexpected EOF while looking for matching `(.)'/;

/**
 * bash reads a file one complete command at a time and runs each before reading on, so a syntax error
 * stops the file only where it is. Null when the file parses line by line (nothing to stop at).
 */
export function syntaxStop(content: string, name: string): SyntaxStop | null {
  const lines = content.split('\n');
  // Lines of complete commands so far; the command being read starts on line `done + 1`.
  let done = 0;
  // Where the quote that is still open at the end was opened.
  let quoteLine = 0;
  let pending = '';
  for (let line = 1; line <= lines.length; line++) {
    const failure = parseFailure(lines.slice(done, line).join('\n'));
    if (!failure) {
      done = line;
      pending = '';
      continue;
    }
    if (!failure.incomplete) {
      const text = lines[line - 1] ?? '';
      const message =
        failure.token !== undefined
          ? `${name}: line ${line}: syntax error near unexpected token \`${failure.token}'\n${name}: line ${line}: \`${text}'\n`
          : `${name}: line ${line}: syntax error: ${failure.message.replace(/^Parse error at \d+:\d+: /, '')}\n`;
      return { prefix: lines.slice(0, done).join('\n'), message };
    }
    if (!OPEN_QUOTE.test(failure.message)) quoteLine = 0;
    else if (!OPEN_QUOTE.test(pending)) quoteLine = line;
    pending = failure.message;
  }
  if (done === lines.length) return null;
  const quote = OPEN_QUOTE.exec(pending);
  // At the end of a file without a final newline bash counts one line more.
  const endLine = lines.length + (content.endsWith('\n') ? 0 : 1);
  const message = quote
    ? `${name}: line ${quoteLine}: unexpected EOF while looking for matching \`${quote[1]}'\n`
    : `${name}: line ${endLine}: syntax error: unexpected end of file\n`;
  return { prefix: lines.slice(0, done).join('\n'), message };
}
