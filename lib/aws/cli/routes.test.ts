// The command tree is the one declaration that routing, help, the "simulates" message and completion use.
import { describe, expect, test } from 'vitest';
import { aws } from '../testing/run';
import { commandTree, supportedCommandsText } from './routes';
import { commandNames } from './tree-names';

describe('one command tree', () => {
  test('every simulated subcommand is one of the real CLI choices, named once', async () => {
    for (const service of await commandTree()) {
      const names = service.commands.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(service.choices).toContain(name);
    }
  });

  test('a real but unsimulated operation says what the service simulates', async () => {
    const result = await aws(['iam', 'create-login-profile', '--user-name', 'x']);
    expect(result.exitCode).toBe(255);
    expect(result.stderr).toContain('does not implement "aws iam create-login-profile"');
    expect(result.stderr).toContain('create-user');
    expect(result.stderr).toContain('simulate-principal-policy');
  });

  test('`aws help` and an unsimulated service list the tree', async () => {
    const text = await supportedCommandsText();
    expect(text).toContain('sts (get-caller-identity, assume-role)');
    expect((await aws(['ec2', 'describe-instances'])).stderr).toContain(text);
    expect((await aws(['help'])).stdout).toContain(text);
  });

  test('completion names come from the same commands and their argument tables', async () => {
    const names = await commandNames();
    expect(names.subcommands.iam).toContain('create-access-key');
    expect(names.options['iam list-users']).toEqual([
      '--cli-input-json',
      '--max-items',
      '--page-size',
      '--path-prefix',
      '--starting-token',
    ]);
    expect(names.options['sts assume-role']).toContain('--duration-seconds');
    // awscli/customizations/cliinput.py: no --cli-input-json for an operation with an `outfile`.
    expect(names.options['s3api put-object']).toContain('--cli-input-json');
    expect(names.options['s3api get-object']).not.toContain('--cli-input-json');
  });
});
