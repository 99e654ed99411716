// `aws s3 sync`: see transfer.ts for the shared transfer logic.
import type { AwsCommand } from '../../cli/command';
import { runTransfer } from './transfer';
import { SYNC_OPTIONS, PATH_SLOTS, pathsOf } from './transfer-options';

export const s3SyncCommand: AwsCommand = {
  name: 'sync',
  help: {
    summary:
      'Syncs directories and S3 prefixes. Recursively copies new and updated files from the source directory to the destination.',
    usage: 'aws s3 sync <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
  },
  args: { positionals: PATH_SLOTS, options: SYNC_OPTIONS },
  run: (args, ctx) => runTransfer('sync', pathsOf(args, 2), args, ctx),
};
