// Browser stand-ins for the Node built-ins just-bash's ESM build imports (its lazily loaded build; see next.config.ts).
// Each is what just-bash's own browser bundle substitutes: hardening that needs Node is off, real files and DNS absent.

import * as buffer from 'buffer';
import * as events from 'events';
import process from 'process';
import * as stream from 'node:stream';
import * as util from '../../lib/shell/browser-shims/util';

/** What the CommonJS code bundled into just-bash's commands (yaml, …) may `require`: the page's polyfills. */
const MODULES: Record<string, unknown> = {
  process,
  buffer,
  events,
  stream,
  util,
  tty: { isatty: () => false },
  os: { EOL: '\n', platform: () => 'linux', homedir: () => '/home/learner', tmpdir: () => '/tmp' },
};

/**
 * Every chunk starts with `const require = createRequire(import.meta.url)`; only bundled CommonJS code calls
 * it, for the modules above. The rest (network, workers, native crypto) belongs to commands the sandbox
 * does not offer, and fails as an absent module would.
 */
export function createRequire(): (id: string) => unknown {
  return (id) => {
    const name = id.replace(/^node:/, '');
    if (name in MODULES) return MODULES[name];
    throw new Error(`${id} is not available in the browser sandbox`);
  };
}
/** Absent, as in just-bash's browser bundle: its defense-in-depth box then stays off (it needs Node). */
export const Module = undefined;
export const AsyncLocalStorage = undefined;

/** Network access is off in the sandbox; DNS is never reached. */
export function lookup(): never {
  throw new Error('node:dns is not available in browser environments');
}

/** Only the host-filesystem adapters (ReadWriteFs, OverlayFs) use these; the sandbox uses its in-memory one. */
export function randomBytes(size: number): { toString(encoding: 'hex'): string } {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(size));
  return { toString: () => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') };
}
export const Worker = undefined;
export const isMainThread = true;
export const parentPort = null;
export const workerData = undefined;
export default {};
