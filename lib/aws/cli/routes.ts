// The routing table: which command groups exist, their subcommand choices and the simulated leaves.
import type { AwsCommand } from './command';
import { configureCommand } from '../commands/configure';
import { configureExportCredentialsCommand } from '../commands/configure-export-credentials';
import { configureGetCommand } from '../commands/configure-get';
import { configureImportCommand } from '../commands/configure-import';
import { configureListCommand } from '../commands/configure-list';
import { configureListProfilesCommand } from '../commands/configure-list-profiles';
import { configureSetCommand } from '../commands/configure-set';
import { S3_COMMANDS, S3API_CHOICES, S3API_COMMANDS } from '../services/s3/index';
import { stsGetCallerIdentityCommand } from '../commands/sts-get-caller-identity';

/** A top-level command with subcommands (or operations), as the real CLI lists them. */
export interface CommandGroup {
  /** The argparse name of the subcommand slot, used in its errors. */
  slot: 'subcommand' | 'operation';
  choices: readonly string[];
  commands: Record<string, AwsCommand>;
  /** What runs without a subcommand (`aws configure`). */
  bare?: AwsCommand;
  /** The error text when the subcommand is missing and there is no bare command. */
  missing?: string;
  /** Service operations report unknown options with the usage text and ', ' separators. */
  serviceStyle: boolean;
}

const byName = (...commands: AwsCommand[]) => Object.fromEntries(commands.map((c) => [c.name, c]));

export const COMMAND_GROUPS: Record<string, CommandGroup> = {
  configure: {
    slot: 'subcommand',
    choices: [
      'list',
      'get',
      'set',
      'add-model',
      'import',
      'list-profiles',
      'sso',
      'sso-session',
      'export-credentials',
      'wizard',
    ],
    commands: byName(
      configureListCommand,
      configureGetCommand,
      configureSetCommand,
      configureImportCommand,
      configureListProfilesCommand,
      configureExportCredentialsCommand,
    ),
    bare: configureCommand,
    serviceStyle: false,
  },
  sts: {
    slot: 'operation',
    choices: [
      'assume-role',
      'assume-role-with-saml',
      'assume-role-with-web-identity',
      'decode-authorization-message',
      'get-access-key-info',
      'get-caller-identity',
      'get-federation-token',
      'get-session-token',
      'help',
    ],
    commands: byName(stsGetCallerIdentityCommand),
    serviceStyle: true,
  },
  s3: {
    slot: 'subcommand',
    choices: ['ls', 'website', 'cp', 'mv', 'rm', 'sync', 'mb', 'rb', 'presign'],
    commands: byName(...S3_COMMANDS),
    missing: 'usage: aws [options] s3 <subcommand> [parameters]\naws: error: too few arguments',
    serviceStyle: false,
  },
  s3api: {
    slot: 'operation',
    choices: S3API_CHOICES,
    commands: byName(...S3API_COMMANDS),
    serviceStyle: true,
  },
};
