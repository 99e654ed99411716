// A lazily downloaded part of the page (the engine, the grader, the progress store), loaded once and shared.
/**
 * `load`, called on first use and its promise shared by every later call. A rejection is not kept: a download
 * that failed (offline before the service worker cached it) is tried again by the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
