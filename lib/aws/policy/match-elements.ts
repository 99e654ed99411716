// Matching a statement's Action/NotAction, Resource/NotResource and Principal/NotPrincipal against a request.
import { arnMatches } from './arn-match';
import type { ElementMatch, PolicyStatement, PrincipalBlock, RequestPrincipal } from './types';
import { partsText, substitute, type VariableLookup } from './variables';
import { compileParts, globMatch } from './wildcard';

/** Per pattern list: one case-insensitive regex per vendor (`s3`, `iam`…), so a 2,000-action policy tests one. */
const actionIndex = new WeakMap<
  string[],
  { any: boolean; byVendor: Map<string, RegExp>; patterns: Map<string, string[]> }
>();

function indexFor(patterns: string[]) {
  let index = actionIndex.get(patterns);
  if (index) return index;
  const groups = new Map<string, string[]>();
  let any = false;
  for (const pattern of patterns) {
    if (pattern === '*') {
      any = true;
      continue;
    }
    const vendor = pattern.slice(0, pattern.indexOf(':')).toLowerCase();
    const list = groups.get(vendor) ?? [];
    list.push(pattern);
    groups.set(vendor, list);
  }
  const byVendor = new Map<string, RegExp>();
  for (const [vendor, list] of groups) {
    const ops = list.map((p) => p.slice(p.indexOf(':') + 1));
    const sources = ops.map((op) => compileParts([{ text: op, literal: false }], true).source.slice(1, -1));
    byVendor.set(vendor, new RegExp(`^(?:${sources.join('|')})$`, 'is'));
  }
  index = { any, byVendor, patterns: groups };
  actionIndex.set(patterns, index);
  return index;
}

/** The first pattern of the list that matches the action (case-insensitive), or undefined. */
function matchingAction(patterns: string[], action: string): string | undefined {
  const index = indexFor(patterns);
  if (index.any) return '*';
  const colon = action.indexOf(':');
  const vendor = action.slice(0, colon).toLowerCase();
  const re = index.byVendor.get(vendor);
  if (!re || !re.test(action.slice(colon + 1))) return undefined;
  // Name the pattern for the explanation: only this vendor's patterns are tried.
  return index.patterns.get(vendor)?.find((p) => globMatch(p, action, true));
}

function quoted(list: string[]): string {
  const shown = list.slice(0, 5).map((p) => `"${p}"`);
  return list.length > 5 ? `${shown.join(', ')} and ${list.length - 5} more` : shown.join(', ');
}

export function matchAction(statement: PolicyStatement, action: string): ElementMatch {
  const match = matchActionOnly(statement, action);
  match.patterns = statement.Action ?? statement.NotAction ?? [];
  return match;
}

function matchActionOnly(statement: PolicyStatement, action: string): ElementMatch {
  if (statement.Action) {
    const pattern = matchingAction(statement.Action, action);
    return pattern
      ? { element: 'Action', matched: true, pattern, reason: `${action} matches "${pattern}"` }
      : {
          element: 'Action',
          matched: false,
          reason: `${action} matches none of ${quoted(statement.Action)}`,
        };
  }
  const list = statement.NotAction ?? [];
  const pattern = matchingAction(list, action);
  return pattern
    ? {
        element: 'NotAction',
        matched: false,
        pattern,
        reason: `${action} is excluded by NotAction "${pattern}"`,
      }
    : { element: 'NotAction', matched: true, reason: `${action} is not listed in NotAction, so it applies` };
}

function resourceMatches(pattern: string, resource: string, lookup: VariableLookup, vars: boolean) {
  const parts = substitute(pattern, lookup, vars);
  if (!parts) return { hit: false, shown: pattern, unresolved: true };
  // Actions without a resource (s3:ListAllMyBuckets) are requested on "*": only a pattern covering the whole
  // service matches it, e.g. "*" or "arn:aws:s3:::*".
  const hit =
    resource === '*'
      ? partsText(parts) === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(partsText(parts))
      : arnMatches(parts, resource);
  return { hit, shown: partsText(parts), unresolved: false };
}

export function matchResource(
  statement: PolicyStatement,
  resource: string,
  lookup: VariableLookup,
  vars: boolean,
): ElementMatch {
  const negated = !statement.Resource;
  const list = statement.Resource ?? statement.NotResource;
  const element = negated ? 'NotResource' : 'Resource';
  if (!list)
    return { element: 'Resource', matched: true, reason: 'no Resource element: the resource is implied' };
  const notes: string[] = [];
  const shown: string[] = [];
  const result = (m: ElementMatch): ElementMatch => ({ ...m, patterns: shown });
  for (const pattern of list) {
    const r = resourceMatches(pattern, resource, lookup, vars);
    shown.push(r.shown);
    if (r.unresolved) notes.push(`"${pattern}" has a policy variable with no value in this request`);
    if (r.hit) {
      return negated
        ? {
            element,
            matched: false,
            pattern: r.shown,
            reason: `${resource} is excluded by NotResource "${r.shown}"`,
          }
        : { element, matched: true, pattern: r.shown, reason: `${resource} matches "${r.shown}"` };
    }
  }
  const extra = notes.length ? ` (${notes.join('; ')})` : '';
  return result(
    negated
      ? { element, matched: true, reason: `${resource} is not listed in NotResource, so it applies${extra}` }
      : { element, matched: false, reason: `${resource} matches none of ${quoted(shown)}${extra}` },
  );
}

/** How a principal block names the request's principal: directly, through its account, as everyone, or not. */
export type PrincipalLevel = 'direct' | 'account' | 'everyone' | null;

function principalLevel(
  block: PrincipalBlock,
  who: RequestPrincipal,
): { level: PrincipalLevel; id?: string } {
  if (block === '*') return { level: 'everyone', id: '*' };
  let best: { level: PrincipalLevel; id?: string } = { level: null };
  for (const id of block.AWS ?? []) {
    if (id === '*') return { level: 'everyone', id };
    if (id === who.arn || (who.roleArn !== undefined && id === who.roleArn)) return { level: 'direct', id };
    if (id === who.accountId || id === `arn:aws:iam::${who.accountId}:root`) best = { level: 'account', id };
  }
  return best;
}

export function matchPrincipal(
  statement: PolicyStatement,
  who: RequestPrincipal,
): { match: ElementMatch; level: PrincipalLevel } {
  if (statement.NotPrincipal) {
    const { level, id } = principalLevel(statement.NotPrincipal, who);
    return level
      ? {
          match: {
            element: 'NotPrincipal',
            matched: false,
            pattern: id,
            reason: `${who.arn} is excluded by NotPrincipal "${id}"`,
          },
          level: null,
        }
      : {
          match: {
            element: 'NotPrincipal',
            matched: true,
            reason: `${who.arn} is not listed in NotPrincipal`,
          },
          level: 'direct',
        };
  }
  const block = statement.Principal ?? {};
  const { level, id } = principalLevel(block, who);
  if (!level) {
    const named =
      block === '*' ? [] : Object.entries(block).flatMap(([t, ids]) => ids.map((i) => `${t}:${i}`));
    return {
      match: { element: 'Principal', matched: false, reason: `${who.arn} is not among ${quoted(named)}` },
      level,
    };
  }
  const how =
    level === 'account'
      ? `names ${who.arn}'s account (${id}), which delegates to its identity-based policies`
      : level === 'everyone'
        ? `is "${id}" (everyone)`
        : `names ${who.arn === id ? id : `its role ${id}`}`;
  return { match: { element: 'Principal', matched: true, pattern: id, reason: `Principal ${how}` }, level };
}
