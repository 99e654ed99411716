// botocore's PageIterator over a simulated operation: --starting-token, --page-size, --max-items, the
// resume token (base64 of Python's json.dumps), and build_full_result's merged response.
import { generalError } from '../cli/errors';
import type { OperationModel } from './model';
import { tokenList } from './params';

/** Paging options as the CLI passes them to the paginator. */
export interface PagingOptions {
  maxItems?: number;
  pageSize?: number;
  startingToken?: string;
}

/** The pages botocore yields, what it keeps from the first one, and the resume token (NextToken). */
export interface PageResult {
  pages: Record<string, unknown>[];
  /** The paginator's non_aggregate_keys from the first page (GetGroup's Group). */
  nonAggregate: Record<string, unknown>;
  resumeToken: string | null;
}

/** Python's json.dumps (", " and ": " separators, non-ASCII escaped). */
function pyJson(value: Record<string, unknown>): string {
  const text = (v: unknown) =>
    JSON.stringify(v).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return `{${Object.entries(value)
    .map(([k, v]) => `${text(k)}: ${v === null ? 'null' : text(v)}`)
    .join(', ')}}`;
}

function parseStartingToken(text: string): { token: Record<string, unknown>; skip: number } {
  try {
    const value = JSON.parse(atob(text)) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const { boto_truncate_amount: skip, ...token } = value as Record<string, unknown>;
      return { token, skip: typeof skip === 'number' ? skip : 0 };
    }
  } catch {
    // fall through
  }
  throw generalError(`Bad starting token: ${text}`);
}

/** Runs the pages as botocore's PageIterator.__iter__ does. */
export async function iteratePages(
  model: OperationModel,
  input: Record<string, unknown>,
  run: (request: Record<string, unknown>) => Promise<Record<string, unknown>>,
  options: PagingOptions,
): Promise<PageResult> {
  const paging = model.paginator!;
  const inputTokens = tokenList(paging.inputToken);
  const outputTokens = tokenList(paging.outputToken);
  const resultKeys = tokenList(paging.resultKey);
  const primary = resultKeys[0]!;
  const request = { ...input };
  let next: Record<string, unknown> = Object.fromEntries(inputTokens.map((t) => [t, null]));
  let skip = 0;
  if (options.startingToken !== undefined) {
    const parsed = parseStartingToken(options.startingToken);
    next = parsed.token;
    skip = parsed.skip;
    for (const [name, value] of Object.entries(next)) if (value !== null) request[name] = value;
  }
  if (options.pageSize !== undefined && paging.limitKey) request[paging.limitKey] = options.pageSize;
  const pages: Record<string, unknown>[] = [];
  const nonAggregate: Record<string, unknown> = {};
  let resume: Record<string, unknown> | null = null;
  let total = 0;
  for (let first = true; ; first = false) {
    const page = { ...(await run({ ...request })) };
    if (first) {
      if (options.startingToken !== undefined) {
        // Resume inside the page the token was cut in; the other result keys were already shown.
        const items = page[primary];
        page[primary] = Array.isArray(items) ? items.slice(skip) : null;
        for (const key of resultKeys.slice(1)) page[key] = Array.isArray(page[key]) ? [] : null;
      }
      for (const key of paging.nonAggregateKeys ?? [])
        if (page[key] !== undefined) nonAggregate[key] = page[key];
    }
    const startOffset = first ? skip : 0;
    const items = Array.isArray(page[primary]) ? (page[primary] as unknown[]) : [];
    const over = options.maxItems === undefined ? 0 : total + items.length - options.maxItems;
    if (over > 0) {
      page[primary] = items.slice(0, items.length - over);
      resume = { ...next, boto_truncate_amount: items.length - over + startOffset };
      pages.push(page);
      break;
    }
    pages.push(page);
    total += items.length;
    const more = paging.moreResults === undefined || Boolean(page[paging.moreResults]);
    next = Object.fromEntries(
      inputTokens.map((name, i) => {
        const value = more ? page[outputTokens[i]!] : undefined;
        return [name, value === undefined || value === '' ? null : value];
      }),
    );
    if (Object.values(next).every((v) => v === null)) break;
    if (options.maxItems !== undefined && total === options.maxItems) {
      resume = next;
      break;
    }
    for (const [name, value] of Object.entries(next)) {
      if (value !== null && value !== 'None') request[name] = value;
      else delete request[name];
    }
  }
  return { pages, nonAggregate, resumeToken: resume ? btoa(pyJson(resume)) : null };
}

/** build_full_result: the result keys of every page merged, the first page's kept keys, NextToken. */
export function fullResult(model: OperationModel, result: PageResult): Record<string, unknown> {
  const merged: Record<string, unknown[]> = {};
  for (const page of result.pages) {
    for (const key of tokenList(model.paginator!.resultKey)) {
      const value = page[key];
      if (value === undefined || value === null) continue;
      if (!Array.isArray(value)) continue;
      (merged[key] ??= []).push(...value);
    }
  }
  const full: Record<string, unknown> = { ...merged, ...result.nonAggregate };
  if (result.resumeToken) full.NextToken = result.resumeToken;
  return full;
}

/** What the text formatter prints per page: the result keys (null when absent), kept keys on the first. */
export function textPages(model: OperationModel, result: PageResult): Record<string, unknown>[] {
  const keys = tokenList(model.paginator!.resultKey);
  const shown = result.pages.map((page, i) => ({
    ...(i === 0 ? result.nonAggregate : {}),
    ...Object.fromEntries(keys.map((key) => [key, page[key] ?? null])),
  }));
  if (result.resumeToken) shown.push({ NextToken: { NextToken: result.resumeToken } });
  return shown;
}
