// GNU `uname`: -s -n -r -v -m -p -i -o and -a, printed in GNU's fixed order; processor and platform are unknown.
import { defineCommand, type CustomCommand } from 'just-bash';
import { parseOptions, q, usageError } from './gnu';
import { MACHINE } from './identity';

const FIELDS: [string, string][] = [
  ['s', MACHINE.kernel],
  ['n', MACHINE.hostname],
  ['r', MACHINE.release],
  ['v', MACHINE.version],
  ['m', MACHINE.machine],
  ['p', 'unknown'],
  ['i', 'unknown'],
  ['o', MACHINE.os],
];

export const unameCommand: CustomCommand = defineCommand('uname', async (args) => {
  const { parsed, error } = parseOptions('uname', args, {
    flags: 'asnrvmpio',
    long: {
      all: 'a',
      'kernel-name': 's',
      nodename: 'n',
      'kernel-release': 'r',
      'kernel-version': 'v',
      machine: 'm',
      processor: 'p',
      'hardware-platform': 'i',
      'operating-system': 'o',
    },
  });
  if (error) return error;
  const extra = parsed.operands[0];
  if (extra !== undefined) return usageError('uname', `extra operand ${q(extra)}`);
  const f = parsed.flags;
  // -a leaves out -p and -i when they are unknown, as GNU does.
  const chosen = f.has('a')
    ? FIELDS.filter(([k, v]) => !(v === 'unknown' && (k === 'p' || k === 'i')) || f.has(k))
    : FIELDS.filter(([k]) => f.has(k));
  const out = (chosen.length ? chosen : FIELDS.slice(0, 1)).map(([, v]) => v).join(' ');
  return { stdout: `${out}\n`, stderr: '', exitCode: 0 };
});
