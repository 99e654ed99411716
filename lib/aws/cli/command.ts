// The shape of a simulated `aws` command and of a service in the command tree: data plus one run function.
import type { AwsCallRecord, AwsInvocation } from '../types';
import type { Session } from '../config/session';
import type { Query } from '../output/query';
import type { ArgTable, ParsedArgs } from './arg-parser';

/** The global options every command sees (after `aws` parsed them). */
export interface GlobalOptions {
  profile?: string;
  region?: string;
  output?: string;
  query?: Query;
  endpointUrl?: string;
  /** `--no-paginate`. */
  noPaginate?: boolean;
}

/** Text written so far; kept when a command ends with an error half-way (as a real stream would). */
export interface OutputBuffer {
  stdout: string;
  stderr: string;
}

export interface CommandContext {
  invocation: AwsInvocation;
  session: Session;
  globals: GlobalOptions;
  out: OutputBuffer;
  /** The call record being filled in (service, credentials, decision…); see AwsCallRecord. */
  record: AwsCallRecord;
}

/** A leaf command such as `configure list` or `sts get-caller-identity`. */
export interface AwsCommand {
  name: string;
  help: { summary: string; usage: string };
  args: ArgTable;
  /** Writes to ctx.out and returns the exit code; user mistakes end it by throwing a CliExit. */
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}

/**
 * One top-level command of the tree (`configure`, `sts`, `iam`, `s3`…): every subcommand the real CLI
 * accepts (for its "Invalid choice" errors) and the ones simulated here. Declared once per service in
 * `lib/aws/services/<service>/index.ts`; routing, help, completion and the "supports" message derive from it.
 */
export interface ServiceDeclaration {
  name: string;
  /** The argparse name of the subcommand slot, used in its errors. */
  slot: 'subcommand' | 'operation';
  /** Every subcommand the real CLI 2.9.19 accepts, in the order its usage error lists them. */
  choices: readonly string[];
  /** The simulated subcommands. */
  commands: readonly AwsCommand[];
  /** What runs without a subcommand (`aws configure`). */
  bare?: AwsCommand;
  /** The error text when the subcommand is missing and there is no bare command. */
  missing?: string;
  /** Service operations report unknown options with the usage text and ', ' separators. */
  serviceStyle: boolean;
}
