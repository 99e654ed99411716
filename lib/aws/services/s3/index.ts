// The `aws s3` subcommands simulated here, by name (registered in lib/aws/cli/routes.ts).
import type { AwsCommand } from '../../cli/command';
import { s3CpCommand } from './s3-cp';
import { s3LsCommand } from './s3-ls';
import { s3MbCommand } from './s3-mb';
import { s3MvCommand } from './s3-mv';
import { s3PresignCommand } from './s3-presign';
import { s3RbCommand } from './s3-rb';
import { s3RmCommand } from './s3-rm';
import { s3SyncCommand } from './s3-sync';

export const S3_COMMANDS: AwsCommand[] = [
  s3LsCommand,
  s3MbCommand,
  s3RbCommand,
  s3CpCommand,
  s3MvCommand,
  s3RmCommand,
  s3SyncCommand,
  s3PresignCommand,
];
