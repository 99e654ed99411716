// `aws s3`: the high-level subcommands the real CLI accepts and the ones simulated here.
import type { ServiceDeclaration } from '../../cli/command';
import { s3LsCommand } from '../../commands/s3-ls';

export const service: ServiceDeclaration = {
  name: 's3',
  slot: 'subcommand',
  choices: ['ls', 'website', 'cp', 'mv', 'rm', 'sync', 'mb', 'rb', 'presign'],
  commands: [s3LsCommand],
  missing: 'usage: aws [options] s3 <subcommand> [parameters]\naws: error: too few arguments',
  serviceStyle: false,
};
