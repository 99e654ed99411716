// Saving and restoring one lesson terminal's sandbox in a key-value storage (localStorage in the page).

/** The part of the Web Storage API we use, so tests can pass a fake. Any call may throw. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the page gets back when loading: a snapshot, nothing saved, or a reason to start fresh. */
export type LoadOutcome<T> =
  | { status: 'restored'; snapshot: T; scrollback?: unknown }
  | { status: 'empty' }
  | { status: 'invalid'; notice: string }
  | { status: 'unavailable'; notice: string };

/** Result of saving: quota and disabled storage are reported, never thrown. */
export type SaveOutcome = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; notice: string };

interface Envelope {
  format: 'skillshell-terminal';
  version: 1;
  savedAt: string;
  snapshot: unknown;
  /** The recent scrollback (see scrollback.ts); absent in states saved before it was kept. */
  scrollback?: unknown;
}

const PREFIX = 'skillshell:terminal:v1:';

/** The storage key of one terminal: one per lesson and exercise (or the lesson's free terminal). */
export function terminalStorageKey(lessonId: string, exerciseId?: string): string {
  return `${PREFIX}${lessonId}#${exerciseId ?? 'free'}`;
}

function open(getStorage: () => KeyValueStorage | null | undefined): KeyValueStorage | null {
  try {
    return getStorage() ?? null;
  } catch {
    return null; // e.g. SecurityError when the browser blocks site data
  }
}

const unavailableNotice =
  'Your browser does not let this page store data, so the sandbox will start fresh after a reload.';

/**
 * Reads and validates the saved state. `validate` (the engine's `parseSnapshot`) throws or returns
 * null on anything that is not a sandbox; `validateScrollback` likewise for the saved scrollback, when there
 * is one. A broken entry is kept under `<key>:broken` for inspection.
 */
export function loadSavedState<T>(
  getStorage: () => KeyValueStorage | null | undefined,
  key: string,
  validate: (value: unknown) => T | null,
  validateScrollback: (value: unknown) => boolean = () => true,
): LoadOutcome<T> {
  const storage = open(getStorage);
  if (!storage) return { status: 'unavailable', notice: unavailableNotice };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: 'unavailable', notice: unavailableNotice };
  }
  if (raw === null) return { status: 'empty' };
  const invalid: LoadOutcome<T> = {
    status: 'invalid',
    notice:
      'The saved sandbox for this terminal could not be read (it is damaged or from another version), so a fresh sandbox was started.',
  };
  try {
    const envelope = JSON.parse(raw) as Partial<Envelope> | null;
    if (!envelope || envelope.format !== 'skillshell-terminal' || envelope.version !== 1)
      throw new Error('foreign');
    const snapshot = validate(envelope.snapshot);
    if (snapshot === null || snapshot === undefined) throw new Error('invalid');
    if (envelope.scrollback === undefined) return { status: 'restored', snapshot };
    if (!validateScrollback(envelope.scrollback)) throw new Error('invalid scrollback');
    return { status: 'restored', snapshot, scrollback: envelope.scrollback };
  } catch {
    try {
      storage.setItem(`${key}:broken`, raw);
      storage.removeItem(key);
    } catch {
      // Keeping a copy is best effort: the next save overwrites the entry anyway.
    }
    return invalid;
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/**
 * Saves a snapshot (and the recent scrollback, when given). Never throws: a full quota or blocked
 * storage comes back as a notice. A full quota is retried once without the scrollback: files matter more.
 */
export function saveState(
  getStorage: () => KeyValueStorage | null | undefined,
  key: string,
  snapshot: unknown,
  now: () => Date = () => new Date(),
  scrollback?: unknown,
): SaveOutcome {
  const storage = open(getStorage);
  if (!storage) return { ok: false, reason: 'unavailable', notice: unavailableNotice };
  const envelope: Envelope = {
    format: 'skillshell-terminal',
    version: 1,
    savedAt: now().toISOString(),
    snapshot,
    ...(scrollback === undefined ? {} : { scrollback }),
  };
  try {
    try {
      storage.setItem(key, JSON.stringify(envelope));
    } catch (error) {
      if (scrollback === undefined || !isQuotaError(error)) throw error;
      storage.setItem(key, JSON.stringify({ ...envelope, scrollback: undefined }));
    }
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        reason: 'quota',
        notice:
          'The browser storage for this site is full, so your latest changes will not survive a reload.',
      };
    }
    return { ok: false, reason: 'unavailable', notice: unavailableNotice };
  }
}

/** Forgets the saved state ("Reset sandbox"). Never throws. */
export function clearSavedState(getStorage: () => KeyValueStorage | null | undefined, key: string): void {
  try {
    open(getStorage)?.removeItem(key);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
