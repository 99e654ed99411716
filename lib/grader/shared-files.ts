// The ~/.aws files as checks see them: sections by their raw header, values by key.
// PROVISIONAL parser until lib/aws exports the CLI's own (then this file only adapts its result).

/** One `[header]` section of a shared AWS file. */
export interface SharedFileSection {
  /** The header as written, without brackets and outer spaces, e.g. `profile example_1`. */
  name: string;
  values: Record<string, string>;
}

/** A parsed `~/.aws/credentials` or `~/.aws/config`. */
export interface SharedFile {
  sections: SharedFileSection[];
  /** Set when the CLI would refuse the file, worded like the CLI. */
  error?: string;
}

/** Parses the text of a shared file. Never throws. */
export function parseSharedFileText(text: string): SharedFile {
  const sections: SharedFileSection[] = [];
  let current: SharedFileSection | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (/^\s/.test(line) && current) continue; // nested values (e.g. under `s3 =`)
    const header = /^\[([^\]]*)\]/.exec(trimmed);
    if (header) {
      const name = (header[1] ?? '').trim();
      current = sections.find((s) => s.name === name) ?? null;
      if (!current) {
        current = { name, values: {} };
        sections.push(current);
      }
      continue;
    }
    const eq = trimmed.indexOf('=');
    if (!current || eq < 0) {
      return { sections, error: `Unable to parse config file: line ${i + 1}` };
    }
    current.values[trimmed.slice(0, eq).trim()] = trimmed.slice(eq + 1).trim();
  }
  return { sections };
}

/** The section with exactly this header, if any. */
export function findSection(file: SharedFile, name: string): SharedFileSection | undefined {
  return file.sections.find((s) => s.name === name);
}
