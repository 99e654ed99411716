// The CLI's table drawing (awscli/table.py without colours): sections, column widths, borders.
import { generalError } from '../cli/errors';

/** Display width of text: East Asian wide, full-width and ambiguous characters count 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Python's round(): halves go to the even neighbour. */
function pyRound(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export class TableSection {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private maxWidths: number[] = [];
  private columns: number | null = null;

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers);
    this.columns ??= headers.length;
    this.headers = headers;
  }

  addRow(row: string[]): void {
    this.columns ??= row.length;
    // Python raises a ValueError here, which the CLI prints as a general error.
    if (row.length !== this.columns) {
      throw generalError(`Row should have ${this.columns} elements, instead it has ${row.length}`);
    }
    this.rows.push(row);
    this.updateMaxWidths(row);
  }

  private updateMaxWidths(row: string[]): void {
    if (this.maxWidths.length === 0) this.maxWidths = row.map(textWidth);
    else row.forEach((el, i) => (this.maxWidths[i] = Math.max(textWidth(el), this.maxWidths[i] ?? 0)));
  }

  columnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const factor = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => pyRound(factor * w));
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = scaled.map((_, i) => i);
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i]!--;
          offBy--;
        } else {
          scaled[i]!++;
          offBy++;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding: number, outerPadding: number): number {
    const total = this.columnWidths().reduce((sum, w) => sum + w + padding, 0) + 2 + 2 * outerPadding;
    return Math.max(textWidth(this.title) + 2 + 2 * outerPadding, total);
  }
}

function centerText(text: string, length: number, leftEdge = '|', rightEdge = '|'): string {
  const textLength = textWidth(text);
  const charStart = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const soFar = textWidth(leftEdge) + charStart + textLength;
  const right = length - textWidth(rightEdge) - soFar;
  return leftEdge + ' '.repeat(Math.max(0, charStart)) + text + ' '.repeat(Math.max(0, right)) + rightEdge;
}

function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string): string {
  const textLength = textWidth(text);
  const padding = length - (textLength + 2 + leftEdge.length + rightEdge.length) >= 0 ? 2 : 0;
  const soFar = leftEdge.length + padding + textLength;
  return (
    leftEdge +
    ' '.repeat(padding) +
    text +
    ' '.repeat(Math.max(0, length - soFar - rightEdge.length)) +
    rightEdge
  );
}

function lineBreak(widths: number[]): string {
  return widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('') + '\n';
}

/** Renders sections at the CLI's default width of 80 columns (stdout is not a terminal). */
export function renderTable(sections: TableSection[], terminalWidth = 80): string {
  let maxWidth = Math.max(...sections.map((s) => s.totalWidth(4, s.indentLevel)));
  if (maxWidth > terminalWidth) {
    sections.forEach((section, i) => {
      if (section.rows.length === 1 && section.headers.length > 0) {
        const vertical = new TableSection();
        vertical.title = section.title;
        vertical.indentLevel = section.indentLevel;
        section.headers.forEach((header, j) => vertical.addRow([header, section.rows[0]![j] ?? '']));
        sections[i] = vertical;
      }
    });
    maxWidth = Math.max(...sections.map((s) => s.totalWidth(4, s.indentLevel)));
  }
  let out = '-'.repeat(maxWidth) + '\n';
  for (const section of sections) {
    const indent = '|'.repeat(section.indentLevel);
    const write = (line: string) => (out += indent + line.slice(0, -1) + indent + '\n');
    const width = maxWidth - section.indentLevel * 2;
    if (section.title) {
      write(centerText(section.title, width) + '\n');
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+\n`);
    }
    if (section.headers.length > 0) {
      const widths = section.columnWidths(4, width);
      write(lineBreak(widths));
      write(
        section.headers.map((h, i) => centerText(h, widths[i]!, i === 0 ? '|' : '', '|')).join('') + '\n',
      );
    }
    if (section.rows.length > 0) {
      const widths = section.columnWidths(4, width);
      if (widths.length === 0) continue;
      write(lineBreak(widths));
      for (const row of section.rows) {
        write(widths.map((w, i) => alignLeft(row[i] ?? '', w, i === 0 ? '|' : '', '|')).join('') + '\n');
      }
      write(lineBreak(widths));
    }
  }
  return out;
}
