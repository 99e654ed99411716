import { describe, expect, test } from 'vitest';
import { makeState } from '../testing/snapshot';
import { terraformAttribute } from './terraform-attribute';

const files = terraformAttribute({
  id: 'f',
  label: 'f',
  path: '~/infra/main.tf',
  block: { type: 'provider', labels: ['aws'] },
  attribute: 'shared_credentials_files',
  expected: ['~/.aws/credentials'],
  renamedFrom: { name: 'shared_credentials_file', message: 'renamed: use the plural list' },
});
const profile = terraformAttribute({
  id: 'p',
  label: 'p',
  path: '~/infra/main.tf',
  block: { type: 'provider', labels: ['aws'] },
  attribute: 'profile',
  expected: 'example_1',
});
const tf = (body: string) => makeState({ files: { '~/infra/main.tf': `provider "aws" {\n${body}\n}\n` } });

describe('terraformAttribute', () => {
  test('passes for the list and the string, with comments and other attributes around', async () => {
    const state = tf(
      '  region = "eu-west-3" # Paris\n  // the shared files\n  shared_credentials_files = [\n    "~/.aws/credentials",\n  ]\n  /* which one */ profile = "example_1"\n  default_tags {\n    tags = { team = "ops" }\n  }',
    );
    expect(await files.run(state)).toEqual({ pass: true });
    expect(await profile.run(state)).toEqual({ pass: true });
  });

  test('the old singular name gets its own message', async () => {
    expect(await files.run(tf('  shared_credentials_file = "~/.aws/credentials"'))).toEqual({
      pass: false,
      message: 'renamed: use the plural list',
    });
  });

  test('a string where a list is needed, and a wrong value', async () => {
    expect(await files.run(tf('  shared_credentials_files = "~/.aws/credentials"'))).toEqual({
      pass: false,
      message:
        '`shared_credentials_files` must be a list, in square brackets: `shared_credentials_files = ["~/.aws/credentials"]`.',
    });
    expect(await profile.run(tf('  profile = "default"'))).toEqual({
      pass: false,
      message: '`profile` is `"default"`; expected `"example_1"`.',
    });
    expect(await profile.run(tf('  profile = example_1'))).toEqual({
      pass: false,
      message: '`profile` must be a quoted string: `profile = "example_1"`.',
    });
  });

  test('missing attribute, missing block, broken syntax, missing file', async () => {
    expect(await profile.run(tf('  region = "eu-west-3"'))).toEqual({
      pass: false,
      message: 'The `provider "aws"` block has no `profile` yet: `profile = "example_1"`.',
    });
    const other = makeState({ files: { '~/infra/main.tf': 'provider "google" {\n}\n' } });
    expect(await profile.run(other)).toEqual({
      pass: false,
      message: '`~/infra/main.tf` has no `provider "aws"` block.',
    });
    const broken = makeState({ files: { '~/infra/main.tf': 'provider "aws" {\n  profile = "example_1"\n' } });
    expect(await profile.run(broken)).toEqual({
      pass: false,
      message: '`~/infra/main.tf` is not valid Terraform: line 1: the `{` of this block is never closed.',
    });
    expect(await profile.run(makeState())).toEqual({
      pass: false,
      message: '`~/infra/main.tf` does not exist.',
    });
  });
});

describe('what Terraform itself refuses', () => {
  test('an argument given twice makes the file invalid', async () => {
    const state = tf('  profile = "default"\n  profile = "example_1"');
    expect(await profile.run(state)).toEqual({
      pass: false,
      message:
        '`~/infra/main.tf` is not valid Terraform: line 3: the argument `profile` was already set on line 2, and each argument may be set only once.',
    });
  });

  test('the removed singular argument fails even beside the plural one', async () => {
    const state = tf(
      '  shared_credentials_file = "~/.aws/credentials"\n  shared_credentials_files = ["~/.aws/credentials"]',
    );
    expect(await files.run(state)).toEqual({ pass: false, message: 'renamed: use the plural list' });
  });

  test('a second default provider block is refused; an aliased one is another configuration', async () => {
    const two = makeState({
      files: {
        '~/infra/main.tf':
          'provider "aws" {\n  profile = "example_1"\n}\n\nprovider "aws" {\n  region = "us-east-1"\n}\n',
      },
    });
    expect((await profile.run(two)) as { message: string }).toMatchObject({
      pass: false,
      message: expect.stringContaining('two default `provider "aws"` blocks (lines 1 and 5)'),
    });
    const aliased = makeState({
      files: {
        '~/infra/main.tf':
          'provider "aws" {\n  alias = "us"\n  profile = "default"\n}\nprovider "aws" {\n  profile = "example_1"\n}\n',
      },
    });
    expect(await profile.run(aliased)).toEqual({ pass: true });
  });

  test('with paths, the absolute path of the same file is the same value', async () => {
    const byPath = terraformAttribute({
      id: 'f',
      label: 'f',
      path: '~/infra/main.tf',
      block: { type: 'provider', labels: ['aws'] },
      attribute: 'shared_credentials_files',
      expected: ['~/.aws/credentials'],
      paths: true,
    });
    expect(await byPath.run(tf('  shared_credentials_files = ["/home/learner/.aws/credentials"]'))).toEqual({
      pass: true,
    });
    expect(await byPath.run(tf('  shared_credentials_files = ["/home/learner/.aws/config"]'))).toMatchObject({
      pass: false,
    });
    expect(
      await files.run(tf('  shared_credentials_files = ["/home/learner/.aws/credentials"]')),
    ).toMatchObject({
      pass: false,
    });
  });
});
