// botocore's PageIterator semantics (botocore/paginate.py) over a fake operation with two input tokens.
import { expect, test } from 'vitest';
import type { OperationModel } from './model';
import { fullResult, iteratePages, textPages } from './paginate';

/** Items 0..n-1, two per page, resumed by a pair of markers (as ListObjectVersions is). */
const MODEL: OperationModel = {
  name: 'ListThings',
  input: { members: {}, required: [] },
  paginator: {
    inputToken: ['KeyMarker', 'IdMarker'],
    outputToken: ['NextKeyMarker', 'NextIdMarker'],
    limitKey: 'MaxKeys',
    moreResults: 'IsTruncated',
    resultKey: ['Things', 'Others'],
  },
};

function fake(n: number) {
  const requests: Record<string, unknown>[] = [];
  const run = async (request: Record<string, unknown>) => {
    requests.push(request);
    const size = typeof request.MaxKeys === 'number' ? request.MaxKeys : 2;
    const from = typeof request.KeyMarker === 'string' ? Number(request.KeyMarker) + 1 : 0;
    const things = Array.from({ length: Math.max(0, Math.min(size, n - from)) }, (_, i) => from + i);
    const more = from + size < n;
    return {
      Things: things,
      Others: ['x'],
      IsTruncated: more,
      ...(more ? { NextKeyMarker: String(things.at(-1)), NextIdMarker: 'v' } : {}),
    };
  };
  return { run, requests };
}

const decode = (token: string | null) => JSON.parse(atob(token!)) as Record<string, unknown>;

test('every page is fetched with both markers, and the result keys are merged', async () => {
  const { run, requests } = fake(5);
  const result = await iteratePages(MODEL, {}, run, {});
  expect(requests.map((r) => [r.KeyMarker, r.IdMarker])).toEqual([
    [undefined, undefined],
    ['1', 'v'],
    ['3', 'v'],
  ]);
  expect(fullResult(MODEL, result)).toEqual({ Things: [0, 1, 2, 3, 4], Others: ['x', 'x', 'x'] });
});

test('--max-items cuts inside a page: the token resumes there (boto_truncate_amount)', async () => {
  const { run } = fake(5);
  const result = await iteratePages(MODEL, {}, run, { maxItems: 3 });
  expect(fullResult(MODEL, result).Things).toEqual([0, 1, 2]);
  expect(decode(result.resumeToken)).toEqual({ KeyMarker: '1', IdMarker: 'v', boto_truncate_amount: 1 });
  // Python's json.dumps separators, in the input tokens' order.
  expect(atob(result.resumeToken!)).toBe('{"KeyMarker": "1", "IdMarker": "v", "boto_truncate_amount": 1}');
  const rest = await iteratePages(MODEL, {}, fake(5).run, { startingToken: result.resumeToken! });
  expect(fullResult(MODEL, rest).Things).toEqual([3, 4]);
  // The other result keys of the resumed page were shown before: they are emptied.
  expect(rest.pages[0]!.Others).toEqual([]);
});

test('--max-items on a page boundary resumes with the next markers, --page-size sets the limit', async () => {
  const { run, requests } = fake(6);
  const result = await iteratePages(MODEL, {}, run, { maxItems: 3, pageSize: 3 });
  expect(requests[0]!.MaxKeys).toBe(3);
  expect(decode(result.resumeToken)).toEqual({ KeyMarker: '2', IdMarker: 'v' });
});

test('the text formatter gets one dictionary per page, null for an absent key, then the NextToken', async () => {
  const run = async () => ({ Things: [1], IsTruncated: false });
  const result = await iteratePages(MODEL, {}, run, { maxItems: 1 });
  expect(textPages(MODEL, result)).toEqual([{ Things: [1], Others: null }]);
  const cut = await iteratePages(MODEL, {}, fake(5).run, { maxItems: 1 });
  expect(textPages(MODEL, cut).at(-1)).toEqual({ NextToken: { NextToken: cut.resumeToken } });
});

test('a bad starting token is the CLI error', async () => {
  await expect(iteratePages(MODEL, {}, fake(1).run, { startingToken: 'nope' })).rejects.toThrow();
});
