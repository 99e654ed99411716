// The ~/.aws files as checks see them: sections by their raw header, values by key, parsed by lib/aws
// exactly like the CLI (botocore's rules: comments, `[profile x]`, nested `s3 =` blocks, duplicate sections).
import { parseSharedFile } from '../aws/index';

/** One `[header]` section of a shared AWS file. */
export interface SharedFileSection {
  /** The header as written, without brackets, e.g. `profile example_1`. */
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
  const parsed = parseSharedFile(text);
  if (!parsed.ok) return { sections: [], error: parsed.error.message };
  const sections: SharedFileSection[] = [];
  for (const [name, entries] of parsed.sections) {
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
