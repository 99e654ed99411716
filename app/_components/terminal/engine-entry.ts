// The engine chunk's one entry: the sandbox, a loader for the exercise a terminal starts from (each exercise's
// module, with the checks it uses, is its own chunk: a page needs its own exercises only) and the exercise panel's
// grading, loaded from here so that it shares the engine's chunks instead of bundling its own copies.
export { createSandbox, explainLastAwsCall, parseSnapshot } from '@/lib/shell';
export { loadExercise } from '@/exercises/load-exercise';

/** The exercise panel's grader (app/_components/exercise/grading.ts). */
export const loadGrading = () => import('../exercise/grading');

/** Marks the entry's chunk, so the build finds the engine's chunks to preload (scripts/engine-chunks.ts). */
export const ENGINE_ENTRY = 'skillshell-engine-entry';
