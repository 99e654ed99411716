// GNU `cut`: -b/-c byte ranges, -f fields with -d, -s, --complement, --output-delimiter; GNU's usage errors.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { parseOptions, readInputs, splitLines, usageError } from './gnu';

const SPEC = {
  flags: 'snz',
  values: 'bcfd',
  long: {
    bytes: 'b',
    characters: 'c',
    fields: 'f',
    delimiter: 'd',
    'only-delimited': 's',
    complement: 'complement',
    'output-delimiter': 'output-delimiter',
  },
  longValues: ['bytes', 'characters', 'fields', 'delimiter', 'output-delimiter'],
};

type Range = [number, number];

/** `1,3-5,7-` → ranges (1-based, inclusive; open end = Infinity), or a GNU error text. */
function parseList(list: string, kind: string): Range[] | string {
  const ranges: Range[] = [];
  for (const part of list.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || part === '' || part === '-') return `invalid ${kind} list`;
    const from = m[1] ? Number(m[1]) : 1;
    const to = m[2] ? (m[3] ? Number(m[3]) : Infinity) : from;
    if (from === 0 || to === 0)
      return `${kind === 'field' ? 'fields' : kind === 'byte' ? 'byte/character positions' : kind} are numbered from 1`;
    if (to < from) return 'invalid decreasing range';
    ranges.push([from, to]);
  }
  return ranges;
}

export const cutCommand: CustomCommand = defineCommand('cut', async (args, ctx) => {
  const { parsed, error } = parseOptions('cut', args, SPEC);
  if (error) return error;
  const v = (k: string) => parsed.values.get(k)?.at(-1);
  const lists = ['b', 'c', 'f'].filter((k) => v(k) !== undefined);
  if (lists.length === 0) return usageError('cut', 'you must specify a list of bytes, characters, or fields');
  if (lists.length > 1) return usageError('cut', 'only one type of list may be specified');
  const mode = lists[0] as 'b' | 'c' | 'f';
  const delimiter = v('d') ?? '\t';
  if ([...delimiter].length !== 1) return usageError('cut', 'the delimiter must be a single character');
  if (mode !== 'f' && v('d') !== undefined)
    return usageError('cut', 'an input delimiter may be specified only when operating on fields');
  const ranges = parseList(v(mode) ?? '', mode === 'f' ? 'field' : 'byte');
  if (typeof ranges === 'string') return usageError('cut', ranges);
  const complement = parsed.flags.has('complement');
  const picked = (n: number) => ranges.some(([a, b]) => n >= a && n <= b) !== complement;
  const outDelim = v('output-delimiter') ?? (mode === 'f' ? delimiter : '');
  let stdout = '';
  let stderr = '';
  for (const input of await readInputs('cut', ctx, parsed.operands)) {
    if ('error' in input) {
      stderr += input.error;
      continue;
    }
    for (const line of splitLines(input.text)) {
      if (mode === 'f') {
        if (!line.includes(delimiter)) {
          if (!parsed.flags.has('s')) stdout += `${line}\n`;
          continue;
        }
        stdout += `${line
          .split(delimiter)
          .filter((_, i) => picked(i + 1))
          .join(outDelim)}\n`;
      } else {
        const bytes = new TextEncoder().encode(line);
        const chunks: Uint8Array[] = [];
        let start = -1;
        for (let i = 0; i <= bytes.length; i++) {
          const on = i < bytes.length && picked(i + 1);
          if (on && start < 0) start = i;
          if (!on && start >= 0) {
            chunks.push(bytes.slice(start, i));
            start = -1;
          }
        }
        const decoder = new TextDecoder();
        stdout += `${chunks.map((c) => decoder.decode(c)).join(outDelim)}\n`;
      }
    }
  }
  return stderr ? { ...fail(stderr), stdout } : { stdout, stderr: '', exitCode: 0 };
});
