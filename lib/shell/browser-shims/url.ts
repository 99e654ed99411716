// Browser stand-in for node:url: memfs only needs the URL class, which browsers have.
export const URL = globalThis.URL;
