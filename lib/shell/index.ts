// Public entry point of the sandbox engine.
export { createSandbox } from './sandbox';
export { explainLastAwsCall, type LastAwsCall } from './commands/why';
export { parseSnapshot, type ParseSnapshotResult } from './snapshot';
export type * from './types';
