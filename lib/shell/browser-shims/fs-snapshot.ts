// Browser stand-in for @jsonjoy.com/fs-snapshot (~12 kB gzip with its CBOR and JSON codecs): memfs's Volume
// imports it only for its own snapshot methods, which the sandbox never calls (its format: lib/shell/snapshot.ts).
function unavailable(): never {
  throw new Error('memfs snapshots are not part of the sandbox: use Sandbox.snapshot()');
}

export const toSnapshotSync = unavailable;
export const fromSnapshotSync = unavailable;
export const toBinarySnapshotSync = unavailable;
export const fromBinarySnapshotSync = unavailable;
export const toJsonSnapshotSync = unavailable;
export const fromJsonSnapshotSync = unavailable;
