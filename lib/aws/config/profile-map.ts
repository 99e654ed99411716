// botocore's build_profile_map: `[default]` and `[profile NAME]` sections of the config file become profiles.
import { readSharedFile, type SharedFileSection } from './read-shared-file';
import { shlexSplit } from './python-text';

/** Profiles by name, each with its settings. */
export type ProfileMap = Map<string, SharedFileSection>;

/**
 * The profile a section header defines, or null when the CLI does not read it as a profile. In the
 * config file only `default` and `profile NAME` count (split like a shell would: `profile "a"` is `a`,
 * `profile  a` is `a`, three words or an unclosed quote count as nothing); in the credentials file the
 * header is the profile name exactly as written.
 */
export function profileNameOfHeader(header: string, file: 'config' | 'credentials'): string | null {
  if (file === 'credentials') return header;
  if (header.startsWith('profile')) {
    const parts = shlexSplit(header);
    return parts && parts.length === 2 ? parts[1]! : null;
  }
  return header === 'default' ? header : null;
}

/** The profiles of a parsed config file (other sections such as `[sso-session x]` are left out). */
export function buildProfileMap(sections: Map<string, SharedFileSection>): ProfileMap {
  const profiles: ProfileMap = new Map();
  for (const [header, section] of sections) {
    const name = profileNameOfHeader(header, 'config');
    if (name !== null) profiles.set(name, section);
  }
  return profiles;
}

/**
 * The profile names `aws configure list-profiles` prints for these file texts (null = missing file):
 * the config file's profiles, then those only in the credentials file. A file the CLI cannot parse
 * contributes nothing (the CLI itself would then refuse every command).
 */
export function profileNames(credentials: string | null, config: string | null): string[] {
  const names = new Set<string>();
  const sectionsOf = (text: string | null) => (text === null ? new Map() : readSharedFile(text).sections);
  for (const name of buildProfileMap(sectionsOf(config)).keys()) names.add(name);
  for (const name of sectionsOf(credentials).keys()) names.add(name);
  return [...names];
}
