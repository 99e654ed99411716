// `aws configure get NAME`: one value from the shared files (never from the environment).
import type { AwsCommand } from '../cli/command';
import type { SharedFileValue } from '../config/parse-shared-file';
import type { Session } from '../config/session';
import { generalError } from '../cli/errors';
import { LEGACY_PLUGIN_PATH } from '../cli/plugins';

/** The CLI's PREDEFINED_SECTION_NAMES is the string 'plugins', so membership is a substring test. */
const PREDEFINED_SECTION_NAMES = 'plugins';

async function dottedValue(session: Session, varname: string): Promise<SharedFileValue | undefined> {
  const parts = varname.split('.');
  const profiles = await session.fullConfig();
  if (parts.length === 2 && PREDEFINED_SECTION_NAMES.includes(parts[0]!)) {
    // Sections such as [plugins] are not profiles: look there first, then in a profile of that name.
    const sections = await session.configFileSections();
    // The CLI pops cli_legacy_plugin_path from [plugins] while loading plugins at start-up.
    const popped = parts[0] === 'plugins' && parts[1] === LEGACY_PLUGIN_PATH;
    const fromSection = popped ? undefined : sections.get(parts[0]!)?.get(parts[1]!);
    return fromSection ?? profiles.get(parts[0]!)?.get(parts[1]!);
  }
  let profileName: string;
  let configName: string | undefined;
  let remaining: string[];
  if (parts[0] === 'profile') {
    // Python indexes parts[2] here: `profile.NAME` alone fails with an IndexError.
    if (parts.length < 3) throw generalError('list index out of range');
    profileName = parts[1]!;
    configName = parts[2];
    remaining = parts.slice(3);
  } else if (parts[0] === 'default' || profiles.has(parts[0]!)) {
    profileName = parts[0]!;
    configName = parts[1];
    remaining = parts.slice(2);
  } else {
    profileName = session.profile?.value ?? 'default';
    configName = parts[0];
    remaining = parts.slice(1);
  }
  let value = configName === undefined ? undefined : profiles.get(profileName)?.get(configName);
  if (remaining.length === 1) value = value instanceof Map ? value.get(remaining[0]!) : undefined;
  return value;
}

export const configureGetCommand: AwsCommand = {
  name: 'get',
  help: {
    summary: 'Get a configuration value from the config file.',
    usage: 'aws configure get varname [--profile profile-name]',
  },
  args: { positionals: [{ name: 'varname' }] },
  async run(args, { session, out }) {
    const varname = args.positionals.get('varname')!;
    const value = varname.includes('.')
      ? await dottedValue(session, varname)
      : (await session.scopedConfig()).get(varname);
    if (typeof value === 'string') {
      out.stdout += `${value}\n`;
      return 0;
    }
    if (value instanceof Map) {
      out.stderr += `varname (${varname}) must reference a value, not a section or sub-section.`;
    }
    return 1;
  },
};
