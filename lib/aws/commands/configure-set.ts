// `aws configure set NAME VALUE`: keys go to the credentials file, everything else to the config file.
import type { AwsCommand } from '../cli/command';
import { generalError } from '../cli/errors';
import { updateConfigFile, type WriteValue } from '../config/config-writer';
import { profileToSection } from '../config/sections';

const PREDEFINED_SECTION_NAMES = 'plugins';
const WRITE_TO_CREDS_FILE = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];

export const configureSetCommand: AwsCommand = {
  name: 'set',
  help: {
    summary: 'Set a configuration value in the config file.',
    usage: 'aws configure set varname value [--profile profile-name]',
  },
  args: { positionals: [{ name: 'varname' }, { name: 'value' }] },
  async run(args, { session, invocation }) {
    let varname = args.positionals.get('varname')!;
    const raw = args.positionals.get('value')!;
    let value: WriteValue = raw;
    let profile = 'default';
    if (!varname.includes('.')) {
      if (session.profile !== null) profile = session.profile.value;
    } else {
      const parts = varname.split('.');
      if (parts[0] === 'default' || parts[0] === 'profile') {
        const remaining = parts[0] === 'default' ? parts.slice(1) : parts.slice(2);
        if (parts[0] === 'profile') profile = parts[1]!;
        // Python indexes remaining[0]: `profile.NAME` without a key fails with an IndexError.
        if (remaining.length === 0) throw generalError('list index out of range');
        varname = remaining[0]!;
        if (remaining.length === 2) value = new Map([[remaining[1]!, raw]]);
      } else if (!PREDEFINED_SECTION_NAMES.includes(parts[0]!)) {
        if (session.profile !== null) profile = session.profile.value;
        varname = parts[0]!;
        if (parts.length === 2) value = new Map([[parts[1]!, raw]]);
      } else if (parts.length === 2) {
        [profile, varname] = parts as [string, string];
      }
    }
    let setting = session.configFileSetting;
    let section: string;
    if (WRITE_TO_CREDS_FILE.includes(varname)) {
      section = profile;
      setting = session.credentialsFileSetting;
    } else if (PREDEFINED_SECTION_NAMES.includes(profile) || profile === 'default') {
      section = profile;
    } else {
      section = profileToSection(profile);
    }
    await updateConfigFile(
      invocation.fs,
      session.resolve(setting),
      section,
      new Map([[varname, value]]),
      session.expand(setting),
    );
    return 0;
  },
};
