// A small HCL reader for Terraform blocks: enough to grade `provider "aws" { ... }` attributes.
// Strings, lists, nested blocks and comments; other expressions are kept as raw text.

/** An attribute's value: a string literal, a list, or any other expression as written. */
export type HclValue =
  { type: 'string'; value: string } | { type: 'list'; items: HclValue[] } | { type: 'other'; raw: string };

/** A block such as `provider "aws" { ... }`. */
export interface HclBlock {
  type: string;
  labels: string[];
  attributes: Record<string, HclValue>;
  blocks: HclBlock[];
  /** 1-based line of the block's first token. */
  line: number;
}

type Token = { kind: 'string' | 'word' | 'symbol' | 'newline'; text: string; line: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  for (let i = 0; i < text.length;) {
    const c = text[i] as string;
    if (c === '\n') {
      tokens.push({ kind: 'newline', text: c, line: line++ });
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      line += (text.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
    } else if (c === '"') {
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== '"' && text[j] !== '\n'; j++) {
        if (text[j] === '\\' && j + 1 < text.length) value += text[++j];
        else value += text[j];
      }
      if (text[j] !== '"') throw new Error(`line ${line}: a string is not closed with \`"\``);
      tokens.push({ kind: 'string', text: value, line });
      i = j + 1;
    } else if ('{}[]=,()'.includes(c)) {
      tokens.push({ kind: 'symbol', text: c, line });
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s{}[\]=,()"#]/.test(text[j] as string)) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), line });
      i = j;
    }
  }
  return tokens;
}

/** Parses the top-level blocks of a Terraform file. Throws an Error with a line number on bad syntax. */
export function parseHclBlocks(text: string): HclBlock[] {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const skipNewlines = () => {
    while (peek()?.kind === 'newline') pos++;
  };

  const parseValue = (): HclValue => {
    skipNewlines();
    const token = peek();
    if (!token) throw new Error('the file ends where a value is expected');
    if (token.kind === 'string') {
      pos++;
      return { type: 'string', value: token.text };
    }
    if (token.text === '[') {
      pos++;
      const items: HclValue[] = [];
      for (;;) {
        skipNewlines();
        if (!peek()) throw new Error(`line ${token.line}: a \`[\` is never closed`);
        if (peek()?.text === ']') break;
        items.push(parseValue());
        skipNewlines();
        if (peek()?.text === ',') pos++;
      }
      pos++;
      return { type: 'list', items };
    }
    const raw: string[] = [];
    let depth = 0;
    // Objects and calls may span lines: only a newline at depth 0 ends the expression.
    while (peek() && !(depth === 0 && (peek()?.kind === 'newline' || /^[,\]}]$/.test(peek()?.text ?? '')))) {
      const t = tokens[pos++] as Token;
      if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
      if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
      if (t.kind !== 'newline') raw.push(t.kind === 'string' ? `"${t.text}"` : t.text);
    }
    if (depth > 0) throw new Error(`line ${token.line}: a bracket opened here is never closed`);
    if (raw.length === 0) throw new Error(`line ${token.line}: a value is expected before \`${token.text}\``);
    return { type: 'other', raw: raw.join(' ') };
  };

  const parseBody = (closing: boolean, opener?: Token): Pick<HclBlock, 'attributes' | 'blocks'> => {
    const body: Pick<HclBlock, 'attributes' | 'blocks'> = { attributes: {}, blocks: [] };
    const attributeLines = new Map<string, number>();
    for (;;) {
      skipNewlines();
      const token = peek();
      if (!token) {
        if (closing) throw new Error(`line ${opener?.line}: the \`{\` of this block is never closed`);
        return body;
      }
      if (token.text === '}') {
        if (!closing) throw new Error(`line ${token.line}: unexpected \`}\``);
        pos++;
        return body;
      }
      if (token.kind !== 'word') throw new Error(`line ${token.line}: unexpected \`${token.text}\``);
      pos++;
      if (peek()?.text === '=') {
        pos++;
        const first = attributeLines.get(token.text);
        // Terraform refuses the whole file: "Attribute redefined ... Each argument may be set only once."
        if (first !== undefined) {
          throw new Error(
            `line ${token.line}: the argument \`${token.text}\` was already set on line ${first}, and each argument may be set only once`,
          );
        }
        attributeLines.set(token.text, token.line);
        body.attributes[token.text] = parseValue();
        continue;
      }
      const labels: string[] = [];
      while (peek()?.kind === 'string' || peek()?.kind === 'word') labels.push((tokens[pos++] as Token).text);
      if (peek()?.text !== '{') {
        throw new Error(`line ${token.line}: expected \`=\` or a block \`{\` after \`${token.text}\``);
      }
      const open = tokens[pos++] as Token;
      body.blocks.push({ type: token.text, labels, line: token.line, ...parseBody(true, open) });
    }
  };

  return parseBody(false).blocks;
}
