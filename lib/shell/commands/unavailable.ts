// Programs the sandbox deliberately lacks (network, other runtimes): a clear answer instead of a silent miss.
import { defineCommand, type CustomCommand } from 'just-bash';
import { fail } from './command-result';

/** Commands that need the network or another runtime. Exit 127, like a command that is not installed. */
export const UNAVAILABLE_COMMANDS = [
  'curl',
  'wget',
  'python',
  'python3',
  'pip',
  'pip3',
  'node',
  'npm',
  'npx',
  'sqlite3',
  'js-exec',
  'ssh',
  'scp',
  'sftp',
  'ping',
  'nc',
  'telnet',
  'git',
  'docker',
  'sudo',
  'apt',
  'apt-get',
] as const;

export const UNAVAILABLE_EXIT_CODE = 127;

export function unavailableCommands(): CustomCommand[] {
  return UNAVAILABLE_COMMANDS.map((name) =>
    defineCommand(name, async () =>
      fail(
        `${name}: not available in this sandbox (no network or other runtimes here)`,
        UNAVAILABLE_EXIT_CODE,
      ),
    ),
  );
}
