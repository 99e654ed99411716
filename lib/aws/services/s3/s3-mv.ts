// `aws s3 mv`: see transfer.ts for the shared transfer logic.
import type { AwsCommand } from '../../cli/command';
import { runTransfer } from './transfer';
import { MV_OPTIONS, PATH_SLOTS, pathsOf } from './transfer-options';

export const s3MvCommand: AwsCommand = {
  name: 'mv',
  help: {
    summary: 'Moves a local file or S3 object to another location locally or in S3.',
    usage: 'aws s3 mv <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
  },
  args: { positionals: PATH_SLOTS, options: MV_OPTIONS },
  run: (args, ctx) => runTransfer('mv', pathsOf(args, 2), args, ctx),
};
