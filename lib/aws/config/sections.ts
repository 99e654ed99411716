// Section names the CLI writes: `[default]`, `[profile NAME]` (quoted when the name has spaces).
import { shlexQuote } from './python-text';

export function profileToSection(profile: string): string {
  if (profile === 'default') return profile;
  return `profile ${/[ \t]/.test(profile) ? shlexQuote(profile) : profile}`;
}
