// The page's one progress store over localStorage, loaded after hydration (its zod validator stays out of
// the first-load JS), and a hook that re-renders on changes (other tabs included).
'use client';

import { useSyncExternalStore } from 'react';
import type { Progress } from '@/lib/progress/progress';
import { PROGRESS_KEY } from '@/lib/progress/progress-format';
import type { ProgressStorage, ProgressStore } from '@/lib/progress/progress-store';
import { loadOnce } from '../load-once';

let loaded: ProgressStore | null = null;

function browserStorage(): ProgressStorage | null {
  try {
    const storage = window.localStorage;
    // Touching it throws when storage is disabled.
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** Actions waiting for the store's code, which could not be downloaded yet (see `withProgressStore`). */
const waiting: ((store: ProgressStore) => void)[] = [];

/**
 * The store; the first call loads its module. When that download fails (offline before the service worker
 * cached it) the promise rejects and the next call (or coming back online) tries again.
 */
export const loadProgressStore = loadOnce(() =>
  import('@/lib/progress/progress-store').then(
    ({ createProgressStore }) => {
      const store = createProgressStore(browserStorage());
      window.addEventListener('storage', (event) => {
        if (event.key === PROGRESS_KEY || event.key === null) store.reload();
      });
      loaded = store;
      for (const action of waiting.splice(0)) action(store);
      return store;
    },
    (error: unknown) => {
      window.addEventListener('online', retry, { once: true });
      throw error;
    },
  ),
);

function retry(): void {
  loadProgressStore().catch(() => undefined);
}

/**
 * Runs `action` with the store, for work the learner did not ask for in that moment (marks, a completion):
 * if the store's code cannot be downloaded now, the action waits for the next successful load (back online,
 * or the next call) instead of failing, so a completion is not lost.
 */
export function withProgressStore(action: (store: ProgressStore) => void): void {
  loadProgressStore().then(action, () => waiting.push(action));
}

/** The store if it has loaded (for reading its storage problem while rendering). */
export function loadedProgressStore(): ProgressStore | null {
  return loaded;
}

function subscribe(listener: () => void): () => void {
  let active = true;
  let unsubscribe: (() => void) | null = null;
  withProgressStore((store) => {
    if (!active) return;
    unsubscribe = store.subscribe(listener);
    listener();
  });
  return () => {
    active = false;
    unsubscribe?.();
  };
}

/** The learner's progress, or null during prerendering, hydration and loading (marks appear after). */
export function useProgress(): Progress | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded?.get() ?? null,
    () => null,
  );
}
