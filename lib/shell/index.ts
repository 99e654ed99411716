// Public entry point of the sandbox engine.
export { createSandbox } from './sandbox';
export { parseSnapshot, type ParseSnapshotResult } from './snapshot';
export type * from './types';
