import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { completionModule } from './aws-completion';

test('the terminal completion table is the command tree (re-run scripts/aws-completion.ts when this fails)', async () => {
  const committed = readFileSync(
    join(__dirname, '..', 'lib', 'terminal', 'aws-commands.generated.ts'),
    'utf8',
  );
  expect(committed).toBe(await completionModule());
});

test('completion offers only simulated subcommands: no iam operation that would answer "not implemented"', async () => {
  const text = await completionModule();
  expect(text).toContain("'get-caller-identity'");
  expect(text).not.toContain("'assume-role-with-saml'");
});
