// Glob matching as IAM does it: `*` any run of characters, `?` one character; compiled patterns are cached.

/** One piece of a pattern: literal text (from a policy variable or `${*}`) or pattern text where `*`/`?` are wildcards. */
export interface PatternPart {
  text: string;
  literal: boolean;
}

const cache = new Map<string, RegExp>();
const MAX_CACHE = 5000;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function globSource(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else out += escape(ch);
  }
  return out;
}

/** The regular expression for a pattern made of parts (policy variables already substituted); cached. */
export function compileParts(parts: PatternPart[], ignoreCase: boolean): RegExp {
  const only = parts.length === 1 ? parts[0]! : null;
  const key =
    (ignoreCase ? 'i' : 's') +
    (only && !only.literal
      ? only.text
      : parts.map((p) => (p.literal ? '\u0001' : '\u0002') + p.text).join(''));
  let re = cache.get(key);
  if (!re) {
    if (cache.size >= MAX_CACHE) cache.clear();
    const source = parts.map((p) => (p.literal ? escape(p.text) : globSource(p.text))).join('');
    re = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    cache.set(key, re);
  }
  return re;
}

/** True when `value` matches the glob `pattern` (no policy variables). Cached: policies repeat their patterns. */
export function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  return compileParts([{ text: pattern, literal: false }], ignoreCase).test(value);
}
