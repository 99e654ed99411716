// `aws configure`: the subcommands the real CLI accepts and the ones simulated here.
import type { ServiceDeclaration } from '../../cli/command';
import { configureCommand } from '../../commands/configure';
import { configureExportCredentialsCommand } from '../../commands/configure-export-credentials';
import { configureGetCommand } from '../../commands/configure-get';
import { configureImportCommand } from '../../commands/configure-import';
import { configureListCommand } from '../../commands/configure-list';
import { configureListProfilesCommand } from '../../commands/configure-list-profiles';
import { configureSetCommand } from '../../commands/configure-set';

export const service: ServiceDeclaration = {
  name: 'configure',
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
  commands: [
    configureListCommand,
    configureGetCommand,
    configureSetCommand,
    configureImportCommand,
    configureListProfilesCommand,
    configureExportCredentialsCommand,
  ],
  bare: configureCommand,
  serviceStyle: false,
};
