// A small subset of JMESPath for --query: `Account`, `Buckets[0].Name`, `Buckets[].Name`, `Buckets[*].Name`.
import type { ResponseValue } from './formatters';
import { EXIT, generalError } from '../cli/errors';

type Step = { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'project' };

/** A compiled --query expression. */
export interface Query {
  expression: string;
  search(value: ResponseValue): ResponseValue;
  /** True when the expression is beyond this subset: the caller loads the full engine (full-query.ts). */
  beyondSubset?: boolean;
}

export type QueryParseResult = { ok: true; query: Query } | { ok: false; message: string };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*/;
const UNSUPPORTED =
  'this simulated AWS CLI supports only simple --query paths such as Account, Buckets[0].Name or Buckets[].Name';

function caret(expression: string, column: number): string {
  return `"${expression}"\n${' '.repeat(column + 1)}^`;
}

function parse(expression: string): Step[] | string {
  const steps: Step[] = [];
  let rest = expression;
  let column = 0;
  let expectField = true;
  const advance = (n: number) => {
    rest = rest.slice(n);
    column += n;
  };
  while (rest.length > 0) {
    if (expectField) {
      const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
      const id = quoted ? null : IDENTIFIER.exec(rest);
      if (quoted) {
        steps.push({ kind: 'field', name: JSON.parse(quoted[0]) as string });
        advance(quoted[0].length);
      } else if (id) {
        steps.push({ kind: 'field', name: id[0] });
        advance(id[0].length);
      } else if (!rest.startsWith('[')) {
        if (rest.startsWith('.')) {
          return (
            `Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: dot: ` +
            `Parse error at column ${column}, token "." (DOT), for expression:\n${caret(expression, column)}`
          );
        }
        return UNSUPPORTED;
      }
      expectField = false;
      continue;
    }
    const bracket = /^\[\s*(-?\d+|\*)?\s*\]/.exec(rest);
    if (bracket) {
      if (bracket[1] === undefined || bracket[1] === '*') steps.push({ kind: 'project' });
      else steps.push({ kind: 'index', index: Number(bracket[1]) });
      advance(bracket[0].length);
    } else if (rest.startsWith('.') && rest.length > 1) {
      advance(1);
      expectField = true;
    } else if (rest.startsWith('[') && !rest.includes(']')) {
      return `Invalid jmespath expression: Incomplete expression:\n${caret(expression, expression.length)}`;
    } else if (rest === '.') {
      return `Invalid jmespath expression: Incomplete expression:\n${caret(expression, expression.length)}`;
    } else {
      return UNSUPPORTED;
    }
  }
  if (steps.length === 0)
    return `Invalid jmespath expression: Incomplete expression:\n${caret(expression, 0)}`;
  return steps;
}

function evaluate(steps: Step[], value: ResponseValue): ResponseValue {
  let current: ResponseValue = value;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (current === null) return null;
    if (step.kind === 'field') {
      current = typeof current === 'object' && !Array.isArray(current) ? (current[step.name] ?? null) : null;
    } else if (step.kind === 'index') {
      if (!Array.isArray(current)) return null;
      const at = step.index < 0 ? current.length + step.index : step.index;
      current = current[at] ?? null;
    } else {
      if (!Array.isArray(current)) return null;
      const rest = steps.slice(i + 1);
      const results: ResponseValue[] = [];
      for (const item of current) {
        const projected = rest.length ? evaluate(rest, item) : item;
        if (projected !== null) results.push(projected);
      }
      return results;
    }
  }
  return current;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '[' || ch === '{') depth++;
    if (ch === ']' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** `[a, b.c]` and `{A: a, B: b}`: multi-select lists and hashes of simple paths. */
function parseMultiSelect(expression: string): Query | string | null {
  const list = /^\[(.*[A-Za-z_"].*)\]$/s.exec(expression.trim());
  const hash = /^\{(.*)\}$/s.exec(expression.trim());
  if (!list && !hash) return null;
  const parts = splitTopLevel((list ?? hash)![1]!);
  const compiled: [string, (value: ResponseValue) => ResponseValue][] = [];
  for (const part of parts) {
    let key = part;
    let path = part;
    if (hash) {
      const at = part.indexOf(':');
      if (at < 0) return UNSUPPORTED;
      key = part.slice(0, at).trim();
      path = part.slice(at + 1).trim();
    }
    // Elements may themselves be multi-selects: `[Account, [Arn, UserId]]`.
    const nested = parseMultiSelect(path);
    if (typeof nested === 'string') return UNSUPPORTED;
    if (nested) {
      compiled.push([key, nested.search]);
      continue;
    }
    const steps = parse(path);
    if (typeof steps === 'string') return UNSUPPORTED;
    compiled.push([key, (value) => evaluate(steps, value)]);
  }
  return {
    expression,
    search(value: ResponseValue): ResponseValue {
      if (value === null) return null;
      if (list) return compiled.map(([, search]) => search(value));
      return Object.fromEntries(compiled.map(([key, search]) => [key, search(value)]));
    },
  };
}

/** Compiles an expression; errors are worded for `Bad value for --query EXPR: ...`. */
export function parseQuery(expression: string): QueryParseResult {
  const multi = parseMultiSelect(expression);
  const steps = multi ? null : parse(expression);
  if (multi === UNSUPPORTED || steps === UNSUPPORTED) {
    // Valid JMESPath beyond the subset: commands that ignore --query still run; the others say why.
    return {
      ok: true,
      query: {
        expression,
        beyondSubset: true,
        search() {
          throw generalError(`Bad value for --query ${expression}: ${UNSUPPORTED}`, EXIT.usage);
        },
      },
    };
  }
  if (typeof multi === 'string') return { ok: false, message: multi };
  if (multi) return { ok: true, query: multi };
  if (typeof steps === 'string' || steps === null) return { ok: false, message: steps ?? UNSUPPORTED };
  return { ok: true, query: { expression, search: (value) => evaluate(steps, value) } };
}
