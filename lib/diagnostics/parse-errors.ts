// The problems that make the CLI's parser give up ("Unable to parse config file"), in plain words:
// lib/aws's reader finds them (the same code `aws` runs), this module only explains them.
import type { SharedFileLine, SharedFileParseError } from '../aws/config/read-shared-file';
import type { AwsFileKind, Diagnostic } from './types';

const fails = (kind: AwsFileKind) =>
  `While this is in the file, every aws command fails with "Unable to parse config file: ~/.aws/${kind}".`;

function explain(error: SharedFileParseError, line: SharedFileLine | undefined, kind: AwsFileKind): string {
  switch (error.kind) {
    case 'duplicate-section':
      return `[${error.name}] already appears on line ${error.firstLine}. Merge the two sections into one.`;
    case 'duplicate-key': {
      const section = line?.kind === 'key' ? line.section : null;
      const where =
        section === 'DEFAULT' ? 'in [DEFAULT] (all [DEFAULT] sections count as one)' : 'in this section';
      return `${error.name} is already set ${where} on line ${error.firstLine}. Keep only one of the two lines.`;
    }
    case 'missing-section-header':
      return line && /[=:]/.test(line.text)
        ? 'This setting comes before any [section] header, so the CLI does not know which profile it belongs to. Put it under a section such as [default].'
        : `The CLI cannot read this line: the file must start with a [section] header such as [default]${line?.text.startsWith('\uFEFF') ? ' (an invisible byte-order mark comes before the "[" here: save the file without it)' : ''}.`;
    case 'line-without-delimiter':
      return 'The CLI cannot read this line: it is neither a [section] header nor a "name = value" setting.';
    case 'empty-key':
      return 'This line has no setting name before the "=".';
    case 'bad-nested-value':
      return `This indented line continues "${error.name} =", which has no value on its own line, so the CLI reads it as a block of "name = value" settings (like "s3 =") and this line has no "=". Put the value on the same line as "${error.name} =".`;
    case 'not-text':
      return `This line holds bytes that are not UTF-8 text. Retype it.`;
  }
  return `The CLI cannot parse this line (${kind}).`;
}

/** One error finding per parse problem the reader found, at the offending text. */
export function parseErrorDiagnostics(
  errors: readonly SharedFileParseError[],
  lines: readonly SharedFileLine[],
  kind: AwsFileKind,
): Diagnostic[] {
  return errors.map((error) => {
    const lineNo = error.line ?? 1;
    const line = lines[lineNo - 1];
    const text = line?.text ?? '';
    const start = error.start ?? text.length - text.trimStart().length;
    const end = Math.max(error.end ?? text.length, start + 1);
    return {
      line: lineNo,
      column: start + 1,
      endColumn: end + 1,
      severity: 'error',
      message: `${explain(error, line, kind)} ${fails(kind)}`,
    };
  });
}
