// "Show solution": splits a reference solution into the inputs a learner would type (prompt answers
// attached to the command that asks), and finds the next one the learner has not run yet.
import type { HistoryEntry, Sandbox } from '../shell/types';

/** One input of the solution and the answers its prompts take (e.g. the four of `aws configure`). */
export interface SolutionStep {
  input: string;
  answers: string[];
  /** The question each answer replies to, as the program printed it in the scratch run (same order). */
  prompts?: string[];
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
    const step: SolutionStep = { input, answers: [], prompts: [] };
    steps.push(step);
    await scratch.run(`${input}\n`, {
      readLine: async (request) => {
        if (next >= lines.length) return null;
        const answer = lines[next++] ?? '';
        step.answers.push(answer);
        step.prompts?.push(request.prompt);
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

/** A question without its current value in brackets (`AWS Access Key ID [****MPLE]: ` → `AWS Access Key ID:`). */
function questionKey(prompt: string): string {
  return prompt
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The answer the solution gives to the question a program is asking now (e.g. `aws configure`'s
 * "Default region name"), or null when no step of the solution answers it. The learner's next step is
 * preferred, then the steps before it (the one asking has usually just started), then any step.
 */
export function solutionAnswerFor(
  steps: readonly SolutionStep[],
  history: readonly HistoryEntry[],
  question: string,
): string | null {
  const wanted = questionKey(question);
  const next = nextSolutionStep(steps, history);
  const start = next ? steps.indexOf(next) : steps.length;
  const order = [...steps.slice(0, start + 1).reverse(), ...steps.slice(start + 1)];
  for (const step of order) {
    const index = (step.prompts ?? []).findIndex((prompt) => questionKey(prompt) === wanted);
    if (index >= 0) return step.answers[index] ?? null;
  }
  return null;
}
