import { expect, test } from 'vitest';
import { loadOnce } from './load-once';

test('one load shared by every call; a failed load is tried again by the next call', async () => {
  let calls = 0;
  const outcomes = [new Error('offline'), 'engine'];
  const load = loadOnce(() => {
    const outcome = outcomes[calls++];
    return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome);
  });
  const [a, b] = [load(), load()];
  await expect(a).rejects.toThrow('offline');
  await expect(b).rejects.toThrow('offline');
  expect(calls).toBe(1);
  expect(await load()).toBe('engine');
  expect(await load()).toBe('engine');
  expect(calls).toBe(2);
});
