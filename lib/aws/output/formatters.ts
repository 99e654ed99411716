// The CLI's output formats for a service response: json, text, table, yaml and yaml-stream.
import { renderTable, TableSection } from './table-layout';
import { toYaml } from './yaml';

/** A JSON-like response value as the service returned it (after --query). */
export type ResponseValue =
  string | number | boolean | null | ResponseValue[] | { [key: string]: ResponseValue };
type ResponseObject = { [key: string]: ResponseValue };

const isObject = (v: ResponseValue): v is ResponseObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: ResponseValue) => v === null || typeof v !== 'object';

/** Python's str() of a scalar. */
export function pyStr(value: ResponseValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return String(value);
}

export function formatJson(value: ResponseValue): string {
  if (isObject(value) && Object.keys(value).length === 0) return '';
  return JSON.stringify(value, null, 4) + '\n';
}

export function formatText(value: ResponseValue): string {
  const out: string[] = [];
  const emit = (item: ResponseValue, identifier: string | null, scalarKeys: string[] | null): void => {
    if (Array.isArray(item)) {
      if (item.length === 0) return;
      if (item.some(isObject)) {
        const keys = new Set<string>();
        for (const el of item)
          if (isObject(el)) for (const [k, v] of Object.entries(el)) if (isScalar(v)) keys.add(k);
        const all = [...keys].sort();
        for (const el of item) emit(el, identifier, all);
      } else if (item.some(Array.isArray)) {
        const scalars = item.filter(isScalar);
        if (scalars.length) scalarList(scalars, identifier);
        for (const el of item.filter((e) => !isScalar(e))) emit(el, identifier, null);
      } else scalarList(item, identifier);
    } else if (isObject(item)) {
      const scalars: string[] = [];
      const nested: [string, ResponseValue][] = [];
      if (scalarKeys === null) {
        for (const key of Object.keys(item).sort()) {
          if (isScalar(item[key]!)) scalars.push(pyStr(item[key]));
          else nested.push([key, item[key]!]);
        }
      } else {
        for (const key of scalarKeys) scalars.push(key in item ? pyStr(item[key]!) : '');
        for (const key of Object.keys(item)
          .filter((k) => !scalarKeys.includes(k))
          .sort())
          nested.push([key, item[key]!]);
      }
      if (scalars.length)
        out.push((identifier === null ? scalars : [identifier.toUpperCase(), ...scalars]).join('\t') + '\n');
      for (const [key, child] of nested) emit(child, key, null);
    } else out.push(pyStr(item) + '\n');
  };
  const scalarList = (elements: ResponseValue[], identifier: string | null) => {
    if (identifier !== null)
      for (const el of elements) out.push(`${identifier.toUpperCase()}\t${pyStr(el)}\n`);
    else out.push(elements.map(pyStr).join('\t') + '\n');
  };
  emit(value, null, null);
  return out.join('');
}

export function formatTable(value: ResponseValue, title: string): string {
  const sections: TableSection[] = [];
  let current: TableSection | null = null;
  const newSection = (name: string, indent: number) => {
    current = new TableSection();
    current.title = name;
    current.indentLevel = indent;
    sections.push(current);
  };
  const section = () => current!;
  const groupKeys = (obj: ResponseObject) => {
    const keys = Object.keys(obj);
    return [
      keys.filter((k) => isScalar(obj[k]!)).sort(),
      keys.filter((k) => !isScalar(obj[k]!)).sort(),
    ] as const;
  };
  const build = (name: string | null, node: ResponseValue, indent = 0): boolean => {
    if (node === null || node === false || node === 0 || node === '') return false;
    if (Array.isArray(node) && node.length === 0) return false;
    if (isObject(node) && Object.keys(node).length === 0) return false;
    if (name !== null) newSection(name, indent);
    if (Array.isArray(node)) {
      if (isObject(node[0]!)) {
        const headerSet = new Set<string>();
        const moreSet = new Set<string>();
        for (const el of node as ResponseObject[]) {
          const [h, m] = groupKeys(el);
          h.forEach((k) => headerSet.add(k));
          m.forEach((k) => moreSet.add(k));
        }
        const headers = [...headerSet].sort();
        const more = [...moreSet].sort();
        section().addHeader(headers);
        node.forEach((el, i) => {
          const obj = el as ResponseObject;
          if (i > 0 && more.length) {
            newSection(name ?? '', indent);
            section().addHeader(headers);
          }
          section().addRow(headers.map((h) => (h in obj ? pyStr(obj[h]!) : '')));
          for (const key of more) if (key in obj) build(key, obj[key]!, indent + 1);
        });
      } else {
        for (const item of node) {
          if (isScalar(item)) section().addRow([pyStr(item)]);
          else if (Array.isArray(item) && item.every(isScalar)) section().addRow(item.map(pyStr));
          else build(null, item);
        }
      }
    }
    if (isObject(node)) {
      const [headers, more] = groupKeys(node);
      if (headers.length === 1) section().addRow([headers[0]!, pyStr(node[headers[0]!]!)]);
      else if (headers.length) {
        section().addHeader(headers);
        section().addRow(headers.map((h) => pyStr(node[h]!)));
      }
      for (const key of more) build(key, node[key]!, indent + 1);
    }
    return true;
  };
  if (!build(title, value)) return '';
  return renderTable(sections);
}

/** Formats a response the way `--output FORMAT` prints it. */
export function formatResponse(value: ResponseValue, format: string, operationName: string): string {
  switch (format) {
    case 'text':
      return formatText(value);
    case 'table':
      return formatTable(value, operationName);
    case 'yaml':
      return isObject(value) && Object.keys(value).length === 0 ? '' : toYaml(value);
    case 'yaml-stream':
      return isObject(value) && Object.keys(value).length === 0 ? '' : toYaml([value]);
    default:
      return formatJson(value);
  }
}
