// Argument handling of the simulated aws: version, usage errors, suggestions, help.
import { describe, expect, test } from 'vitest';
import { aws } from '../testing/run';
import { getCloseMatches } from './close-matches';

describe('aws argument handling', () => {
  test('--version prints the pinned version line', async () => {
    const result = await aws(['--version']);
    expect(result).toMatchObject({
      stdout: expect.stringMatching(/^aws-cli\/2\.9\.19 Python\/3\.11\.2 /),
      exitCode: 0,
    });
  });

  test('no command is a usage error with a leading blank line and exit 252', async () => {
    const result = await aws([]);
    expect(result.exitCode).toBe(252);
    expect(result.stderr.startsWith('\nusage: aws [options] <command> <subcommand>')).toBe(true);
    expect(result.stderr.endsWith('aws: error: the following arguments are required: command\n\n')).toBe(
      true,
    );
  });

  test('a misspelt command lists the choices and suggests the close one', async () => {
    const result = await aws(['confgure', 'list']);
    expect(result.exitCode).toBe(252);
    expect(result.stderr).toContain('aws: error: argument command: Invalid choice, valid choices are:\n\n');
    expect(result.stderr).toContain("Invalid choice: 'confgure', maybe you meant:\n\n  * configure\n");
  });

  test('an unknown configure option is reported as Unknown options', async () => {
    expect(await aws(['configure', 'list', '--foo', 'x'])).toMatchObject({
      stderr: '\nUnknown options: --foo,x\n',
      exitCode: 252,
    });
  });

  test('unknown options of a service operation show the usage and a comma-space list', async () => {
    const result = await aws(['sts', 'get-caller-identity', '--foo', '--bar']);
    expect(result.stderr).toMatch(/aws <command> <subcommand> help\n\nUnknown options: --foo, --bar\n\n$/);
  });

  test('an option abbreviation is accepted when it is unique', async () => {
    const result = await aws(['configure', 'get', 'region', '--prof', 'dev'], {
      files: { '.aws/config': { content: '[profile dev]\nregion = eu-west-3\n' } },
    });
    expect(result).toMatchObject({ stdout: 'eu-west-3\n', exitCode: 0 });
  });

  test('a bad --output value is a usage error listing the formats', async () => {
    const result = await aws(['sts', 'get-caller-identity', '--output', 'xml']);
    expect(result.exitCode).toBe(252);
    expect(result.stderr).toContain('argument --output: Invalid choice, valid choices are:');
    expect(result.stderr).toContain('yaml-stream');
  });

  test('--profile without a value fails in the first pass with its own usage line', async () => {
    expect((await aws(['configure', '--profile'])).stderr).toBe(
      '\nusage: aws [-h] [--profile PROFILE] [--debug]\n\naws: error: argument --profile: expected one argument\n\n',
    );
  });

  test('a malformed config file stops even --version, as the real CLI does', async () => {
    const result = await aws(['--version'], { files: { '.aws/config': { content: 'junk\n' } } });
    expect(result).toMatchObject({
      stderr: '\nUnable to parse config file: /home/learner/.aws/config\n',
      exitCode: 255,
    });
  });

  test('commands the sandbox does not simulate say so clearly', async () => {
    const result = await aws(['ec2', 'describe-instances']);
    expect(result.exitCode).toBe(255);
    expect(result.stderr).toContain('does not implement "aws ec2"');
  });
});

describe('getCloseMatches (difflib)', () => {
  test('finds near spellings above the 0.8 ratio and nothing for unrelated words', () => {
    expect(getCloseMatches('lss', ['ls', 'website', 'cp'])).toEqual(['ls']);
    expect(getCloseMatches('xyzzy', ['ls', 'website', 'cp'])).toEqual([]);
    expect(getCloseMatches('get-caller-identiy', ['get-caller-identity', 'get-session-token'])).toEqual([
      'get-caller-identity',
    ]);
  });
});

describe('help in the sandbox', () => {
  test.each([
    [['help']],
    [['configure', 'help']],
    [['configure', 'list', 'help']],
    [['sts', 'help']],
    [['s3', 'ls', 'help']],
  ])('aws %j prints a short synopsis and exits 0', async (argv) => {
    const result = await aws(argv);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toMatch(/^SYNOPSIS\n {7}aws /);
    expect(result.stdout).toContain('not available in this sandbox');
  });
});

describe('--query beyond the subset', () => {
  test('commands that ignore --query still run; the full JMESPath language is available', async () => {
    expect((await aws(['configure', 'list', '--query', 'Foo[?x]'])).exitCode).toBe(0);
    const sts = await aws(['sts', 'get-caller-identity', '--query', 'length(Arn)'], {
      env: {
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
    });
    // arn:aws:iam::123456789012:user/sample_user is 42 characters.
    expect(sts).toMatchObject({ exitCode: 0, stdout: '42\n', stderr: '' });
    const projection = await aws(
      ['sts', 'get-caller-identity', '--query', '[Account, Arn][].length(@)', '--output', 'text'],
      {
        env: {
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      },
    );
    expect(projection).toMatchObject({ exitCode: 0, stdout: '12\t42\n' });
  });
});

describe('-h anywhere', () => {
  test('prints the first-pass parser help and exits 0, even after a command', async () => {
    const result = await aws(['configure', 'list', '-h']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toBe(
      'usage: aws [-h] [--profile PROFILE] [--debug]\n\noptions:\n  -h, --help         show this help message and exit\n  --profile PROFILE\n  --debug\n',
    );
  });
});
