// `aws configure`: asks four questions, then writes only what changed (keys to credentials, rest to config).
import type { AwsCommand, CommandContext } from '../cli/command';
import { generalError } from '../cli/errors';
import { updateConfigFile, type WriteValue } from '../config/config-writer';
import { profileToSection } from '../config/sections';
import { maskValue } from './configure-list';

const QUESTIONS: readonly [string, string][] = [
  ['aws_access_key_id', 'AWS Access Key ID'],
  ['aws_secret_access_key', 'AWS Secret Access Key'],
  ['region', 'Default region name'],
  ['output', 'Default output format'],
];

/** Reads answers like Python's input(): from piped stdin (prompt on stdout) or from the learner. */
export function createAsker(ctx: CommandContext): (prompt: string) => Promise<string | null> {
  const { invocation, out } = ctx;
  if (invocation.stdin === undefined) {
    return async (prompt) => invocation.readLine({ prompt, echo: true });
  }
  let rest = invocation.stdin;
  return async (prompt) => {
    out.stdout += prompt;
    if (rest === '') return null;
    const end = rest.indexOf('\n');
    const line = end < 0 ? rest : rest.slice(0, end);
    rest = end < 0 ? '' : rest.slice(end + 1);
    return line;
  };
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  // A nested block where a value belongs: Python prints the dict.
  return `{${[...(value as Map<string, string>)].map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
}

export const configureCommand: AwsCommand = {
  name: 'configure',
  help: { summary: 'Configure AWS CLI options.', usage: 'aws configure [--profile profile-name]' },
  args: {},
  async run(_args, ctx) {
    const { session, invocation } = ctx;
    const config = await session.scopedConfigOrEmpty();
    const ask = createAsker(ctx);
    const changed = new Map<string, WriteValue>();
    for (const [name, text] of QUESTIONS) {
      const current = shown(config.get(name));
      const display = name.startsWith('aws_') ? maskValue(current) : (current ?? 'None');
      const answer = await ask(`${text} [${display}]: `);
      if (answer === null) throw generalError('EOF when reading a line');
      if (answer !== '' && answer !== current) changed.set(name, answer);
    }
    if (changed.size === 0) return 0;
    const profile = session.profile?.value ?? null;
    const keys = new Map<string, WriteValue>();
    for (const name of ['aws_access_key_id', 'aws_secret_access_key']) {
      if (changed.has(name)) {
        keys.set(name, changed.get(name)!);
        changed.delete(name);
      }
    }
    if (keys.size > 0) {
      const setting = session.credentialsFileSetting;
      await updateConfigFile(
        invocation.fs,
        session.resolve(setting),
        profile ?? 'default',
        keys,
        session.expand(setting),
      );
    }
    const setting = session.configFileSetting;
    const section = profile === null ? 'default' : profileToSection(profile);
    await updateConfigFile(
      invocation.fs,
      session.resolve(setting),
      section,
      changed,
      session.expand(setting),
    );
    return 0;
  },
};
