// `aws s3`: the high-level subcommands the real CLI accepts and the ones simulated here (one file each).
import type { ServiceDeclaration } from '../../cli/command';
import { s3CpCommand } from './s3-cp';
import { s3LsCommand } from './s3-ls';
import { s3MbCommand } from './s3-mb';
import { s3MvCommand } from './s3-mv';
import { s3PresignCommand } from './s3-presign';
import { s3RbCommand } from './s3-rb';
import { s3RmCommand } from './s3-rm';
import { s3SyncCommand } from './s3-sync';

export const service: ServiceDeclaration = {
  name: 's3',
  slot: 'subcommand',
  choices: ['ls', 'website', 'cp', 'mv', 'rm', 'sync', 'mb', 'rb', 'presign'],
  commands: [
    s3LsCommand,
    s3MbCommand,
    s3RbCommand,
    s3CpCommand,
    s3MvCommand,
    s3RmCommand,
    s3SyncCommand,
    s3PresignCommand,
  ],
  missing: 'usage: aws [options] s3 <subcommand> [parameters]\naws: error: too few arguments',
  serviceStyle: false,
};
