import { describe, expect, test } from 'vitest';
import { awsFileKind, diagnoseAwsFile } from './aws-file-diagnostics';

const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];
const check = (kind: 'credentials' | 'config', content: string) =>
  diagnoseAwsFile(kind, content, { regions });

const goodCredentials = `[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[example_1]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
`;
const goodConfig = `[default]
region = us-west-2
output = json

# a comment
[profile example_1]
region = eu-west-1
s3 =
  max_concurrent_requests = 20
[sso-session corp]
sso_region = us-east-1
`;

test('correct files have no findings', () => {
  expect(check('credentials', goodCredentials)).toEqual([]);
  expect(check('config', goodConfig)).toEqual([]);
});

test('[profile x] in the credentials file', () => {
  const [finding, ...rest] = check(
    'credentials',
    '[profile dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n',
  );
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({ line: 1, column: 1, endColumn: 14, severity: 'warning' });
  expect(finding?.message).toMatch(/write \[dev\]/);
});

test('a named profile without the prefix in the config file', () => {
  const found = check('config', '[default]\nregion = us-east-1\n[dev]\nregion = eu-west-1\n');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ line: 3, column: 1, endColumn: 6, severity: 'warning' });
  expect(found[0]?.message).toMatch(/\[profile dev\]/);
});

describe('unknown key names with the likely fix', () => {
  test.each([
    ['aws_access_key', 'aws_access_key_id'],
    ['secret_key', 'aws_secret_access_key'],
    ['regoin', 'region'],
    ['aws_secret_acess_key', 'aws_secret_access_key'],
  ])('%s → %s', (typo, fix) => {
    const found = check('credentials', `[default]\n${typo} = x\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endColumn: typo.length + 1, severity: 'warning' });
    expect(found[0]?.message).toContain(`Did you mean ${fix}?`);
  });

  test('keys are case-insensitive like the CLI, and an unrelated key is only advice', () => {
    expect(check('config', '[default]\nREGION = us-east-1\n')).toEqual([]);
    const found = check('config', '[default]\ncolour_scheme = dark\n');
    expect(found[0]?.severity).toBe('info');
  });
});

test('credentials in the config file', () => {
  const found = check('config', '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\nregion = us-east-1\n');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ line: 2, column: 1, endColumn: 18, severity: 'warning' });
  expect(found[0]?.message).toMatch(/belong in ~\/\.aws\/credentials/);
});

describe('lines the CLI cannot parse are errors that say every command fails', () => {
  test('a duplicate section', () => {
    const found = check('credentials', '[default]\na = 1\n[default]\nregion = us-east-1\n');
    const dup = found.find((f) => f.severity === 'error');
    expect(dup).toMatchObject({ line: 3, column: 1, endColumn: 10 });
    expect(dup?.message).toMatch(/already appears on line 1.*every aws command fails/);
  });

  test('a duplicate key, even in another case', () => {
    const found = check('config', '[default]\nregion = us-east-1\nRegion = eu-west-1\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, severity: 'error', column: 1, endColumn: 7 });
    expect(found[0]?.message).toMatch(/already set in this section on line 2/);
  });

  test('the same key in two sections is fine', () => {
    expect(check('config', '[default]\nregion = us-east-1\n[profile a]\nregion = us-east-1\n')).toEqual([]);
  });

  test('a line without = and a setting before any section', () => {
    const noValue = check('credentials', '[default]\naws_access_key_id AKIAIOSFODNN7EXAMPLE\n');
    expect(noValue).toHaveLength(1);
    expect(noValue[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(noValue[0]?.message).toMatch(/neither a \[section\] header nor/);
    const orphan = check('config', 'region = us-east-1\n[default]\n');
    expect(orphan[0]).toMatchObject({ line: 1, severity: 'error' });
    expect(orphan[0]?.message).toMatch(/before any \[section\]/);
  });

  test('an empty key name', () => {
    expect(check('config', '[default]\n= us-east-1\n')[0]).toMatchObject({ line: 2, severity: 'error' });
  });
});

describe('regions', () => {
  test('a region that does not exist, with a suggestion', () => {
    const found = check('config', '[default]\nregion = us-east-7\n');
    expect(found[0]).toMatchObject({ line: 2, column: 10, endColumn: 19, severity: 'warning' });
    expect(found[0]?.message).toMatch(/us-east-7 is not an AWS region/);
  });

  test('an availability zone and an inline comment get their own explanation', () => {
    expect(check('config', '[default]\nregion = us-east-1a\n')[0]?.message).toMatch(
      /Availability Zone.*us-east-1\./,
    );
    expect(check('config', '[default]\nregion = us-east-1 # home\n')[0]?.message).toMatch(/comment included/);
  });

  test('without a region list regions are not checked', () => {
    expect(diagnoseAwsFile('config', '[default]\nregion = mars-1\n')).toEqual([]);
  });
});

test('an unknown output format', () => {
  expect(check('config', '[default]\noutput = xml\n')[0]?.message).toMatch(/not an output format/);
});

describe('real-looking access keys', () => {
  test('a key that is not a documented example gets a warning at its position', () => {
    const found = check('credentials', '[default]\naws_access_key_id = AKIAZ7Q3W5E2R4T6Y8U0\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 21, endColumn: 41, severity: 'warning' });
    expect(found[0]?.message).toMatch(/Never paste real credentials into a website/);
  });

  test('temporary keys (ASIA) too; the example keys are fine', () => {
    expect(check('credentials', '[default]\naws_access_key_id = ASIAZ7Q3W5E2R4T6Y8U0\n')).toHaveLength(1);
    expect(check('credentials', '[default]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n')).toEqual([]);
  });
});

test('spaces inside section brackets', () => {
  expect(check('config', '[ default ]\nregion = us-east-1\n')[0]?.message).toMatch(/not "default"/);
});

test('awsFileKind recognises the two files, honouring the environment', () => {
  expect(awsFileKind('/home/learner/.aws/credentials', '/home/learner')).toBe('credentials');
  expect(awsFileKind('/home/learner/.aws/config', '/home/learner')).toBe('config');
  expect(awsFileKind('/home/learner/notes', '/home/learner')).toBeNull();
  expect(awsFileKind('/tmp/c', '/home/learner', { AWS_CONFIG_FILE: '/tmp/c' })).toBe('config');
});
