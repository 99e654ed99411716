// Profile names the learner has defined, read from the shared credentials and config files (for Tab completion).

/** File access the profile reader needs (the sandbox provides it). */
export interface ProfileFileSource {
  home: string;
  env: Record<string, string>;
  readFile(path: string): string | null;
}

function expandHome(path: string, home: string): string {
  return path === '~' || path.startsWith('~/') ? home + path.slice(1) : path;
}

function sectionNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\[(.+)\]\s*$/.exec(line);
    if (match?.[1]) names.push(match[1]);
  }
  return names;
}

/**
 * Profiles as the AWS CLI lists them (`aws configure list-profiles`): `[name]` sections of the
 * credentials file and `[default]` / `[profile name]` sections of the config file, honouring
 * AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE. Sorted, without duplicates.
 */
export function listProfiles(source: ProfileFileSource): string[] {
  const credentialsPath = expandHome(
    source.env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials',
    source.home,
  );
  const configPath = expandHome(source.env.AWS_CONFIG_FILE ?? '~/.aws/config', source.home);
  const profiles = new Set<string>();
  for (const name of sectionNames(source.readFile(credentialsPath) ?? '')) profiles.add(name);
  for (const name of sectionNames(source.readFile(configPath) ?? '')) {
    if (name === 'default') profiles.add(name);
    const named = /^profile\s+(\S.*)$/.exec(name);
    if (named?.[1]) profiles.add(named[1].trim());
  }
  return [...profiles].sort();
}
