// Reading aws argv from records: options anywhere, `--opt=value`, flags; the program name.
import { expect, test } from 'vitest';
import { awsOption, awsParameter, awsWords, isAws, programOf } from './records';
import { record } from './testing/snapshot';

test('awsWords keeps positionals apart from global options with values', () => {
  expect(awsWords(['--profile', 'p', 'sts', '--output=text', 'get-caller-identity', '--debug'])).toEqual({
    positionals: ['sts', 'get-caller-identity'],
    options: new Map<string, string | true>([
      ['--profile', 'p'],
      ['--output', 'text'],
      ['--debug', true],
    ]),
  });
});

test('isAws and awsOption read a record; programOf drops the directory', () => {
  const r = record({ argv: ['/usr/bin/aws', '--region', 'eu-west-1', 'configure', 'list', '--profile=x'] });
  expect(programOf(r)).toBe('aws');
  expect(isAws(r, 'configure', 'list')).toBe(true);
  expect(isAws(r, 'configure', 'get')).toBe(false);
  expect(awsOption(r, '--profile')).toBe('x');
  expect(awsOption(r, '--query')).toBeUndefined();
  expect(isAws(record({ argv: ['echo', 'aws', 'configure', 'list'] }), 'configure')).toBe(false);
});

test('awsParameter reads an operation option, either form, the last one winning', () => {
  const r = record({
    argv: [
      'aws',
      'iam',
      'update-access-key',
      '--user-name',
      'bob',
      '--status=Active',
      '--status',
      'Inactive',
    ],
  });
  expect(awsParameter(r, '--user-name')).toBe('bob');
  expect(awsParameter(r, '--status')).toBe('Inactive');
  expect(awsParameter(r, '--access-key-id')).toBeUndefined();
  expect(
    awsParameter(record({ argv: ['aws', 'iam', 'get-user', '--user-name'] }), '--user-name'),
  ).toBeUndefined();
});
