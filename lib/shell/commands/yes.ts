// GNU `yes`: repeats its operands (or `y`). Output is never streamed here, so it stops at a bounded size, as a
// pipe reader like `head` would stop it; alone it reports the output limit.
import { defineCommand, type CustomCommand } from 'just-bash';

/** How much `yes` writes before it stops (a reader has long stopped reading by then). */
export const YES_BYTES = 1024 * 1024;

export const yesCommand: CustomCommand = defineCommand('yes', async (args) => {
  const operands = args[0] === '--' ? args.slice(1) : args;
  const line = `${operands.length ? operands.join(' ') : 'y'}\n`;
  const copies = Math.max(1, Math.floor(YES_BYTES / line.length));
  return { stdout: line.repeat(copies), stderr: '', exitCode: 0 };
});
