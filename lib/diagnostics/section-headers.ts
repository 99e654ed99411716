// Section headers the CLI reads differently from how they look (lib/aws decides what each header means).
import { profileNameOfHeader } from '../aws/config/profile-map';
import { pyStrip, shlexSplit } from '../aws/config/python-text';
import type { SharedFileLine } from '../aws/config/read-shared-file';
import type { AwsFileKind, Diagnostic } from './types';

type SectionLine = Extract<SharedFileLine, { kind: 'section' }>;

/** Sections of the config file that are not profiles and need no prefix. */
const OTHER_CONFIG_SECTIONS = /^(sso-session|services)\s|^(plugins|preview|DEFAULT)$/;

function configHeader(header: string): { severity: Diagnostic['severity']; message: string } | null {
  const name = profileNameOfHeader(header, 'config');
  if (name !== null) {
    if (name.includes(']')) {
      return {
        severity: 'warning',
        message: `The CLI reads everything up to the last "]" as the header, so this is the profile "${name}", and --profile ${name.replace(/\]+$/, '')} will not find it. Remove the extra "]".`,
      };
    }
    if (/["']/.test(header)) {
      return { severity: 'info', message: `The CLI removes the quotes: this is the profile "${name}".` };
    }
    return null;
  }
  if (header.startsWith('profile')) {
    const words = shlexSplit(header);
    const why =
      words === null
        ? 'a quote is not closed'
        : words.length === 1
          ? 'there is no space between "profile" and the name'
          : `after "profile" it expects one name, and here are ${words.length - 1} words (quote a name with spaces)`;
    return {
      severity: 'warning',
      message: `The CLI ignores this section: ${why}. Write [profile NAME], e.g. [profile example_1].`,
    };
  }
  if (OTHER_CONFIG_SECTIONS.test(header)) return null;
  const trimmed = pyStrip(header);
  if (trimmed !== header && profileNameOfHeader(trimmed, 'config') !== null) {
    return {
      severity: 'warning',
      message: `Spaces inside the brackets are part of the name: this section is "${header}", not "${trimmed}", so the CLI ignores it. Write [${trimmed}].`,
    };
  }
  const lower = header.toLowerCase();
  if (lower !== header && profileNameOfHeader(lower, 'config') !== null) {
    return {
      severity: 'warning',
      message: `Section names are case-sensitive: the CLI ignores [${header}]. Write [${lower.startsWith('profile') ? `profile ${header.slice(8)}` : lower}].`,
    };
  }
  return {
    severity: 'warning',
    message: `In the config file a named profile needs the "profile " prefix: write [profile ${header}]. The CLI ignores a [${header}] section here (only [default] has no prefix).`,
  };
}

function credentialsHeader(header: string): { severity: Diagnostic['severity']; message: string } | null {
  const trimmed = pyStrip(header);
  const prefixed = /^profile\s/.test(header) ? profileNameOfHeader(header, 'config') : null;
  if (prefixed !== null) {
    return {
      severity: 'warning',
      message: `In the credentials file a section is just the profile name: write [${prefixed}]. The "profile " prefix belongs in ~/.aws/config only; here it makes a profile literally called "${header}", so --profile ${prefixed} will not find these keys.`,
    };
  }
  if (trimmed !== header) {
    return {
      severity: 'warning',
      message: `Spaces inside the brackets are part of the name: this section is "${header}", not "${trimmed}". Write [${trimmed}].`,
    };
  }
  if (header.includes(']')) {
    return {
      severity: 'warning',
      message: `The CLI reads everything up to the last "]" as the name, so this profile is called "${header}". Remove the extra "]".`,
    };
  }
  if (/["']/.test(header)) {
    const bare = header.replace(/["']/g, '');
    return {
      severity: 'warning',
      message: `In the credentials file quotes are part of the name: this profile is called "${header}", so --profile ${bare} will not find it. Write [${bare}].`,
    };
  }
  return null;
}

/** What is wrong with one section header line, if anything. */
export function sectionHeaderDiagnostics(entry: SectionLine, kind: AwsFileKind): Diagnostic[] {
  const at = { line: entry.line, column: entry.start + 1, endColumn: entry.end + 1 };
  const found: Diagnostic[] = [];
  const finding = kind === 'config' ? configHeader(entry.header) : credentialsHeader(entry.header);
  if (finding) found.push({ ...at, ...finding });
  const rest = entry.text.slice(entry.end);
  if (pyStrip(rest) !== '') {
    found.push({
      line: entry.line,
      column: entry.end + 1,
      endColumn: entry.text.length + 1,
      severity: 'info',
      message: `The CLI ignores "${pyStrip(rest)}" after the "]". Put comments on their own line, starting with #.`,
    });
  }
  return found;
}
