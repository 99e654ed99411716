// The output format a service command prints in: --output, AWS_DEFAULT_OUTPUT, the profile, json.
import type { CommandContext } from '../cli/command';
import { generalError } from '../cli/errors';

const FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

export async function outputFormat(ctx: CommandContext): Promise<string> {
  const format = (await ctx.session.output()).value;
  ctx.record.output = format;
  if (!FORMATS.includes(format)) throw generalError(`Unknown output type: ${format}`);
  return format;
}
