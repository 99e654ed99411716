// What really ran, as checks see it: the engine's execution records, with each `aws` call's resolution
// (which profile, which credentials, which identity) taken from the record or computed by lib/aws itself.
import type { ExecutionRecord } from '../shell/types';
import type { SimulatedAccount } from '../aws/types';
import { identityOf, resolveEffectiveConfig } from './effective-config';

/** `aws` global options that take a value (so the word after them is not a subcommand). */
const VALUE_OPTIONS = new Set([
  '--profile',
  '--region',
  '--output',
  '--query',
  '--endpoint-url',
  '--color',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--ca-bundle',
  '--cli-binary-format',
]);

/** An `aws` argv split into its positional words and its `--options` (the last occurrence wins, like argparse). */
export interface AwsWords {
  positionals: string[];
  options: Map<string, string | true>;
}

/** Splits `aws …` words (argv without `aws`) into positionals and options. */
export function awsWords(args: readonly string[]): AwsWords {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (!word.startsWith('--')) positionals.push(word);
    else if (word.includes('='))
      options.set(word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1));
    else if (VALUE_OPTIONS.has(word) && i + 1 < args.length) options.set(word, args[++i]!);
    else options.set(word, true);
  }
  return { positionals, options };
}

/** The program a record ran (`aws`, `env`, `source`…): the last path part of argv[0]. */
export function programOf(record: ExecutionRecord): string {
  const first = record.argv[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1);
}

/** True when the record is `aws` followed by these positional words (`isAws(r, 'sts', 'get-caller-identity')`). */
export function isAws(record: ExecutionRecord, ...words: string[]): boolean {
  if (programOf(record) !== 'aws') return false;
  const { positionals } = awsWords(record.argv.slice(1));
  return words.every((word, index) => positionals[index] === word);
}

/** The value of an `aws` option in a record (`--profile`), `true` for a flag, undefined when absent. */
export function awsOption(record: ExecutionRecord, name: string): string | true | undefined {
  return awsWords(record.argv.slice(1)).options.get(name);
}

/**
 * The value of an operation option in an `aws` record (`--user-name X` or `--user-name=X`; the last one wins,
 * like argparse). Unlike `awsOption`, it knows no option table: use it for options that take a value.
 */
export function awsParameter(record: ExecutionRecord, option: string): string | undefined {
  let value: string | undefined;
  record.argv.forEach((word, i) => {
    if (i === 0) return;
    if (word === option && i + 1 < record.argv.length) value = record.argv[i + 1];
    else if (word.startsWith(`${option}=`)) value = word.slice(option.length + 1);
  });
  return value;
}

/** What one `aws` call resolved: the profile and why, where its credentials came from, whose they are. */
export interface AwsCallView {
  profile: string;
  /** `option` = `--profile`, `env` = AWS_PROFILE / AWS_DEFAULT_PROFILE, `default` otherwise. */
  profileSource: 'option' | 'env' | 'default';
  /** As `aws configure list` names it: `env`, `shared-credentials-file`, `config-file`…, or null (none). */
  credentialSource: string | null;
  /** The simulated user whose key the call used (null: no credentials, or a key nobody was issued). */
  identity: string | null;
  /** Set when the CLI stopped before using credentials (missing profile, unparsable file…). */
  error?: string;
}

/** Where this call resolves what it uses, for a record without the engine's own `aws` fields. */
export interface ResolveContext {
  account: SimulatedAccount;
  /** Text of a file now (the files may have changed since the call; records from the engine avoid that). */
  readFile(path: string): string | null;
}

function profileSourceOf(record: ExecutionRecord): AwsCallView['profileSource'] {
  const option = awsOption(record, '--profile');
  if (typeof option === 'string' && option !== '') return 'option';
  return 'AWS_PROFILE' in record.env || 'AWS_DEFAULT_PROFILE' in record.env ? 'env' : 'default';
}

function userOfArn(arn: string): string | null {
  const match = /:user\/(?:.*\/)?([^/]+)$/.exec(arn) ?? /:assumed-role\/([^/]+)\//.exec(arn);
  return match?.[1] ?? null;
}

/** The resolution of one `aws` record: the engine's AwsCallRecord when it names the credentials, else lib/aws's own chain. */
export async function awsCallOf(record: ExecutionRecord, context: ResolveContext): Promise<AwsCallView> {
  const profileSource = profileSourceOf(record);
  // The engine's record says who the call was when the call used credentials (service calls); `configure`
  // subcommands and calls that stopped early leave those fields empty, so they are resolved like the CLI.
  if (record.aws && (record.aws.identityArn !== null || record.aws.credentialSource !== null)) {
    const { aws } = record;
    const byKey = context.account.users.find((u) =>
      u.accessKeys.some((k) => k.accessKeyId === aws.accessKeyId),
    );
    return {
      profile: aws.profile ?? 'default',
      profileSource,
      credentialSource: aws.credentialSource,
      identity: aws.identityArn ? userOfArn(aws.identityArn) : (byKey?.userName ?? null),
    };
  }
  const option = awsOption(record, '--profile');
  const config = await resolveEffectiveConfig({
    env: record.env,
    cwd: record.cwd,
    readFile: context.readFile,
    profileOption: typeof option === 'string' && option !== '' ? option : undefined,
  });
  return {
    profile: config.profile.name,
    profileSource,
    credentialSource: config.accessKey?.source ?? null,
    identity: identityOf(config, context.account)?.userName ?? null,
    ...(config.error ? { error: config.error } : {}),
  };
}
