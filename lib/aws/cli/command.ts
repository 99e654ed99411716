// The shape of a simulated `aws` command: name, help, argument table and one run function.
import type { AwsInvocation } from '../types';
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
}

/** A leaf command such as `configure list` or `sts get-caller-identity`. */
export interface AwsCommand {
  name: string;
  help: { summary: string; usage: string };
  args: ArgTable;
  /** Writes to ctx.out and returns the exit code; user mistakes end it by throwing a CliExit. */
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}
