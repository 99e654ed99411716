// Browser stand-in for node:zlib: just-bash's gzip/gunzip/zcat are not part of the sandbox.
function unavailable(): never {
  throw new Error('gzip is not available in this sandbox');
}
export const constants: Record<string, number> = {};
export const gzipSync = unavailable;
export const gunzipSync = unavailable;
