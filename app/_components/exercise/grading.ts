// Loaded on demand with the engine: the exercise registry and the grader (checks are functions, not props).
// First: zod without eval, before the exercise schemas are created.
import '@/lib/zod-jitless';
export { exercises, getExercise } from '@/exercises';
export { createCheckCommand, gradeSnapshot } from '@/lib/grader';
// The one copy of the solution steps (proven in lib/grader/solution-steps.test.ts).
export {
  nextSolutionStep,
  solutionAnswerFor,
  solutionSteps,
  type SolutionStep,
} from '@/lib/grader/solution-steps';
export { createSandbox } from '@/lib/shell';
