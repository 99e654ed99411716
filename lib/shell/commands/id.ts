// GNU `id`: uid=1000(learner) gid=1000(learner) groups=1000(learner); -u -g -G with -n/-r; unknown users.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { parseOptions, q, usageError } from './gnu';
import { LEARNER } from './identity';

export const idCommand: CustomCommand = defineCommand('id', async (args) => {
  const { parsed, error } = parseOptions('id', args, {
    flags: 'ugGnrz',
    long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r', zero: 'z' },
  });
  if (error) return error;
  const f = parsed.flags;
  const [user, extra] = parsed.operands;
  if (extra !== undefined) return usageError('id', `extra operand ${q(extra)}`);
  if (user !== undefined && user !== LEARNER.name && user !== String(LEARNER.uid))
    return fail(`id: ${q(user)}: no such user`);
  const which = ['u', 'g', 'G'].filter((k) => f.has(k));
  if (which.length > 1) return fail('id: cannot print "only" of more than one choice');
  const named = f.has('n');
  if (which.length === 0) {
    if (named || f.has('r')) return fail('id: cannot print only names or real IDs in default format');
    const me = `${LEARNER.gid}(${LEARNER.group})`;
    return {
      stdout: `uid=${LEARNER.uid}(${LEARNER.name}) gid=${me} groups=${me}\n`,
      stderr: '',
      exitCode: 0,
    };
  }
  const value = which[0] === 'u' ? (named ? LEARNER.name : LEARNER.uid) : named ? LEARNER.group : LEARNER.gid;
  return { stdout: `${value}\n`, stderr: '', exitCode: 0 };
});
