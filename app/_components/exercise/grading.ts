// What the exercise panel loads, through the engine (engine-entry.ts) so that it shares the engine's chunks: the
// grader's runner, and the panel's exercise on first use, from the same chunk the terminal loaded for its setup.
export { loadExercise } from '@/exercises/load-exercise';
export { createCheckCommand } from '@/lib/grader/check-command';
export { gradeSnapshot } from '@/lib/grader/grade';
// The one copy of the solution steps (proven in lib/grader/solution-steps.test.ts).
export {
  nextSolutionStep,
  solutionAnswerFor,
  solutionSteps,
  type SolutionStep,
} from '@/lib/grader/solution-steps';
export { createSandbox } from '@/lib/shell';
