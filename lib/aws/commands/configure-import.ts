// `aws configure import --csv file://...`: profiles from the IAM console's credentials CSV.
import type { AwsCommand } from '../cli/command';
import { generalError } from '../cli/errors';
import { updateConfigFile } from '../config/config-writer';
import { pySplitLines, pyStrip } from '../config/python-text';
import { loadParamValue } from './param-file';

const HEADERS = ['User Name', 'Access Key ID', 'Secret Access key'] as const;

interface CsvCredential {
  user: string;
  accessKey: string;
  secretKey: string;
}

/** The CLI's CSVCredentialParser; errors carry its exact texts. */
export function parseCredentialsCsv(csv: string, strict: boolean): CsvCredential[] {
  if (!pyStrip(csv)) throw generalError('Provided CSV contains no contents');
  const lines = pySplitLines(csv);
  const headers = lines[0]!.split(',').map((h) => pyStrip(h.toLowerCase()));
  const indices = HEADERS.map((header) => {
    const at = headers.indexOf(header.toLowerCase());
    if (at < 0) throw generalError(`Expected header "${header}" not found`);
    return at;
  });
  const rows: CsvCredential[] = [];
  lines.slice(1).forEach((line, i) => {
    const cols = line.split(',');
    const values: string[] = [];
    for (const [h, at] of indices.entries()) {
      const value = cols[at] === undefined ? undefined : pyStrip(cols[at]);
      if (!value) {
        if (!strict) return;
        throw generalError(`Failed to parse entry #${i + 1}: Row missing value for header "${HEADERS[h]}"`);
      }
      values.push(value);
    }
    rows.push({ user: values[0]!, accessKey: values[1]!, secretKey: values[2]! });
  });
  return rows;
}

export const configureImportCommand: AwsCommand = {
  name: 'import',
  help: {
    summary: 'Import CSV credentials generated from the AWS web console.',
    usage: 'aws configure import --csv <value> [--skip-invalid] [--profile-prefix <value>]',
  },
  args: {
    options: [
      { flag: '--csv', kind: 'value', required: true },
      { flag: '--skip-invalid', kind: 'flag' },
      { flag: '--profile-prefix', kind: 'value' },
    ],
  },
  async run(args, { session, invocation, out }) {
    const csvOption = args.options.get('--csv') as string;
    const csv = await loadParamValue('--csv', csvOption, invocation.fs, invocation.env, invocation.cwd);
    const prefix = (args.options.get('--profile-prefix') as string | undefined) ?? '';
    const credentials = parseCredentialsCsv(csv, !args.options.has('--skip-invalid'));
    const setting = session.credentialsFileSetting;
    for (const credential of credentials) {
      const values = new Map([
        ['aws_access_key_id', credential.accessKey],
        ['aws_secret_access_key', credential.secretKey],
      ]);
      await updateConfigFile(
        invocation.fs,
        session.resolve(setting),
        prefix + credential.user,
        values,
        session.expand(setting),
      );
    }
    out.stdout += `Successfully imported ${credentials.length} profile(s)\n`;
    return 0;
  },
};
