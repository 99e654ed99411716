// The site's service worker (Serwist): precaches every page and chunk of one build, so the course works offline.
import { Serwist, type PrecacheEntry } from 'serwist';

/** Written by scripts/service-worker.ts at build time: every file of out/ with a content hash. */
declare const __SKILLSHELL_PRECACHE__: PrecacheEntry[];

/*
 * One build's pages and chunks are one precache: a page always runs with the chunks it was built with. A new
 * build installs beside the old one on the next visit and takes over once the old version's tabs are closed
 * (no skipWaiting: a running lesson never gets chunks from another build); then the old precache is removed.
 */
const serwist = new Serwist({
  precacheEntries: __SKILLSHELL_PRECACHE__,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    concurrency: 4,
    // Query strings never select content on this static site (`?_rsc=` on client navigation, icon hashes).
    ignoreURLParametersMatching: [/.*/],
  },
  skipWaiting: false,
  clientsClaim: false,
  navigationPreload: false,
  disableDevLogs: true,
});
serwist.addEventListeners();
