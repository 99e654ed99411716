// The ~/.aws files as checks see them, read by lib/aws's one reader exactly like the CLI (botocore's rules:
// comments, `[profile x]` split like a shell would, nested `s3 =` blocks, duplicate sections).
import { profileNameOfHeader } from '../aws/config/profile-map';
import { readSharedFile } from '../aws/config/read-shared-file';

/** One `[header]` section of a shared AWS file. */
export interface SharedFileSection {
  /** The header as the CLI reads it, without brackets, e.g. `profile example_1`. */
  name: string;
  /** Plain values by (lower-cased) key; nested blocks such as `s3 =` are left out. */
  values: Record<string, string>;
}

/** A parsed `~/.aws/credentials` or `~/.aws/config`. */
export interface SharedFile {
  sections: SharedFileSection[];
  /** Set when the CLI would refuse the file (it then says `Unable to parse config file`). */
  error?: string;
}

/** Parses the text of a shared file like the CLI. Never throws. */
export function parseSharedFileText(text: string): SharedFile {
  const reading = readSharedFile(text);
  if (reading.cliError) return { sections: [], error: reading.cliError.message };
  const sections: SharedFileSection[] = [];
  for (const [name, entries] of reading.sections) {
    const values: Record<string, string> = {};
    for (const [key, value] of entries) if (typeof value === 'string') values[key] = value;
    sections.push({ name, values });
  }
  return { sections };
}

/** The section with exactly this header, if any. */
export function findSection(file: SharedFile, name: string): SharedFileSection | undefined {
  return file.sections.find((s) => s.name === name);
}

/**
 * The section the CLI uses for a profile: in the config file `[default]` or `[profile NAME]` as botocore
 * reads headers (`[profile "a"]` and `[profile  a]` are `a`; the last such section wins), in the
 * credentials file the section named exactly so.
 */
export function findProfileSection(
  file: SharedFile,
  kind: 'credentials' | 'config',
  profile: string,
): SharedFileSection | undefined {
  return file.sections.findLast((s) => profileNameOfHeader(s.name, kind) === profile);
}
