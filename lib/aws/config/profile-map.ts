// botocore's build_profile_map: `[default]` and `[profile NAME]` sections of the config file become profiles.
import type { SharedFileSection } from './parse-shared-file';
import { shlexSplit } from './python-text';

/** Profiles by name, each with its settings. */
export type ProfileMap = Map<string, SharedFileSection>;

/** The profiles of a parsed config file (other sections such as `[sso-session x]` are left out). */
export function buildProfileMap(sections: Map<string, SharedFileSection>): ProfileMap {
  const profiles: ProfileMap = new Map();
  for (const [name, section] of sections) {
    if (name.startsWith('profile')) {
      // botocore splits the header like a shell would and keeps only two-word names.
      const parts = shlexSplit(name);
      if (parts && parts.length === 2) profiles.set(parts[1]!, section);
    } else if (name === 'default') {
      profiles.set(name, section);
    }
  }
  return profiles;
}
