// Browser stand-in for node:fs and node:fs/promises in just-bash's ESM build: only its host-filesystem adapters
// (ReadWriteFs, OverlayFs) use them, and the sandbox never creates those (its files live in memory).
function unavailable(): never {
  throw new Error('The host filesystem is not available in the browser sandbox.');
}
export const constants: Record<string, number> = {};
export const existsSync = unavailable;
export const lstatSync = unavailable;
export const readdirSync = unavailable;
export const readlinkSync = unavailable;
export const realpathSync = unavailable;
export const statSync = unavailable;
export const open = unavailable;
export const promises = { open: unavailable };
export default {
  constants,
  existsSync,
  lstatSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  promises,
};
