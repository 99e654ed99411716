// A tiny, safe markdown reader for exercise goals and hints: paragraphs, lists, tables, code, emphasis, links.
// The output is data (no HTML strings), so React escapes every character of it.

/** Inline content. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

/** Block content. */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] };

const SAFE_HREF = /^(https?:\/\/|\/|#)/;

/** Parses inline markdown: `code`, **strong**, *em* / _em_, [text](href). Anything else is text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const code = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    if (code) {
      flush();
      out.push({ type: 'code', text: (code[2] ?? '').replace(/^ (.*) $/, '$1') });
      i += code[0].length;
      continue;
    }
    const strong = /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest);
    if (strong) {
      flush();
      out.push({ type: 'strong', children: parseInline(strong[1] ?? '') });
      i += strong[0].length;
      continue;
    }
    const em = /^([*_])(?=\S)([\s\S]*?\S)\1(?![*_\w])/.exec(rest);
    if (em && !(em[1] === '_' && /\w/.test(source[i - 1] ?? ''))) {
      flush();
      out.push({ type: 'em', children: parseInline(em[2] ?? '') });
      i += em[0].length;
      continue;
    }
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (link && SAFE_HREF.test(link[2] ?? '')) {
      flush();
      out.push({ type: 'link', href: link[2] ?? '#', children: parseInline(link[1] ?? '') });
      i += link[0].length;
      continue;
    }
    text += source[i];
    i++;
  }
  flush();
  return out;
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

const isTableRow = (line: string) => /^\s*\|.*\|\s*$/.test(line);
const isSeparator = (line: string) => /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/.test(line);
const listItem = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Parses block markdown into paragraphs, lists and tables. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (isTableRow(line) && isSeparator(lines[i + 1] ?? '')) {
      const header = tableCells(line).map(parseInline);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && isTableRow(lines[i] ?? ''))
        rows.push(tableCells(lines[i++] ?? '').map(parseInline));
      blocks.push({ type: 'table', header, rows });
      continue;
    }
    const first = listItem.exec(line);
    if (first) {
      const ordered = first[2] !== undefined;
      const items: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '') {
        const item = listItem.exec(lines[i] ?? '');
        if (item) items.push(item[3] ?? '');
        else items[items.length - 1] += ` ${(lines[i] ?? '').trim()}`;
        i++;
      }
      blocks.push({ type: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !listItem.test(lines[i] ?? '')) {
      if (isTableRow(lines[i] ?? '') && isSeparator(lines[i + 1] ?? '')) break;
      paragraph.push((lines[i] ?? '').trim());
      i++;
    }
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
  }
  return blocks;
}
