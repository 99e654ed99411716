import { describe, expect, test } from 'vitest';
import { PROGRESS_KEY } from './progress-format';
import { createProgressStore, type ProgressStorage } from './progress-store';

function memoryStorage(
  initial: Record<string, string> = {},
): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const clock = () => new Date('2026-11-28T02:00:00.000Z');

describe('progress store', () => {
  test('progress survives a new store over the same storage (a reload)', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock);
    store.completeExercise('configure-default-profile');
    store.readLesson('aws-foundations/aws-programmatic-access');
    const again = createProgressStore(storage, clock);
    expect(Object.keys(again.get().exercises)).toEqual(['configure-default-profile']);
    expect(Object.keys(again.get().lessons)).toEqual(['aws-foundations/aws-programmatic-access']);
  });

  test('listeners hear changes, not repeats', () => {
    const store = createProgressStore(memoryStorage(), clock);
    let calls = 0;
    store.subscribe(() => calls++);
    store.completeExercise('a');
    store.completeExercise('a');
    expect(calls).toBe(1);
  });

  test('export then import into an empty store round-trips', () => {
    const first = createProgressStore(memoryStorage(), clock);
    first.completeExercise('use-a-profile');
    first.readLesson('m/l');
    const second = createProgressStore(memoryStorage(), clock);
    const outcome = second.importText(first.exportText());
    expect(outcome).toEqual({ ok: true, message: 'Imported 1 completed exercise and 1 read lesson.' });
    expect(second.get()).toEqual(first.get());
  });

  test('a damaged import is refused and overwrites nothing', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock);
    store.completeExercise('use-a-profile');
    const before = storage.data.get(PROGRESS_KEY);
    let calls = 0;
    store.subscribe(() => calls++);
    const outcome = store.importText('{"format":"skillshell-progress","version":1,"exercises":7}');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/damaged.*Your progress was not changed\.$/);
    expect(storage.data.get(PROGRESS_KEY)).toBe(before);
    expect(calls).toBe(0);
  });

  test('reset forgets everything, in storage too', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock);
    store.completeExercise('a');
    store.reset();
    expect(store.get()).toEqual({ exercises: {}, lessons: {} });
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });

  test('damaged storage starts empty, says so, and is never overwritten until the learner chooses', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{oops' });
    const store = createProgressStore(storage, clock);
    expect(store.get()).toEqual({ exercises: {}, lessons: {} });
    expect(store.problem()).toBe('damaged');
    expect(storage.data.get(PROGRESS_KEY)).toBe('{oops');
    // Progress made meanwhile (a lesson page) is kept in the page, not written over the damaged data.
    store.completeExercise('a');
    store.readLesson('m/l');
    expect(store.problem()).toBe('damaged');
    expect(storage.data.get(PROGRESS_KEY)).toBe('{oops');
    expect(Object.keys(store.get().exercises)).toEqual(['a']);
    // A second page (another store over the same storage) sees the same damage.
    expect(createProgressStore(storage, clock).problem()).toBe('damaged');
    store.discardDamaged();
    expect(store.problem()).toBeNull();
    const again = createProgressStore(storage, clock);
    expect(again.problem()).toBeNull();
    expect(Object.keys(again.get().exercises)).toEqual(['a']);
    expect(Object.keys(again.get().lessons)).toEqual(['m/l']);
  });

  test('reset also clears damaged data', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{oops' });
    const store = createProgressStore(storage, clock);
    store.reset();
    expect(store.problem()).toBeNull();
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    store.completeExercise('a');
    expect(storage.data.get(PROGRESS_KEY)).toContain('"a"');
  });

  test('an import keeps only the ids this site knows and names the ones it ignored', () => {
    const source = createProgressStore(memoryStorage(), clock);
    source.completeExercise('configure-default-profile');
    source.completeExercise('from-another-course');
    source.readLesson('aws-foundations/aws-programmatic-access');
    source.readLesson('gone/lesson');
    const store = createProgressStore(memoryStorage(), clock);
    const outcome = store.importText(source.exportText(), {
      exercises: ['configure-default-profile', 'use-a-profile'],
      lessons: ['aws-foundations/aws-programmatic-access'],
    });
    expect(outcome).toEqual({
      ok: true,
      message:
        'Imported 1 completed exercise and 1 read lesson. Ignored 2 unknown ids that this site does not have: from-another-course, gone/lesson.',
    });
    expect(Object.keys(store.get().exercises)).toEqual(['configure-default-profile']);
    expect(Object.keys(store.get().lessons)).toEqual(['aws-foundations/aws-programmatic-access']);
  });

  test('storage that throws (disabled, quota full) keeps progress in memory and reports it', () => {
    const throwing: ProgressStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = createProgressStore(throwing, clock);
    store.completeExercise('a');
    expect(Object.keys(store.get().exercises)).toEqual(['a']);
    expect(store.problem()).toBe('write-failed');
    const none = createProgressStore(null, clock);
    none.readLesson('m/l');
    expect(none.problem()).toBe('unavailable');
    expect(Object.keys(none.get().lessons)).toEqual(['m/l']);
  });

  test('reload picks up what another tab wrote', () => {
    const storage = memoryStorage();
    const mine = createProgressStore(storage, clock);
    const other = createProgressStore(storage, clock);
    other.completeExercise('b');
    mine.reload();
    expect(Object.keys(mine.get().exercises)).toEqual(['b']);
  });
});
