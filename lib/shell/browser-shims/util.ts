// Browser stand-in for node:util: the one bundled CommonJS module of just-bash that asks for it (`debug`,
// inside a command's chunk) needs only these three; Next's full polyfill probes generators with `Function`.
/** Returns the function unchanged: the page has no deprecation warnings to print. */
export function deprecate<T>(fn: T): T {
  return fn;
}

/** A short, readable rendering of one value, enough for a debug line. */
export function inspect(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `format` with options ignored: `%s`/`%d`/`%j`/`%o`/`%O` placeholders, then the remaining values. */
export function formatWithOptions(_options: unknown, format: unknown, ...values: unknown[]): string {
  if (typeof format !== 'string') return [format, ...values].map(inspect).join(' ');
  let rest = values;
  const text = format.replace(/%[sdjoOi%]/g, (placeholder) => {
    if (placeholder === '%%') return '%';
    if (rest.length === 0) return placeholder;
    const [value, ...others] = rest;
    rest = others;
    if (placeholder === '%s') return String(value);
    if (placeholder === '%d' || placeholder === '%i') return String(Number(value));
    return inspect(value);
  });
  return [text, ...rest.map((value) => (typeof value === 'string' ? value : inspect(value)))].join(' ');
}
