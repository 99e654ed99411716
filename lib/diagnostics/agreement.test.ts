// The editor and `aws` read every tricky file alike: the editor shows an error exactly when the CLI refuses
// the file, and flags each line the CLI reads differently from how it looks. Each row's `cli` was recorded
// with the real AWS CLI 2.9.19 (`/usr/bin/aws configure list-profiles` in a throwaway HOME).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSharedFile } from '../aws/config/parse-shared-file';
import { aws } from '../aws/testing/run';
import { diagnoseAwsFile, type AwsFileKind } from './index';

interface Row {
  name: string;
  kind: AwsFileKind;
  text: string;
  /** What the real CLI printed for `configure list-profiles`, or `fails` (exit 255, "Unable to parse"). */
  cli: string[] | 'fails';
  /** A warning or info the editor must show (lines read differently from how they look). */
  flags?: { line: number; message: RegExp };
}

const KEYS = 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n';

const rows: Row[] = [
  {
    name: '[DEFAULT] twice',
    kind: 'credentials',
    text: `[DEFAULT]\nregion = eu-west-1\n[default]\n${KEYS}[DEFAULT]\noutput = json\n`,
    cli: ['default'],
  },
  {
    name: 'one key in two [DEFAULT] sections',
    kind: 'credentials',
    text: '[DEFAULT]\nregion = x\n[DEFAULT]\nregion = y\n',
    cli: 'fails',
  },
  {
    name: 'a lone \\r ends a line: a duplicate key',
    kind: 'credentials',
    text: '[default]\rregion = a\rregion = b\r',
    cli: 'fails',
  },
  {
    name: 'lone \\r line ends',
    kind: 'credentials',
    text: `[default]\r${KEYS.trim()}\r[example_1]\r${KEYS.trim()}\r`,
    cli: ['default', 'example_1'],
  },
  {
    name: 'CRLF and a duplicate section',
    kind: 'credentials',
    text: '[default]\r\nregion = eu-west-1\r\n[default]\r\n',
    cli: 'fails',
  },
  {
    name: 'a duplicate key in another case',
    kind: 'config',
    text: '[default]\nregion = us-east-1\nRegion = eu-west-1\n',
    cli: 'fails',
  },
  {
    name: 'a duplicate section and its keys',
    kind: 'credentials',
    text: '[a]\nregion = x\n[a]\nregion = y\n',
    cli: 'fails',
  },
  { name: 'a setting before any section', kind: 'credentials', text: `${KEYS}[default]\n`, cli: 'fails' },
  { name: 'an unterminated header', kind: 'credentials', text: `[default\n${KEYS}`, cli: 'fails' },
  { name: 'an empty header', kind: 'credentials', text: `[]\n${KEYS}`, cli: 'fails' },
  { name: 'a byte-order mark', kind: 'credentials', text: `\uFEFF[default]\n${KEYS}`, cli: 'fails' },
  {
    name: 'a line without = or :',
    kind: 'credentials',
    text: '[default]\naws_access_key_id AKIAIOSFODNN7EXAMPLE\n',
    cli: 'fails',
  },
  { name: 'no key before =', kind: 'config', text: '[default]\n= us-east-1\n', cli: 'fails' },
  {
    name: 'an empty value continued on the next line',
    kind: 'config',
    text: '[default]\nregion =\n  us-east-1\n',
    cli: 'fails',
  },
  { name: 'a broken nested block', kind: 'config', text: '[default]\ns3 =\n  broken\n', cli: 'fails' },
  {
    name: 'a broken nested block in [DEFAULT] only',
    kind: 'config',
    text: '[DEFAULT]\ns3 =\n  broken\n',
    cli: [],
  },
  {
    name: 'a broken nested block in [DEFAULT] with a section',
    kind: 'config',
    text: '[DEFAULT]\ns3 =\n  broken\n[default]\nregion = eu-west-1\n',
    cli: 'fails',
  },
  {
    name: 'a nested block with a comment',
    kind: 'config',
    text: '[default]\ns3 =\n  # note\n  max_concurrent_requests = 20\n',
    cli: ['default'],
  },
  {
    name: 'colon delimiter, = in a value, empty value',
    kind: 'credentials',
    text: '[default]\naws_access_key_id: AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = a=b\nregion =\n',
    cli: ['default'],
  },
  { name: 'an indented header', kind: 'credentials', text: `\t[default]\n${KEYS}`, cli: ['default'] },
  {
    name: 'an indented comment after a key',
    kind: 'credentials',
    text: `[default]\n${KEYS}  # note\n`,
    cli: ['default'],
  },
  {
    name: 'a shell line in the file',
    kind: 'credentials',
    text: '[default]\nexport AWS_PROFILE=x\n',
    cli: ['default'],
  },
  {
    name: '[profile  example_1] (two spaces)',
    kind: 'config',
    text: '[profile  example_1]\nregion = eu-west-3\n',
    cli: ['example_1'],
  },
  {
    name: '[profile\\texample_1]',
    kind: 'config',
    text: '[profile\texample_1]\nregion = eu-west-3\n',
    cli: ['example_1'],
  },
  {
    name: '[profile example_1 ]',
    kind: 'config',
    text: '[profile example_1 ]\nregion = eu-west-3\n',
    cli: ['example_1'],
  },
  {
    name: '[profile default]',
    kind: 'config',
    text: '[profile default]\nregion = eu-west-3\n',
    cli: ['default'],
  },
  {
    name: '[profile "example_1"]',
    kind: 'config',
    text: '[profile "example_1"]\nregion = eu-west-3\n',
    cli: ['example_1'],
    flags: { line: 1, message: /removes the quotes: this is the profile "example_1"/ },
  },
  {
    name: "[profile 'example_1']",
    kind: 'config',
    text: "[profile 'example_1']\nregion = eu-west-3\n",
    cli: ['example_1'],
    flags: { line: 1, message: /removes the quotes/ },
  },
  {
    name: '[profile example_1]] (an extra bracket)',
    kind: 'config',
    text: '[profile example_1]]\nregion = eu-west-3\n',
    cli: ['example_1]'],
    flags: {
      line: 1,
      message: /this is the profile "example_1\]", and --profile example_1 will not find it/,
    },
  },
  {
    name: '[ profile example_1]',
    kind: 'config',
    text: '[ profile example_1]\nregion = eu-west-3\n',
    cli: [],
    flags: { line: 1, message: /Spaces inside the brackets .* the CLI ignores it/ },
  },
  {
    name: '[profileexample_1]',
    kind: 'config',
    text: '[profileexample_1]\nregion = eu-west-3\n',
    cli: [],
    flags: { line: 1, message: /ignores this section: there is no space between "profile" and the name/ },
  },
  {
    name: '[profile example 1]',
    kind: 'config',
    text: '[profile example 1]\nregion = eu-west-3\n',
    cli: [],
    flags: { line: 1, message: /ignores this section: after "profile" it expects one name/ },
  },
  {
    name: '[profile "example_1] (an unclosed quote)',
    kind: 'config',
    text: '[profile "example_1]\nregion = eu-west-3\n',
    cli: [],
    flags: { line: 1, message: /a quote is not closed/ },
  },
  {
    name: '[ default ]',
    kind: 'config',
    text: '[ default ]\nregion = eu-west-1\n',
    cli: [],
    flags: { line: 1, message: /not "default", so the CLI ignores it/ },
  },
  {
    name: '[Default]',
    kind: 'config',
    text: '[Default]\nregion = eu-west-1\n',
    cli: [],
    flags: { line: 1, message: /case-sensitive.*Write \[default\]/ },
  },
  {
    name: '[PROFILE x]',
    kind: 'config',
    text: '[PROFILE x]\nregion = eu-west-1\n',
    cli: [],
    flags: { line: 1, message: /case-sensitive.*\[profile x\]/ },
  },
  {
    name: '[profile example_1] # dev',
    kind: 'config',
    text: '[profile example_1] # dev\nregion = eu-west-3\n',
    cli: ['example_1'],
    flags: { line: 1, message: /ignores "# dev" after the "\]"/ },
  },
  {
    name: 'an indented key after a key',
    kind: 'config',
    text: '[default]\nregion = eu-west-1\n  output = text\n',
    cli: ['default'],
    flags: { line: 3, message: /more of the value of region on line 2/ },
  },
  {
    name: 'an indented key after a blank line',
    kind: 'config',
    text: '[default]\noutput = json\n\n  region = eu-west-1\n',
    cli: ['default'],
    flags: { line: 4, message: /more of the value of output on line 2/ },
  },
  {
    name: 'a non-breaking space indents too',
    kind: 'credentials',
    text: `[default]\n${KEYS}\u00a0aws_secret_access_key = x\n`,
    cli: ['default'],
    flags: { line: 3, message: /more of the value of aws_access_key_id/ },
  },
  {
    name: 'one profile under two headers',
    kind: 'config',
    text: '[profile a]\nregion = eu-west-1\n[profile  a]\noutput = text\n',
    cli: ['a'],
    flags: { line: 3, message: /profile "a" again \(already on line 1\)/ },
  },
  {
    name: '[default] and [profile default]',
    kind: 'config',
    text: '[default]\nregion = eu-west-1\n[profile default]\nregion = eu-west-3\n',
    cli: ['default'],
    flags: { line: 3, message: /profile "default" again/ },
  },
  {
    name: 'the profile prefix in the credentials file',
    kind: 'credentials',
    text: `[profile example_1]\n${KEYS}`,
    cli: ['profile example_1'],
    flags: { line: 1, message: /write \[example_1\]/ },
  },
  {
    name: 'quotes in the credentials file',
    kind: 'credentials',
    text: `["example_1"]\n${KEYS}`,
    cli: ['"example_1"'],
    flags: { line: 1, message: /quotes are part of the name/ },
  },
  {
    name: 'an extra ] in the credentials file',
    kind: 'credentials',
    text: `[example_1]]\n${KEYS}`,
    cli: ['example_1]'],
    flags: { line: 1, message: /called "example_1\]"/ },
  },
  {
    name: '[a]b] in the credentials file',
    kind: 'credentials',
    text: '[a]b]\nx = 1\n',
    cli: ['a]b'],
    flags: { line: 1, message: /called "a\]b"/ },
  },
  {
    name: 'a trailing space in a credentials header',
    kind: 'credentials',
    text: `[example_1 ]\n${KEYS}`,
    cli: ['example_1 '],
    flags: { line: 1, message: /Spaces inside the brackets/ },
  },
  {
    name: 'sso-session, services and plugins sections',
    kind: 'config',
    text: '[sso-session corp]\nsso_region = us-east-1\n[services dev]\ns3 =\n  endpoint_url = http://localhost\n[plugins]\nx = y\n',
    cli: [],
  },
];

