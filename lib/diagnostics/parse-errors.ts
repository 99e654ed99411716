// Lines that make the CLI's parser give up ("Unable to parse config file"): every aws command then fails.
import type { IniLine } from './ini-lines';
import type { AwsFileKind, Diagnostic } from './types';

const fails = (kind: AwsFileKind) =>
  `While this is in the file, every aws command fails with "Unable to parse config file: ~/.aws/${kind}".`;

/** Duplicate sections, duplicate keys, keys before any section, lines that are neither `[section]` nor `key = value`. */
export function parseErrors(lines: IniLine[], kind: AwsFileKind): Diagnostic[] {
  const found: Diagnostic[] = [];
  const sections = new Map<string, number>();
  let keys = new Map<string, number>();
  let seenSection = false;
  for (const entry of lines) {
    const whole = {
      line: entry.line,
      column: 1,
      endColumn: entry.text.length + 1,
      severity: 'error' as const,
    };
    if (entry.kind === 'section') {
      seenSection = true;
      keys = new Map();
      const first = sections.get(entry.name);
      if (first !== undefined) {
        found.push({
          ...whole,
          column: entry.start + 1,
          endColumn: entry.end + 1,
          message: `[${entry.name}] already appears on line ${first}. Merge the two sections into one. ${fails(kind)}`,
        });
      } else sections.set(entry.name, entry.line);
    } else if (entry.kind === 'key') {
      if (!seenSection) {
        found.push({
          ...whole,
          message: `This setting comes before any [section] header, so the CLI does not know which profile it belongs to. Put it under a section such as [default]. ${fails(kind)}`,
        });
        continue;
      }
      const first = keys.get(entry.key);
      if (first !== undefined) {
        found.push({
          ...whole,
          column: entry.keyStart + 1,
          endColumn: entry.keyEnd + 1,
          message: `${entry.key} is already set in this section on line ${first}. Keep only one of the two lines. ${fails(kind)}`,
        });
      } else keys.set(entry.key, entry.line);
    } else if (entry.kind === 'invalid') {
      found.push({
        ...whole,
        column: entry.text.length - entry.text.trimStart().length + 1,
        message: seenSection
          ? `The CLI cannot read this line: it is neither a [section] header nor a "name = value" setting. ${fails(kind)}`
          : `The CLI cannot read this line: the file must start with a [section] header such as [default]. ${fails(kind)}`,
      });
    }
  }
  return found;
}
