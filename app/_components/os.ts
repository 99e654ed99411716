// Operating systems a lesson can show separate instructions for (shared by server and client code).

/** An operating system with its own tab in <OsTabs>. */
export type Os = 'linux' | 'macos' | 'windows';

/** Tab labels. */
export const osLabels: Record<Os, string> = { linux: 'Linux', macos: 'macOS', windows: 'Windows' };

export function isOs(value: unknown): value is Os {
  return value === 'linux' || value === 'macos' || value === 'windows';
}
