import { describe, expect, test } from 'vitest';
import {
  clearSavedState,
  loadSavedState,
  saveState,
  terminalStorageKey,
  type KeyValueStorage,
} from './saved-state';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  quota = Infinity;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) {
      const error = new Error('full');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

interface Snap {
  format: 'snap';
  n: number;
}
const validate = (value: unknown): Snap => {
  const v = value as Snap | null;
  if (!v || v.format !== 'snap' || typeof v.n !== 'number') throw new Error('not a snapshot');
  return v;
};
const key = terminalStorageKey('aws-foundations/aws-programmatic-access', 'configure-default-profile');

test('the key includes lesson and exercise; a free terminal has its own key', () => {
  expect(key).toBe(
    'skillshell:terminal:v1:aws-foundations/aws-programmatic-access#configure-default-profile',
  );
  expect(terminalStorageKey('aws-foundations/aws-programmatic-access')).not.toBe(key);
});

describe('save then load', () => {
  test('round-trips a snapshot', () => {
    const storage = new MemoryStorage();
    expect(saveState(() => storage, key, { format: 'snap', n: 3 })).toEqual({ ok: true });
    expect(loadSavedState(() => storage, key, validate)).toEqual({
      status: 'restored',
      snapshot: { format: 'snap', n: 3 },
    });
  });

  test('nothing saved is empty, not an error', () => {
    expect(loadSavedState(() => new MemoryStorage(), key, validate)).toEqual({ status: 'empty' });
  });

  test('clearSavedState forgets it', () => {
    const storage = new MemoryStorage();
    saveState(() => storage, key, { format: 'snap', n: 1 });
    clearSavedState(() => storage, key);
    expect(loadSavedState(() => storage, key, validate)).toEqual({ status: 'empty' });
  });
});

describe('bad saved state gives a notice and keeps a copy', () => {
  const cases: Array<[string, string]> = [
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a foreign format', JSON.stringify({ format: 'other', version: 1, snapshot: {} })],
    ['a newer version', JSON.stringify({ format: 'skillshell-terminal', version: 2, snapshot: {} })],
    [
      'a snapshot the engine rejects',
      JSON.stringify({ format: 'skillshell-terminal', version: 1, snapshot: { n: 'x' } }),
    ],
  ];
  test.each(cases)('%s', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(key, raw);
    const outcome = loadSavedState(() => storage, key, validate);
    expect(outcome.status).toBe('invalid');
    expect(outcome.status === 'invalid' && outcome.notice).toMatch(/fresh sandbox/);
    expect(storage.getItem(`${key}:broken`)).toBe(raw);
    expect(storage.getItem(key)).toBeNull();
  });

  test('a validator returning null counts as invalid', () => {
    const storage = new MemoryStorage();
    saveState(() => storage, key, { any: 1 });
    expect(
      loadSavedState(
        () => storage,
        key,
        () => null,
      ).status,
    ).toBe('invalid');
  });
});

describe('storage problems never throw', () => {
  const throwing: KeyValueStorage = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('SecurityError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  };

  test('blocked storage: unavailable on load and save', () => {
    const denied = () => {
      throw new Error('The operation is insecure.');
    };
    expect(loadSavedState(denied, key, validate).status).toBe('unavailable');
    expect(saveState(denied, key, {})).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(loadSavedState(() => throwing, key, validate).status).toBe('unavailable');
    expect(saveState(() => throwing, key, {})).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(() => clearSavedState(() => throwing, key)).not.toThrow();
    expect(loadSavedState(() => null, key, validate).status).toBe('unavailable');
  });

  test('a full quota is reported with its own notice', () => {
    const storage = new MemoryStorage();
    storage.quota = 10;
    const outcome = saveState(() => storage, key, { format: 'snap', n: 1 });
    expect(outcome).toMatchObject({ ok: false, reason: 'quota' });
    expect(!outcome.ok && outcome.notice).toMatch(/full/);
  });
});

describe('scrollback saved beside the snapshot', () => {
  const now = () => new Date('2026-12-01T00:00:00Z');
  test('round-trips; a rejected scrollback makes the whole entry invalid', () => {
    const storage = new MemoryStorage();
    saveState(() => storage, key, { format: 'snap', n: 1 }, now, { lines: ['x'] });
    expect(
      loadSavedState(
        () => storage,
        key,
        validate,
        () => true,
      ),
    ).toEqual({
      status: 'restored',
      snapshot: { format: 'snap', n: 1 },
      scrollback: { lines: ['x'] },
    });
    saveState(() => storage, key, { format: 'snap', n: 1 }, now, { lines: ['x'] });
    expect(
      loadSavedState(
        () => storage,
        key,
        validate,
        () => false,
      ).status,
    ).toBe('invalid');
  });

  test('a full quota keeps the snapshot and drops the scrollback', () => {
    const storage = new MemoryStorage();
    const bare = JSON.stringify({
      format: 'skillshell-terminal',
      version: 1,
      savedAt: now().toISOString(),
      snapshot: { format: 'snap', n: 1 },
    });
    storage.quota = bare.length;
    expect(saveState(() => storage, key, { format: 'snap', n: 1 }, now, { lines: ['a long line'] })).toEqual({
      ok: true,
    });
    expect(loadSavedState(() => storage, key, validate)).toEqual({
      status: 'restored',
      snapshot: { format: 'snap', n: 1 },
    });
  });
});
