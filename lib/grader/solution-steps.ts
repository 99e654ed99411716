// "Show solution": splits a reference solution into the inputs a learner would type (prompt answers
// attached to the command that asks), and finds the next one the learner has not run yet.
import type { HistoryEntry, Sandbox } from '../shell/types';

/** One input of the solution and the answers its prompts take (e.g. the four of `aws configure`). */
export interface SolutionStep {
  input: string;
  answers: string[];
}

/**
 * Runs `solution` in `scratch` (a throw-away sandbox created from the exercise's setup) to learn which
 * lines are commands and which are answers to prompts, the way the headless runner reads a script.
 */
export async function solutionSteps(scratch: Sandbox, solution: string): Promise<SolutionStep[]> {
  const lines = solution.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const steps: SolutionStep[] = [];
  let next = 0;
  while (next < lines.length) {
    let input = lines[next++] ?? '';
    while (next < lines.length && !scratch.isComplete(input)) input += `\n${lines[next++] ?? ''}`;
    if (input.trim() === '') continue;
    const step: SolutionStep = { input, answers: [] };
    steps.push(step);
    await scratch.run(`${input}\n`, {
      readLine: async () => {
        if (next >= lines.length) return null;
        const answer = lines[next++] ?? '';
        step.answers.push(answer);
        return answer;
      },
    });
  }
  return steps;
}

/**
 * The first step the learner has not run yet, in order: steps are matched against the history by their
 * text, each after the previous match (some solution steps fail on purpose, e.g. `source ~/.aws/credentials`).
 * Null when every step has run.
 */
export function nextSolutionStep(
  steps: readonly SolutionStep[],
  history: readonly HistoryEntry[],
): SolutionStep | null {
  let position = 0;
  for (const step of steps) {
    const wanted = step.input.trim();
    const found = history.findIndex((h, i) => i >= position && h.command.trim() === wanted);
    if (found < 0) return step;
    position = found + 1;
  }
  return null;
}
