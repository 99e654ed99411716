// The learner's operating-system choice, shared by every OsTabs on the site and remembered in localStorage.
'use client';
import { useSyncExternalStore } from 'react';

import { isOs, type Os } from './os';

const storageKey = 'skillshell:os';
const changeEvent = 'skillshell:os-change';
// Used when localStorage is unavailable (private mode, blocked storage): the choice lasts for the page.
let memoryChoice: Os | null = null;

function readChoice(): Os | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isOs(stored)) return stored;
  } catch {
    // Storage blocked: fall back to memory.
  }
  return memoryChoice;
}

/** Remembers `os` and tells every mounted OsTabs (other tabs of the browser learn it through `storage`). */
export function setOsChoice(os: Os): void {
  memoryChoice = os;
  try {
    window.localStorage.setItem(storageKey, os);
  } catch {
    // Storage blocked: the in-memory choice still applies to this page.
  }
  window.dispatchEvent(new Event(changeEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

/** The remembered choice; null while prerendering and hydrating, so the server's first tab hydrates cleanly. */
export function useOsChoice(): Os | null {
  return useSyncExternalStore(subscribe, readChoice, () => null);
}
