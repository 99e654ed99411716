// The site's service worker (Serwist): precaches every page and chunk of one build, so the course works offline.
import { Serwist, type PrecacheEntry } from 'serwist';
import { IMMUTABLE_PREFIX } from './immutable';

/** Written by scripts/service-worker.ts at build time: every file of out/, pages with a content hash. */
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
  /*
   * Hashed files never change, so the browser takes them from the cache itself (the Static Routing API,
   * Chrome 123+), without starting this worker or queueing behind its fetch handler: on a repeat visit at 4×
   * CPU the lesson's ~20 chunks came 300–450 ms after their requests, one fetch event after another. Pages
   * still go through the fetch handler, so a page and its chunks always come from one build.
   */
  requestRules: { condition: { urlPattern: { pathname: `${IMMUTABLE_PREFIX}*` } }, source: 'cache' },
});
serwist.addEventListeners();
