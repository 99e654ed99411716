// Splits a history line into simple statements (assignments + words), enough to recognise commands.
// Not a shell: quotes and `$(...)` are kept intact, expansions are not performed.

/** One simple command: `A=1 B=2 cmd arg...`, split on `;`, `&&`, `||`, `|`, `&` and newlines. */
export interface Statement {
  /** Leading `NAME=value` words (raw values, quotes removed). */
  assignments: Record<string, string>;
  /** The command and its arguments, quotes removed. */
  words: string[];
}

/** Splits a line into statements; unbalanced quotes simply run to the end of the line. */
export function splitStatements(line: string): Statement[] {
  const statements: Statement[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endStatement = () => {
    endWord();
    if (words.length > 0) statements.push(toStatement(words));
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "'" || c === '"') {
      const close = findClosingQuote(line, i);
      word += unescapeQuoted(line.slice(i + 1, close), c);
      inWord = true;
      i = close;
    } else if (c === '\\' && i + 1 < line.length) {
      if (line[i + 1] !== '\n') word += line[i + 1];
      inWord = inWord || line[i + 1] !== '\n';
      i++;
    } else if (c === '$' && line[i + 1] === '(') {
      const close = findClosingParen(line, i + 1);
      word += line.slice(i, close + 1);
      inWord = true;
      i = close;
    } else if (c === '#' && !inWord) {
      const newline = line.indexOf('\n', i);
      i = newline < 0 ? line.length : newline - 1;
    } else if (c === ';' || c === '&' || c === '|' || c === '\n') {
      endStatement();
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endStatement();
  return statements;
}

function toStatement(words: string[]): Statement {
  const assignments: Record<string, string> = {};
  let i = 0;
  for (; i < words.length; i++) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(words[i] as string);
    if (!m) break;
    assignments[m[1] as string] = m[2] as string;
  }
  return { assignments, words: words.slice(i) };
}

function findClosingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let i = open + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) return i;
  }
  return line.length;
}

function findClosingParen(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) return i;
  }
  return line.length;
}

function unescapeQuoted(text: string, quote: string): string {
  return quote === '"' ? text.replace(/\\([\\"$`])/g, '$1') : text;
}

/** The value of `--name value` or `--name=value` in a statement's words, or undefined. */
export function optionValue(statement: Statement, name: string): string | undefined {
  const { words } = statement;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === name) return words[i + 1] ?? '';
    if (w.startsWith(`${name}=`)) return w.slice(name.length + 1);
  }
  return undefined;
}

/** True when the statement is `aws` followed by these words (options may sit anywhere). */
export function isAwsCommand(statement: Statement, ...subcommand: string[]): boolean {
  if (statement.words[0] !== 'aws') return false;
  const positional: string[] = [];
  const rest = statement.words.slice(1);
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i] as string;
    if (w.startsWith('--')) {
      // Global options that take a value; flags such as --debug take none.
      if (!w.includes('=') && /^--(profile|region|output|query|endpoint-url|color|cli-read-timeout)$/.test(w))
        i++;
    } else positional.push(w);
  }
  return subcommand.every((word, index) => positional[index] === word);
}
