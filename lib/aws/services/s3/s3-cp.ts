// `aws s3 cp`: see transfer.ts for the shared transfer logic.
import type { AwsCommand } from '../../cli/command';
import { runTransfer } from './transfer';
import { CP_OPTIONS, PATH_SLOTS, pathsOf } from './transfer-options';

export const s3CpCommand: AwsCommand = {
  name: 'cp',
  help: {
    summary: 'Copies a local file or S3 object to another location locally or in S3.',
    usage: 'aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
  },
  args: { positionals: PATH_SLOTS, options: CP_OPTIONS },
  run: (args, ctx) => runTransfer('cp', pathsOf(args, 2), args, ctx),
};
