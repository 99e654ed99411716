// Check: the history shows a command ran successfully (only for goals about running a command).
import type { Statement } from '../command-line';
import { timelineOf, type TimelineStep } from '../history-timeline';
import type { Check } from '../types';

export interface RanCommandOptions {
  id: string;
  label: string;
  /** Which statements count, e.g. `(s) => isAwsCommand(s, 'sts', 'get-caller-identity')`. */
  matches: (statement: Statement, step: TimelineStep) => boolean;
  /** How to name the command in messages, e.g. `aws sts get-caller-identity --profile example_1`. */
  display: string;
  /**
   * Variables that must have been exported (with these values, or any value for `true`) when it ran,
   * e.g. `{ AWS_PROFILE: 'example_1' }`. Inline `AWS_PROFILE=x aws ...` counts.
   */
  whileExported?: Record<string, string | true>;
  /** Also accept a failing run (default: exit status 0 required). */
  anyExitCode?: boolean;
}

function missingExports(step: TimelineStep, wanted: Record<string, string | true>): string[] {
  return Object.entries(wanted)
    .filter(([name, value]) => {
      const actual = step.exported[name];
      return actual === undefined || actual === '' || (value !== true && actual !== value);
    })
    .map(([name, value]) => (value === true ? `\`${name}\`` : `\`${name}=${value}\``));
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function ranCommand(options: RanCommandOptions): Check {
  const { id, label, matches, display, whileExported = {}, anyExitCode = false } = options;
  return {
    id,
    label,
    run(state) {
      const candidates = timelineOf(state).filter((step) => matches(step.statement, step));
      if (candidates.length === 0) {
        return { pass: false, message: `Run \`${display}\` (nothing like it in your history yet).` };
      }
      const inContext = candidates.filter((step) => missingExports(step, whileExported).length === 0);
      if (inContext.length === 0) {
        const missing = missingExports(candidates[candidates.length - 1] as TimelineStep, whileExported);
        return {
          pass: false,
          message: `\`${display}\` ran, but not while ${list(missing)} ${missing.length > 1 ? 'were' : 'was'} exported.`,
        };
      }
      if (anyExitCode || inContext.some((step) => step.exitCode === 0)) return { pass: true };
      const last = inContext[inContext.length - 1] as TimelineStep;
      return {
        pass: false,
        message: `\`${state.history[last.entry]?.command.trim()}\` failed (exit status ${last.exitCode}); fix it and run it again.`,
      };
    },
  };
}
