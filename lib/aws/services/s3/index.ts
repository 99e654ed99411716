// The `aws s3` subcommands and `aws s3api` operations simulated here (registered in lib/aws/cli/routes.ts).
import type { AwsCommand } from '../../cli/command';
import { s3CpCommand } from './s3-cp';
import { s3LsCommand } from './s3-ls';
import { s3MbCommand } from './s3-mb';
import { s3MvCommand } from './s3-mv';
import { s3PresignCommand } from './s3-presign';
import { s3RbCommand } from './s3-rb';
import { s3RmCommand } from './s3-rm';
import { s3SyncCommand } from './s3-sync';
import { s3apiCommand } from './s3api-command';
import { S3API_HANDLERS } from './s3api-handlers';
import MODEL from './s3api-model.json';

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

/** The `aws s3api` operations simulated here: the model's argument tables, one handler each. */
export const S3API_COMMANDS: AwsCommand[] = Object.entries(S3API_HANDLERS).map(([operation, handler]) =>
  s3apiCommand(operation, handler),
);

/** Every operation name `aws s3api` accepts (for the CLI's invalid-choice message). */
export const S3API_CHOICES: readonly string[] = MODEL.choices;
