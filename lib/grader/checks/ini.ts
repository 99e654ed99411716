// Checks: a profile's section and values in ~/.aws/credentials or ~/.aws/config, with the header traps explained.
import { profileNameOfHeader } from '../../aws/config/profile-map';
import { findProfileSection, type SharedFileSection } from '../shared-files';
import type { Check, CheckOutcome, GradeState } from '../types';

export interface IniSectionOptions {
  id: string;
  label: string;
  /** Usually `~/.aws/credentials` or `~/.aws/config`. */
  path: string;
  /** `config` files name a profile `[profile x]`; `credentials` files name it `[x]`. */
  kind: 'credentials' | 'config';
  /** The profile name, e.g. `default` or `example_1`. */
  profile: string;
}

export interface IniValueOptions extends IniSectionOptions {
  key: string;
  expected: string;
  /** Never print the value (secret keys): the message says it does not match instead. */
  secret?: boolean;
}

/** The header a profile has in this kind of file: `default`, `example_1` or `profile example_1`. */
export function headerFor(kind: 'credentials' | 'config', profile: string): string {
  return kind === 'config' && profile !== 'default' ? `profile ${profile}` : profile;
}

const loose = (name: string) => name.toLowerCase().replace(/-/g, '_').replace(/\s+/g, ' ');

/** The profile's section, or a failure explaining why it is not there (file missing, unparsable, trap). */
export function locateSection(
  state: GradeState,
  options: IniSectionOptions,
): { section: SharedFileSection; failure?: undefined } | { section?: undefined; failure: CheckOutcome } {
  const { path, kind, profile } = options;
  const shown = state.displayPath(path);
  const file = state.sharedFile(path);
  const header = headerFor(kind, profile);
  const fail = (message: string) => ({ failure: { pass: false as const, message } });
  if (!file) return fail(`\`${shown}\` does not exist yet.`);
  if (file.error) return fail(`The CLI cannot read \`${shown}\`: ${file.error}`);
  const section = findProfileSection(file, kind, profile);
  if (section) return { section };
  const prefixed = file.sections.find(
    (s) => s.name.startsWith('profile') && profileNameOfHeader(s.name, 'config') === profile,
  );
  if (kind === 'credentials' && prefixed) {
    return fail(
      `\`${shown}\` has \`[${prefixed.name}]\`; in this file the header is \`[${profile}]\`` +
        ` (the \`profile\` prefix belongs only in \`~/.aws/config\`).`,
    );
  }
  if (kind === 'config' && profile !== 'default' && file.sections.some((s) => s.name === profile)) {
    return fail(
      `\`${shown}\` has \`[${profile}]\`; in this file a named profile's header is \`[${header}]\`.`,
    );
  }
  const misread = file.sections.find((s) => s.name.includes(profile));
  if (misread) {
    const reading = profileNameOfHeader(misread.name, kind);
    const as = reading === null ? 'does not read as a profile at all' : `reads as the profile \`${reading}\``;
    return fail(`\`${shown}\` has \`[${misread.name}]\`, which the CLI ${as}: write \`[${header}]\`.`);
  }
  const near = file.sections.find((s) => loose(s.name) === loose(header) || loose(s.name) === loose(profile));
  if (near) {
    return fail(
      `\`${shown}\` has \`[${near.name}]\` but no \`[${header}]\`: profile names must match exactly.`,
    );
  }
  return fail(`\`${shown}\` has no \`[${header}]\` section yet.`);
}

export function iniSection(options: IniSectionOptions): Check {
  return {
    id: options.id,
    label: options.label,
    run(state) {
      return locateSection(state, options).failure ?? { pass: true };
    },
  };
}

export function iniValue(options: IniValueOptions): Check {
  const { key, expected, secret } = options;
  return {
    id: options.id,
    label: options.label,
    run(state) {
      const located = locateSection(state, options);
      if (located.failure) return located.failure;
      const where = `\`[${headerFor(options.kind, options.profile)}]\` in \`${state.displayPath(options.path)}\``;
      const actual = located.section.values[key];
      if (actual === undefined) {
        return { pass: false, message: `${where} has no \`${key}\` yet.` };
      }
      if (actual === expected) return { pass: true };
      if (secret) return { pass: false, message: `\`${key}\` under ${where} does not match the one issued.` };
      if (actual === '')
        return { pass: false, message: `\`${key}\` under ${where} is empty; expected \`${expected}\`.` };
      return {
        pass: false,
        message: `\`${key}\` under ${where} is \`${actual}\`; expected \`${expected}\`.`,
      };
    },
  };
}
