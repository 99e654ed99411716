// `hostname` (net-tools): prints the sandbox's host name; setting one needs root.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';
import { MACHINE } from './identity';

export const hostnameCommand: CustomCommand = defineCommand('hostname', async (args) => {
  const options = args.filter((a) => a.startsWith('-'));
  const names = args.filter((a) => !a.startsWith('-'));
  for (const option of options) {
    if (!['-s', '--short', '-f', '--fqdn', '--long', '-a', '--alias', '-d', '--domain'].includes(option))
      return fail(`hostname: invalid option -- '${option.replace(/^-+/, '').slice(0, 1)}'`, 1);
  }
  if (names.length) return fail('hostname: you must be root to change the host name');
  if (options.some((o) => o === '-d' || o === '--domain' || o === '-a' || o === '--alias'))
    return { stdout: '\n', stderr: '', exitCode: 0 };
  return { stdout: `${MACHINE.hostname}\n`, stderr: '', exitCode: 0 };
});
