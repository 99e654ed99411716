// AWS-aware checks of ~/.aws/credentials and ~/.aws/config, explained in plain words for learners; the lines
// come from lib/aws's reader, so the editor and `aws` never disagree about what the file says.
import { profileNameOfHeader } from '../aws/config/profile-map';
import { readSharedFile, type SharedFileLine } from '../aws/config/read-shared-file';
import {
  closest,
  configKeys,
  credentialKeys,
  exampleAccessKeyIds,
  knownMisspellings,
  outputFormats,
} from './known-settings';
import { parseErrorDiagnostics } from './parse-errors';
import { sectionHeaderDiagnostics } from './section-headers';
import type { AwsFileKind, Diagnostic } from './types';

export type { AwsFileKind, Diagnostic, DiagnosticSeverity } from './types';

/** Options of the checks. */
export interface DiagnoseOptions {
  /** Region names that exist; without a list, regions are not checked. */
  regions?: readonly string[];
}

type KeyLine = Extract<SharedFileLine, { kind: 'key' }>;
type SectionLine = Extract<SharedFileLine, { kind: 'section' }>;
type ContinuationLine = Extract<SharedFileLine, { kind: 'continuation' }>;

/** Which shared file a path is, from its name (the editor checks only these two). */
export function awsFileKind(
  path: string,
  home: string,
  env: Record<string, string> = {},
): AwsFileKind | null {
  const expand = (p: string) => (p.startsWith('~/') ? home + p.slice(1) : p);
  if (path === expand(env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials')) return 'credentials';
  if (path === expand(env.AWS_CONFIG_FILE ?? '~/.aws/config')) return 'config';
  return null;
}

/** Two headers of the config file that name one profile (`[default]` and `[profile default]`): the last wins. */
function repeatedProfile(entry: SectionLine, seen: Map<string, number>): Diagnostic[] {
  const name = profileNameOfHeader(entry.header, 'config');
  if (name === null) return [];
  const first = seen.get(name);
  seen.set(name, entry.line);
  if (first === undefined) return [];
  return [
    {
      line: entry.line,
      column: entry.start + 1,
      endColumn: entry.end + 1,
      severity: 'warning',
      message: `This is the profile "${name}" again (already on line ${first}): the CLI keeps only the last section for a profile, so the settings under line ${first} are ignored. Merge the two sections into one.`,
    },
  ];
}

/** An indented line after a value: the CLI reads it as more of that value, not as a setting of its own. */
function continuationRule(entry: ContinuationLine): Diagnostic[] {
  if (entry.keyValue === '') return []; // a nested block such as `s3 =` (a line without `=` is a parse error)
  return [
    {
      line: entry.line,
      column: entry.start + 1,
      endColumn: entry.text.length + 1,
      severity: 'warning',
      message: `This line is indented, so the CLI reads it as more of the value of ${entry.key} on line ${entry.keyLine}, not as a setting of its own. Remove the spaces at the start of the line.`,
    },
  ];
}

/** Sections whose keys are profile settings ([plugins], [sso-session x], [services x] hold other names). */
function holdsSettings(section: string | null, kind: AwsFileKind): boolean {
  if (section === null || kind === 'credentials' || section === 'DEFAULT') return true;
  return (
    profileNameOfHeader(section, 'config') !== null || !/^(sso-session|services)\s|^plugins$/.test(section)
  );
}

function keyNameRule(entry: KeyLine, kind: AwsFileKind): Diagnostic[] {
  const known = [...credentialKeys, ...configKeys];
  if (entry.key === '' || known.includes(entry.key) || !holdsSettings(entry.section, kind)) return [];
  const at = { line: entry.line, column: entry.keyStart + 1, endColumn: entry.keyEnd + 1 };
  const fix = knownMisspellings[entry.key] ?? closest(entry.key, known);
  if (fix) {
    return [
      {
        ...at,
        severity: 'warning',
        message: `The AWS CLI does not know the setting "${entry.key}" and silently ignores it. Did you mean ${fix}?`,
      },
    ];
  }
  return [
    {
      ...at,
      severity: 'info',
      message: `"${entry.key}" is not a setting the AWS CLI reads from the ${kind} file, so it has no effect.`,
    },
  ];
}

function valueRules(entry: KeyLine, kind: AwsFileKind, options: DiagnoseOptions): Diagnostic[] {
  const found: Diagnostic[] = [];
  const valueAt = {
    line: entry.line,
    column: entry.valueStart + 1,
    endColumn: entry.valueStart + entry.value.length + 1,
  };
  if (kind === 'config' && credentialKeys.includes(entry.key)) {
    found.push({
      line: entry.line,
      column: entry.keyStart + 1,
      endColumn: entry.keyEnd + 1,
      severity: 'warning',
      message: `Credentials belong in ~/.aws/credentials, not in ~/.aws/config. The CLI does read ${entry.key} here, but the config file is for settings such as region and output, and keys kept in two places get out of step.`,
    });
  }
  const region = entry.value.trim();
  if (entry.key === 'region' && region !== '' && options.regions && !options.regions.includes(region)) {
    found.push({ ...valueAt, severity: 'warning', message: regionMessage(region, options.regions) });
  }
  if (entry.key === 'output' && entry.value !== '' && !outputFormats.includes(entry.value)) {
    found.push({
      ...valueAt,
      severity: 'warning',
      message: `"${entry.value}" is not an output format. Use one of: ${outputFormats.join(', ')}.`,
    });
  }
  for (const match of entry.value.matchAll(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g)) {
    if (exampleAccessKeyIds.includes(match[0])) continue;
    const column = entry.valueStart + match.index + 1;
    found.push({
      line: entry.line,
      column,
      endColumn: column + match[0].length,
      severity: 'warning',
      message:
        'This looks like a real AWS access key. Never paste real credentials into a website, this one included: the sandbox only needs the documented example keys (such as AKIAIOSFODNN7EXAMPLE). If this key is real, deactivate it in the IAM console.',
    });
  }
  return found;
}

function regionMessage(region: string, regions: readonly string[]): string {
  if (/[#;]/.test(region)) {
    return `The CLI reads the whole rest of the line as the value, comment included ("${region}"), which is not a region. Put comments on their own line.`;
  }
  const zone = /^([a-z]{2}(?:-[a-z]+)+-\d)[a-z]$/.exec(region);
  if (zone?.[1] && regions.includes(zone[1])) {
    return `${region} is an Availability Zone, not a region. The region is ${zone[1]}.`;
  }
  const guess = closest(region.toLowerCase(), [...regions], 3);
  return `${region} is not an AWS region, so every request would fail to find an endpoint.${guess ? ` Did you mean ${guess}?` : ''}`;
}

/** Checks one shared file and returns its findings, sorted by position. */
export function diagnoseAwsFile(
  kind: AwsFileKind,
  content: string,
  options: DiagnoseOptions = {},
): Diagnostic[] {
  const { lines, errors } = readSharedFile(content);
  const found = parseErrorDiagnostics(errors, lines, kind);
  const profileLines = new Map<string, number>();
  for (const entry of lines) {
    if (entry.kind === 'section') {
      found.push(...sectionHeaderDiagnostics(entry, kind));
      if (kind === 'config') found.push(...repeatedProfile(entry, profileLines));
    }
    if (entry.kind === 'continuation') found.push(...continuationRule(entry));
    if (entry.kind === 'key') found.push(...keyNameRule(entry, kind), ...valueRules(entry, kind, options));
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