describe.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
  test('`aws` reads it as the real CLI does, and the editor agrees', async () => {
    const file = row.kind === 'credentials' ? '.aws/credentials' : '.aws/config';
    const result = await aws(['configure', 'list-profiles'], { files: { [file]: { content: row.text } } });
    const findings = diagnoseAwsFile(row.kind, row.text);
    const errors = findings.filter((f) => f.severity === 'error');
    if (row.cli === 'fails') {
      expect(result.exitCode).toBe(255);
      expect(result.stderr).toContain('Unable to parse config file');
      expect(errors.length, 'the editor must say the CLI fails').toBeGreaterThan(0);
      for (const error of errors) expect(error.message).toContain('every aws command fails');
    } else {
      expect(result.exitCode).toBe(0);
      expect(result.stdout.split('\n').filter(Boolean)).toEqual(row.cli);
      expect(errors, 'the editor must not say the CLI fails').toEqual([]);
    }
    if (row.flags) {
      const flag = findings.find((f) => f.line === row.flags!.line && row.flags!.message.test(f.message));
      expect(flag, JSON.stringify(findings, null, 1)).toBeDefined();
    } else {
      expect(findings.filter((f) => f.severity !== 'info' && f.severity !== 'error')).toEqual([]);
    }
  });
});

test('on random files the editor shows an error exactly when the CLI parser refuses the file', () => {
  const line = fc.constantFrom(
    '[default]',
    '[DEFAULT]',
    '[a]',
    ' [a]',
    '[profile a]]',
    'region = x',
    'Region: y',
    '  z = 1',
    '  broken',
    'broken',
    's3 =',
    '= v',
    '# c',
    '',
    '\r',
    '\uFFFD',
  );
  fc.assert(
    fc.property(
      fc.array(line, { maxLength: 10 }),
      fc.constantFrom('config', 'credentials'),
      (lines, kind) => {
        const text = lines.join('\n');
        const refused = !parseSharedFile(text).ok;
        const errors = diagnoseAwsFile(kind as AwsFileKind, text).filter((f) => f.severity === 'error');
        expect(errors.length > 0, JSON.stringify(text)).toBe(refused);
      },
    ),
    { numRuns: 400 },
  );
});
