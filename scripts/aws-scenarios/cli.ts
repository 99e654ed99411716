// Scenarios: version, usage errors, unknown commands and options.
import type { ScenarioArea } from './types';

export const cliArea: ScenarioArea = {
  area: 'cli',
  scenarios: [
    {
      name: 'version',
      description: '`aws --version` prints the version line on stdout.',
      steps: [{ args: ['--version'] }],
    },
    {
      name: 'no-args',
      description: 'Bare `aws` prints the usage error on stderr and exits 252.',
      steps: [{ args: [] }],
    },
    {
      name: 'unknown-command',
      description: 'An unknown command lists the valid choices on stderr and exits 252.',
      steps: [{ args: ['confgure'] }],
    },
    {
      name: 'configure-unknown-subcommand',
      description: 'An unknown configure subcommand is a usage error (exit 252).',
      steps: [{ args: ['configure', 'lst'] }],
    },
    {
      name: 'unknown-option',
      description: 'An unknown option after a valid command is reported as unknown arguments (exit 252).',
      steps: [{ args: ['configure', 'list', '--colour', 'on'] }],
    },
    {
      name: 'unknown-global-option-before-command',
      description: 'An unknown option before the command.',
      steps: [{ args: ['--bogus', 'configure', 'list'] }],
    },
    {
      name: 'configure-extra-positional',
      description: '`aws configure` with a stray positional argument.',
      steps: [{ args: ['configure', 'default'] }],
    },
    {
      name: 'configure-get-missing-varname',
      description: '`aws configure get` without a name is a usage error.',
      steps: [{ args: ['configure', 'get'] }],
    },
    {
      name: 'configure-set-missing-value',
      description: '`aws configure set region` without a value is a usage error.',
      steps: [{ args: ['configure', 'set', 'region'] }],
    },
    {
      name: 'sts-no-operation',
      description: '`aws sts` without an operation is a usage error.',
      steps: [{ args: ['sts'] }],
    },
    {
      name: 'sts-unknown-operation',
      description: 'An unknown sts operation lists the valid choices.',
      steps: [{ args: ['sts', 'get-caller-identy'] }],
    },
    {
      name: 'option-missing-value',
      description: '`--profile` given as the last word without a value.',
      steps: [{ args: ['configure', 'list', '--profile'] }],
    },
    {
      name: 'version-with-command',
      description: '`--version` anywhere wins over the command.',
      steps: [{ args: ['configure', 'list', '--version'] }],
    },
    {
      name: 'configure-list-extra-positional',
      description: '`aws configure list extra` is an unknown argument.',
      steps: [{ args: ['configure', 'list', 'extra'] }],
    },
  ],
};
