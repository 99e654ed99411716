// The Condition element: operators, IfExists, ForAnyValue/ForAllValues, missing keys (AWS "Condition operators").
import { arnMatches } from './arn-match';
import { ipInCidr } from './ip';
import type { ConditionBlock, ConditionClauseMatch, ConditionMatch } from './types';
import { partsText, substitute, type VariableLookup } from './variables';
import { compileParts, type PatternPart } from './wildcard';

/** Reads a context key (case-insensitive): its values, or null when absent. */
export type ContextLookup = (key: string) => string[] | null;

type Compare = (request: string, policy: PatternPart[]) => boolean;

function toTime(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text.trim())) return Number(text) * 1000;
  return Date.parse(text);
}

function numeric(test: (a: number, b: number) => boolean): Compare {
  return (request, policy) => {
    const a = Number(request);
    const b = Number(partsText(policy));
    return request.trim() !== '' && !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

function date(test: (a: number, b: number) => boolean): Compare {
  return (request, policy) => {
    const a = toTime(request);
    const b = toTime(partsText(policy));
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

const equals: Compare = (r, p) => r === partsText(p);
const equalsIgnoreCase: Compare = (r, p) => r.toLowerCase() === partsText(p).toLowerCase();
const like: Compare = (r, p) => compileParts(p, false).test(r);
const arn: Compare = (r, p) => arnMatches(p, r);
const ip: Compare = (r, p) => ipInCidr(r, partsText(p));
const bool: Compare = (r, p) => r.toLowerCase() === partsText(p).toLowerCase();

/** Base operators: the positive comparison, and whether the operator is its negation. */
const OPERATORS: Record<string, { compare: Compare; negated: boolean }> = {
  StringEquals: { compare: equals, negated: false },
  StringNotEquals: { compare: equals, negated: true },
  StringEqualsIgnoreCase: { compare: equalsIgnoreCase, negated: false },
  StringNotEqualsIgnoreCase: { compare: equalsIgnoreCase, negated: true },
  StringLike: { compare: like, negated: false },
  StringNotLike: { compare: like, negated: true },
  NumericEquals: { compare: numeric((a, b) => a === b), negated: false },
  NumericNotEquals: { compare: numeric((a, b) => a === b), negated: true },
  NumericLessThan: { compare: numeric((a, b) => a < b), negated: false },
  NumericLessThanEquals: { compare: numeric((a, b) => a <= b), negated: false },
  NumericGreaterThan: { compare: numeric((a, b) => a > b), negated: false },
  NumericGreaterThanEquals: { compare: numeric((a, b) => a >= b), negated: false },
  DateEquals: { compare: date((a, b) => a === b), negated: false },
  DateNotEquals: { compare: date((a, b) => a === b), negated: true },
  DateLessThan: { compare: date((a, b) => a < b), negated: false },
  DateLessThanEquals: { compare: date((a, b) => a <= b), negated: false },
  DateGreaterThan: { compare: date((a, b) => a > b), negated: false },
  DateGreaterThanEquals: { compare: date((a, b) => a >= b), negated: false },
  Bool: { compare: bool, negated: false },
  BinaryEquals: { compare: equals, negated: false },
  IpAddress: { compare: ip, negated: false },
  NotIpAddress: { compare: ip, negated: true },
  ArnEquals: { compare: arn, negated: false },
  ArnLike: { compare: arn, negated: false },
  ArnNotEquals: { compare: arn, negated: true },
  ArnNotLike: { compare: arn, negated: true },
};

interface ParsedOperator {
  qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  base: string;
  ifExists: boolean;
}

const operators = new Map<string, ParsedOperator>();

/** `ForAllValues:StringLikeIfExists` → qualifier, base operator and IfExists (cached: policies repeat them). */
function parseOperator(operator: string): ParsedOperator {
  let parsed = operators.get(operator);
  if (parsed) return parsed;
  const qualifier = /^(ForAnyValue|ForAllValues):/.exec(operator)?.[1] as ParsedOperator['qualifier'];
  let base = qualifier ? operator.slice(qualifier.length + 1) : operator;
  const ifExists = base.endsWith('IfExists') && base !== 'IfExists';
  if (ifExists) base = base.slice(0, -'IfExists'.length);
  parsed = { qualifier, base, ifExists };
  if (operators.size > 500) operators.clear();
  operators.set(operator, parsed);
  return parsed;
}

function quoteList(values: string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

function clause(
  operator: string,
  key: string,
  rawValues: string[],
  lookup: ContextLookup,
  variables: VariableLookup,
  variablesEnabled: boolean,
): ConditionClauseMatch {
  const request = lookup(key);
  const substituted = rawValues.map((v) => substitute(v, variables, variablesEnabled));
  const values = substituted.map((p, i) => (p ? partsText(p) : rawValues[i]!));
  const result = (matched: boolean, reason: string): ConditionClauseMatch => ({
    operator,
    key,
    values,
    requestValue: request,
    matched,
    reason,
  });
  const { qualifier, base, ifExists } = parseOperator(operator);

  if (base === 'Null') {
    const wantsAbsent = values.some((v) => v.toLowerCase() === 'true');
    const wantsPresent = values.some((v) => v.toLowerCase() === 'false');
    const absent = request === null;
    const matched = (absent && wantsAbsent) || (!absent && wantsPresent);
    return result(
      matched,
      `${key} is ${absent ? 'absent' : 'present'}${matched ? '' : `, Null expects ${quoteList(values)}`}`,
    );
  }
  const op = OPERATORS[base];
  if (!op) return result(false, `${operator} is not a condition operator this simulator knows`);
  const policy = substituted.filter((p): p is PatternPart[] => p !== null);
  // One request value "satisfies" the operator when it matches a policy value (OR), or matches none if negated.
  const satisfies = (value: string): boolean => {
    const hit = policy.some((p) => op.compare(value, p));
    return op.negated ? !hit : hit;
  };

  if (request === null || (qualifier && request.length === 0)) {
    if (ifExists) return result(true, `${key} is absent, so ${operator} matches`);
    if (qualifier === 'ForAllValues')
      return result(true, `${key} is absent: ForAllValues matches an empty set`);
    if (qualifier === 'ForAnyValue')
      return result(false, `${key} is absent: ForAnyValue needs at least one value`);
    if (op.negated) return result(true, `${key} is absent, so the negated ${operator} matches`);
    return result(false, `${key} is absent from the request`);
  }
  let matched: boolean;
  if (qualifier === 'ForAllValues') matched = request.every(satisfies);
  else if (qualifier === 'ForAnyValue') matched = request.some(satisfies);
  else if (op.negated) matched = request.every(satisfies);
  else matched = request.some(satisfies);
  const shown = request.length === 1 ? `"${request[0]}"` : `[${quoteList(request)}]`;
  const reason = matched
    ? `${key} ${shown} satisfies ${operator} ${quoteList(values)}`
    : `${key} is ${shown}, which does not satisfy ${operator} ${quoteList(values)}`;
  return result(matched, reason);
}

/** Evaluates a Condition block: every operator and every key must match (AND); values of one key are ORed. */
export function evaluateConditions(
  block: ConditionBlock,
  lookup: ContextLookup,
  variables: VariableLookup,
  variablesEnabled: boolean,
): ConditionMatch {
  const clauses: ConditionClauseMatch[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    for (const [key, values] of Object.entries(keys)) {
      clauses.push(clause(operator, key, values, lookup, variables, variablesEnabled));
    }
  }
  return { matched: clauses.every((c) => c.matched), clauses };
}
