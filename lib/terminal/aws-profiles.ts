// Profile names the learner has defined, read from the shared credentials and config files (for Tab completion).
import { profileNames } from '../aws/config/profile-map';

/** File access the profile reader needs (the sandbox provides it). */
export interface ProfileFileSource {
  home: string;
  env: Record<string, string>;
  readFile(path: string): string | null;
}

function expandHome(path: string, home: string): string {
  return path === '~' || path.startsWith('~/') ? home + path.slice(1) : path;
}

/**
 * Profiles as the AWS CLI lists them (`aws configure list-profiles`, through lib/aws's own reader):
 * sections of the credentials file and `[default]` / `[profile name]` sections of the config file,
 * honouring AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE. Sorted, without duplicates.
 */
export function listProfiles(source: ProfileFileSource): string[] {
  const credentialsPath = expandHome(
    source.env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials',
    source.home,
  );
  const configPath = expandHome(source.env.AWS_CONFIG_FILE ?? '~/.aws/config', source.home);
  return profileNames(source.readFile(credentialsPath), source.readFile(configPath)).sort();
}
