// The argument tables of cp, mv, rm and sync (awscli/customizations/s3/subcommands.py TRANSFER_ARGS and friends).
import type { OptionSpec, ParsedArgs } from '../../cli/arg-parser';
import { usageError } from '../../cli/errors';

const value = (flag: string, extra: Partial<OptionSpec> = {}): OptionSpec => ({
  flag,
  kind: 'value',
  ...extra,
});
const flag = (name: string): OptionSpec => ({ flag: name, kind: 'flag' });

export const TRANSFER_OPTIONS: readonly OptionSpec[] = [
  flag('--dryrun'),
  flag('--quiet'),
  value('--include'),
  value('--exclude'),
  value('--acl', {
    choices: [
      'private',
      'public-read',
      'public-read-write',
      'authenticated-read',
      'aws-exec-read',
      'bucket-owner-read',
      'bucket-owner-full-control',
      'log-delivery-write',
    ],
  }),
  flag('--follow-symlinks'),
  flag('--no-follow-symlinks'),
  flag('--no-guess-mime-type'),
  value('--sse'),
  value('--sse-c'),
  value('--sse-c-key'),
  value('--sse-kms-key-id'),
  value('--sse-c-copy-source'),
  value('--sse-c-copy-source-key'),
  value('--storage-class'),
  value('--grants'),
  value('--website-redirect'),
  value('--content-type'),
  value('--cache-control'),
  value('--content-disposition'),
  value('--content-encoding'),
  value('--content-language'),
  value('--expires'),
  value('--source-region'),
  flag('--only-show-errors'),
  flag('--no-progress'),
  value('--page-size', { int: true }),
  flag('--ignore-glacier-warnings'),
  flag('--force-glacier-transfer'),
  value('--request-payer', { choices: ['requester'] }),
  value('--metadata'),
  value('--copy-props', { choices: ['none', 'metadata-directive', 'default'] }),
  value('--metadata-directive', { choices: ['COPY', 'REPLACE'] }),
];

export const CP_OPTIONS: readonly OptionSpec[] = [
  ...TRANSFER_OPTIONS,
  value('--expected-size'),
  flag('--recursive'),
];
export const MV_OPTIONS: readonly OptionSpec[] = [...TRANSFER_OPTIONS, flag('--recursive')];
export const SYNC_OPTIONS: readonly OptionSpec[] = [
  ...TRANSFER_OPTIONS,
  flag('--size-only'),
  flag('--exact-timestamps'),
  flag('--delete'),
];
export const RM_OPTIONS: readonly OptionSpec[] = [
  flag('--dryrun'),
  flag('--quiet'),
  flag('--recursive'),
  value('--request-payer', { choices: ['requester'] }),
  value('--include'),
  value('--exclude'),
  flag('--only-show-errors'),
  value('--page-size', { int: true }),
];

/** Positional slots for `paths` (nargs=2 or 1): argparse reports a shortfall as `paths`. */
export const PATH_SLOTS = [
  { name: 'paths', optional: true },
  { name: 'paths-2', optional: true },
] as const;

export function pathsOf(args: ParsedArgs, count: 1 | 2): string[] {
  const paths = [args.positionals.get('paths'), args.positionals.get('paths-2')].filter(
    (p) => p !== undefined,
  );
  if (paths.length < count) throw usageError('the following arguments are required: paths');
  return paths.slice(0, count);
}
