// Registers the service worker (out/sw.js, written by scripts/service-worker.ts) once the page has loaded.

/**
 * The inline registration script (root layout; hashed into the CSP). Only in production builds: `next dev`
 * has no sw.js, and a worker left from `npm start` must not serve old pages to a dev server on the same origin.
 */
export const SERVICE_WORKER_SCRIPT =
  'if("serviceWorker"in navigator)addEventListener("load",function(){navigator.serviceWorker.register("/sw.js").catch(function(){})});';
