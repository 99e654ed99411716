// The diagnostic shape shared by the rules and the editor (which turns them into Monaco markers).

/** How serious a finding is: `error` = the CLI fails, `warning` = it works but not as intended, `info` = advice. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** One finding in a file. Lines and columns are 1-based; `endColumn` is exclusive (Monaco's convention). */
export interface Diagnostic {
  line: number;
  column: number;
  endColumn: number;
  severity: DiagnosticSeverity;
  /** A plain explanation with the likely fix, readable on its own (it is also listed under the editor). */
  message: string;
}

/** Which AWS shared file is being checked. */
export type AwsFileKind = 'credentials' | 'config';
