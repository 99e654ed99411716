// `aws s3 rm`: see transfer.ts for the shared transfer logic.
import type { AwsCommand } from '../../cli/command';
import { runTransfer } from './transfer';
import { PATH_SLOTS, pathsOf, RM_OPTIONS } from './transfer-options';

export const s3RmCommand: AwsCommand = {
  name: 'rm',
  help: { summary: 'Deletes an S3 object.', usage: 'aws s3 rm <S3Uri>' },
  args: { positionals: PATH_SLOTS, options: RM_OPTIONS },
  run: (args, ctx) => runTransfer('rm', pathsOf(args, 1), args, ctx),
};
