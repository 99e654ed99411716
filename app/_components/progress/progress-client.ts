// The page's one progress store over localStorage, loaded after hydration (its zod validator stays out of
// the first-load JS), and a hook that re-renders on changes (other tabs included).
'use client';

import { useSyncExternalStore } from 'react';
import type { Progress } from '@/lib/progress/progress';
import { PROGRESS_KEY } from '@/lib/progress/progress-format';
import type { ProgressStorage, ProgressStore } from '@/lib/progress/progress-store';

let loading: Promise<ProgressStore> | null = null;
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

/** The store; the first call loads its module. */
export function loadProgressStore(): Promise<ProgressStore> {
  loading ??= import('@/lib/progress/progress-store').then(({ createProgressStore }) => {
    const store = createProgressStore(browserStorage());
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) store.reload();
    });
    loaded = store;
    return store;
  });
  return loading;
}

/** The store if it has loaded (for reading its storage problem while rendering). */
export function loadedProgressStore(): ProgressStore | null {
  return loaded;
}

function subscribe(listener: () => void): () => void {
  let active = true;
  let unsubscribe: (() => void) | null = null;
  void loadProgressStore().then((store) => {
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
