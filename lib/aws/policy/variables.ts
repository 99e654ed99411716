// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${*}`, `${?}`, `${$}`, `${key, 'default'}`),
// substituted only in 2012-10-17 documents, in Resource and Condition values (AWS "IAM policy elements: Variables").
import type { PatternPart } from './wildcard';

/** Looks up a single-valued context key (case-insensitive name); undefined when absent or multivalued. */
export type VariableLookup = (key: string) => string | undefined;

/** The parts of a value after substitution, or null when a variable has no value (the value then matches nothing). */
const plain = new Map<string, PatternPart[]>();

export function substitute(
  value: string,
  lookup: VariableLookup,
  variablesEnabled: boolean,
): PatternPart[] | null {
  if (!variablesEnabled || !value.includes('${')) {
    // Shared, never mutated: a value without variables is the same pattern on every call.
    let parts = plain.get(value);
    if (!parts) {
      if (plain.size > 5000) plain.clear();
      parts = [{ text: value, literal: false }];
      plain.set(value, parts);
    }
    return parts;
  }
  const parts: PatternPart[] = [];
  let rest = value;
  for (;;) {
    const start = rest.indexOf('${');
    if (start < 0) break;
    const end = rest.indexOf('}', start + 2);
    if (end < 0) break;
    if (start > 0) parts.push({ text: rest.slice(0, start), literal: false });
    const inner = rest.slice(start + 2, end);
    const resolved = resolve(inner, lookup);
    if (resolved === null) return null;
    parts.push({ text: resolved, literal: true });
    rest = rest.slice(end + 1);
  }
  if (rest) parts.push({ text: rest, literal: false });
  return parts;
}

function resolve(inner: string, lookup: VariableLookup): string | null {
  if (inner === '*' || inner === '?' || inner === '$') return inner;
  // `${key, 'default'}`: the default is used when the key has no value ('' inside it is one quote).
  const withDefault = /^\s*([^,\s]+)\s*,\s*'((?:[^']|'')*)'\s*$/.exec(inner);
  const key = (withDefault ? withDefault[1] : inner.trim()) ?? '';
  const found = lookup(key);
  if (found !== undefined) return found;
  if (withDefault) return (withDefault[2] ?? '').replace(/''/g, "'");
  return null;
}

/** The text of substituted parts (wildcards kept as written), for explanations and exact comparisons. */
export function partsText(parts: PatternPart[]): string {
  if (parts.length === 1) return parts[0]!.text;
  return parts.map((p) => p.text).join('');
}
