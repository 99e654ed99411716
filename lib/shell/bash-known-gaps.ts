// Recorded bash fixtures the sandbox does not match yet, with the reason (listed in lib/shell/README.md too).
// Each is still run by bash-fixtures.test.ts: it fails when the sandbox starts matching (remove the entry then).

/** Fixture name → why the sandbox still differs from real bash. None at the moment. */
export const KNOWN_GAPS: Record<string, string> = {};
