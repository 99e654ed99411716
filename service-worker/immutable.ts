// Where the export keeps files whose URLs change with their content: the service worker serves them straight
// from its cache (a static route) and precaches them under their plain URL.

/** Next's hashed chunks, media and per-build manifests. */
export const IMMUTABLE_PREFIX = '/_next/static/';
