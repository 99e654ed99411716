// Debian's chromium, which Playwright drives here (it cannot download its own browsers): the e2e suite and the
// browser benchmarks launch the same binary.
import { execSync } from 'node:child_process';

/** CHROMIUM_PATH, else `chromium` on the PATH, else Debian's location. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim();
  } catch {
    return '/usr/bin/chromium';
  }
}

/** The flags the browser benchmarks launch it with (plus the bench server's, see static-server.ts). */
export const BENCH_BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
];
