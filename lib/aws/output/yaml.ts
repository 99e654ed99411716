// YAML output like the CLI's ruamel.yaml safe dumper (block style, 2-space maps, `- ` at the key's indent).
import type { ResponseValue } from './formatters';

const RESOLVES_TO_OTHER_TYPE = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?[0-9_]+$/,
  /^0o[0-7_]+$/,
  /^0x[0-9a-fA-F_]+$/,
  /^[-+]?(?:\.[0-9_]+|[0-9_]+(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
];

function needsQuotes(text: string): boolean {
  if (text === '') return true;
  if (RESOLVES_TO_OTHER_TYPE.some((re) => re.test(text))) return true;
  if (/^[\s]|[\s]$/.test(text)) return true;
  if (/^[,[\]{}#&*!|>'"%@`]/.test(text)) return true;
  if (/^[-?:](?:\s|$)/.test(text)) return true;
  if (/: |:$| #|[\n\r\t]/.test(text)) return true;
  return false;
}

function scalar(value: ResponseValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\n]/.test(text)) return JSON.stringify(text);
  return needsQuotes(text) ? `'${text.replace(/'/g, "''")}'` : text;
}

function isCollection(value: ResponseValue): value is ResponseValue[] | { [key: string]: ResponseValue } {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: ResponseValue): boolean {
  return Array.isArray(value) ? value.length === 0 : isCollection(value) && Object.keys(value).length === 0;
}

function block(value: ResponseValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const lines: string[] = [];
    for (const item of value) {
      if (isCollection(item) && !isEmpty(item)) {
        const inner = block(item, indent + 2);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      } else lines.push(`${pad}- ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
    }
    return lines;
  }
  const lines: string[] = [];
  // ruamel's safe dumper writes mapping keys in sorted order.
  const entries = Object.entries(value as { [key: string]: ResponseValue }).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const [key, item] of entries) {
    const name = scalar(key);
    if (isCollection(item) && !isEmpty(item)) {
      lines.push(`${pad}${name}:`, ...block(item, Array.isArray(item) ? indent : indent + 2));
    } else lines.push(`${pad}${name}: ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
  }
  return lines;
}

/** Dumps a value as the CLI's yaml output; a bare scalar is printed as JSON, as the CLI does. */
export function toYaml(value: ResponseValue): string {
  if (!isCollection(value)) return JSON.stringify(value) + '\n';
  if (isEmpty(value)) return (Array.isArray(value) ? '[]' : '{}') + '\n';
  return block(value, 0).join('\n') + '\n';
}
