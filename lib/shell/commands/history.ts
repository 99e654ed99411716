// The `history` builtin: the learner's lines, numbered like bash prints them.
import { defineCommand, type CustomCommand } from 'just-bash';
import type { HistoryEntry } from '../types';
import { fail, ok } from './command-result';

export function historyCommand(entries: () => HistoryEntry[], clear: () => void): CustomCommand {
  return defineCommand('history', async (args) => {
    const list = entries();
    if (args[0] === '-c') {
      clear();
      return ok();
    }
    let shown = list.map((entry, i) => ({ n: i + 1, command: entry.command }));
    if (args.length > 0) {
      if (!/^\d+$/.test(args[0] ?? ''))
        return fail(`bash: history: ${args[0]}: numeric argument required`, 1);
      shown = shown.slice(Math.max(0, shown.length - Number(args[0])));
    }
    return ok(shown.map(({ n, command }) => `${String(n).padStart(5)}  ${command}\n`).join(''));
  });
}
