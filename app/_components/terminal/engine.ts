// Loads the sandbox engine (lib/shell + just-bash + the exercises, see engine-entry.ts) as its own chunk, once.
import type { SandboxSnapshot } from '@/lib/shell/types';
import { SandboxStartError } from '@/lib/terminal';
import { loadOnce } from '../load-once';

export type Engine = typeof import('./engine-entry');

/** What a learner reads when `what` cannot be downloaded (offline before the service worker cached it). */
export const codeUnavailable = (what: string) =>
  `${what} could not be downloaded: the site could not be reached`;

/** The engine module; the first call starts the download. A failed download is tried again by the next call. */
export const loadEngine = loadOnce((): Promise<Engine> => {
  // Next inlines `typeof window` per bundle: the server build drops this import (the engine never runs there,
  // and just-bash's Node build would pull Node-only modules into the server render of the page).
  if (typeof window === 'undefined')
    return Promise.reject(new Error('The sandbox runs only in the browser.'));
  return import('./engine-entry').catch(() => {
    throw new SandboxStartError(codeUnavailable('its code'));
  });
});

/** Validates saved state with the engine's parser, whatever its failure style (throw, null or a result object). */
export function validateSnapshot(current: Engine, value: unknown): SandboxSnapshot | null {
  const parsed: unknown = current.parseSnapshot(value);
  if (parsed === null || parsed === undefined) return null;
  if (typeof parsed === 'object' && 'ok' in parsed) {
    const result = parsed as { ok: boolean; snapshot?: SandboxSnapshot; value?: SandboxSnapshot };
    return result.ok ? (result.snapshot ?? result.value ?? null) : null;
  }
  return parsed as SandboxSnapshot;
}
