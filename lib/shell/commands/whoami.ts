// GNU `whoami`: the effective user's name (the sandbox's learner).
import { defineCommand, type CustomCommand } from 'just-bash';
import { parseOptions, q, usageError } from './gnu';
import { LEARNER } from './identity';

export const whoamiCommand: CustomCommand = defineCommand('whoami', async (args) => {
  const { parsed, error } = parseOptions('whoami', args, { flags: '' });
  if (error) return error;
  const extra = parsed.operands[0];
  if (extra !== undefined) return usageError('whoami', `extra operand ${q(extra)}`);
  return { stdout: `${LEARNER.name}\n`, stderr: '', exitCode: 0 };
});
