// Replays the history's variable statements (export, unset, assignments) to tell which variables
// were exported when each command ran. An approximation: values from expansions are kept raw.
import type { HistoryEntry } from '../shell/types';
import { splitStatements, type Statement } from './command-line';
import type { GradeState } from './types';

/** One statement of the history with the variables exported when it ran (inline `A=1 cmd` included). */
export interface TimelineStep {
  /** Index of the history entry. */
  entry: number;
  statement: Statement;
  exitCode: number;
  /** Exported variables as seen by this statement's command. */
  exported: Record<string, string>;
}

/** Every statement of the history in order, starting from `initial` exported variables. */
export function historyTimeline(
  history: readonly HistoryEntry[],
  initial: Record<string, string> = {},
): TimelineStep[] {
  const exported = new Map(Object.entries(initial));
  const variables = new Map<string, string>();
  const steps: TimelineStep[] = [];
  // Steps share one frozen view of the exported variables until an export or unset changes it.
  let view: Record<string, string> | null = null;
  const currentView = () => (view ??= Object.fromEntries(exported));
  history.forEach((entry, index) => {
    for (const statement of splitStatements(entry.command)) {
      const [command, ...args] = statement.words;
      const inline = command && Object.keys(statement.assignments).length > 0;
      steps.push({
        entry: index,
        statement,
        exitCode: entry.exitCode,
        exported: inline ? { ...currentView(), ...statement.assignments } : currentView(),
      });
      if (
        !command ||
        command === 'export' ||
        command === 'declare' ||
        command === 'typeset' ||
        command === 'unset'
      ) {
        view = null; // the exported set may change below
      }
      if (!command) {
        for (const [name, value] of Object.entries(statement.assignments)) {
          if (exported.has(name)) exported.set(name, value);
          else variables.set(name, value);
        }
      } else if (
        command === 'export' ||
        ((command === 'declare' || command === 'typeset') && args.includes('-x'))
      ) {
        const unexport = command === 'export' && args.includes('-n');
        for (const arg of args.filter((a) => !a.startsWith('-'))) {
          const eq = arg.indexOf('=');
          const name = eq < 0 ? arg : arg.slice(0, eq);
          const value = eq < 0 ? (exported.get(name) ?? variables.get(name) ?? '') : arg.slice(eq + 1);
          if (unexport) {
            exported.delete(name);
            variables.set(name, value);
          } else {
            exported.set(name, value);
            variables.delete(name);
          }
        }
      } else if (command === 'unset') {
        for (const name of args.filter((a) => !a.startsWith('-'))) {
          exported.delete(name);
          variables.delete(name);
        }
      }
    }
  });
  return steps;
}

/** One timeline per graded state: several history checks share it. */
const timelines = new WeakMap<GradeState, TimelineStep[]>();

/** The timeline of a state's history, computed once per state. */
export function timelineOf(state: GradeState): TimelineStep[] {
  let steps = timelines.get(state);
  if (!steps) {
    steps = historyTimeline(state.history);
    timelines.set(state, steps);
  }
  return steps;
}
