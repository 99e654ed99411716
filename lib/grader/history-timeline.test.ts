import { describe, expect, test } from 'vitest';
import { historyTimeline } from './history-timeline';

const h = (...commands: string[]) => commands.map((command) => ({ command, exitCode: 0 }));

describe('historyTimeline', () => {
  test('tracks export, export of a set variable, export -n, unset and inline assignments', () => {
    const steps = historyTimeline(
      h(
        'A=1',
        'export B=2',
        'env',
        'export A',
        'env',
        'export -n B; env',
        'C=3 env',
        'unset A',
        'env',
        'A=5',
        'env',
      ),
    );
    const envs = steps.filter((s) => s.statement.words[0] === 'env').map((s) => s.exported);
    expect(envs).toEqual([{ B: '2' }, { A: '1', B: '2' }, { A: '1' }, { A: '1', C: '3' }, {}, {}]);
  });

  test('an assignment to an exported variable keeps it exported; declare -x exports', () => {
    const steps = historyTimeline(h('export A=1', 'A=2', 'declare -x D=4', 'env'));
    expect(steps.at(-1)?.exported).toEqual({ A: '2', D: '4' });
  });

  test('starts from the initial variables and remembers the entry index', () => {
    const steps = historyTimeline([{ command: 'true; env', exitCode: 3 }], { HOME: '/home/learner' });
    expect(steps.map((s) => [s.entry, s.exitCode, s.exported])).toEqual([
      [0, 3, { HOME: '/home/learner' }],
      [0, 3, { HOME: '/home/learner' }],
    ]);
  });
});
