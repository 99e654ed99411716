// The reference solution as steps (a command with the answers it prompts for), and which step comes next.
import type { HistoryEntry, PromptRequest, Sandbox } from '@/lib/shell/types';

/** One command of the solution, with the lines it reads when it asks questions (e.g. `aws configure`). */
export interface SolutionStep {
  /** The command as typed (several lines for a here-doc or an `if`). */
  command: string;
  /** Answers to its prompts, in order. */
  answers: string[];
}

function scriptLines(script: string): string[] {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Splits a solution into steps by running it in a scratch sandbox (built from the exercise's setup) the
 * way the headless runner does: complete inputs run one at a time, prompts read the following lines.
 */
export async function solutionSteps(
  sandbox: Pick<Sandbox, 'run' | 'isComplete'>,
  script: string,
): Promise<SolutionStep[]> {
  const lines = scriptLines(script);
  const steps: SolutionStep[] = [];
  let next = 0;
  while (next < lines.length) {
    const buffer: string[] = [];
    do buffer.push(lines[next++] ?? '');
    while (next < lines.length && !sandbox.isComplete(buffer.join('\n')));
    const command = buffer.join('\n');
    const answers: string[] = [];
    const readLine = async (_request: PromptRequest): Promise<string | null> => {
      if (next >= lines.length) return null;
      const answer = lines[next++] ?? '';
      answers.push(answer);
      return answer;
    };
    await sandbox.run(`${command}\n`, { readLine });
    if (command.trim() !== '') steps.push({ command, answers });
  }
  return steps;
}

const firstLine = (text: string) => (text.split('\n')[0] ?? '').trim().replace(/\s+/g, ' ');

/**
 * Index of the step the learner has not run yet: walks the history in order, advancing through the steps
 * as their commands appear. After the last step it starts over at 0.
 */
export function nextStepIndex(steps: readonly SolutionStep[], history: readonly HistoryEntry[]): number {
  let index = 0;
  for (const entry of history) {
    const step = steps[index];
    if (step && firstLine(entry.command) === firstLine(step.command)) index++;
  }
  return index >= steps.length ? 0 : index;
}

/** What "Show solution" puts in the terminal: the command, then each answer (one per Enter). */
export function stepText(step: SolutionStep): string {
  return [step.command, ...step.answers].join('\n');
}
