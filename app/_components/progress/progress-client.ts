// The page's one progress store over localStorage, and a hook that re-renders on changes (other tabs included).
'use client';

import { useSyncExternalStore } from 'react';
import {
  createProgressStore,
  PROGRESS_KEY,
  type Progress,
  type ProgressStorage,
  type ProgressStore,
} from '@/lib/progress';

let store: ProgressStore | null = null;

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

/** The store (created on first use, in the browser only). */
export function progressStore(): ProgressStore {
  if (!store) {
    const created = createProgressStore(browserStorage());
    store = created;
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) created.reload();
    });
  }
  return store;
}

const subscribe = (listener: () => void) => progressStore().subscribe(listener);

/** The learner's progress, or null during prerendering and hydration (marks appear after). */
export function useProgress(): Progress | null {
  return useSyncExternalStore(
    subscribe,
    () => progressStore().get(),
    () => null,
  );
}
