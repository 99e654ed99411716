// Loaded on demand with the engine: the exercise registry and the grader (checks are functions, not props).
export { exercises, getExercise } from '@/exercises';
export { createCheckCommand, gradeSnapshot } from '@/lib/grader';
export { solutionSteps, nextStepIndex, stepText, type SolutionStep } from './solution-steps';
export { createSandbox } from '@/lib/shell';
