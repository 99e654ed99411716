// The import boundaries between lib/ folders (and the engine bans) reject what the README's folder table forbids.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { importBoundaries } from '../eslint.boundaries.mjs';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...importBoundaries],
});

async function problems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).map((m) => m.message);
}

const forbidden: [string, string][] = [
  ['lib/aws/cli/main.ts', "import { createSandbox } from '../../shell/index';"],
  ['lib/aws/types.ts', "import type { Check } from '@/lib/grader/types';"],
  ['lib/shell/sandbox.ts', "import { gradeSnapshot } from '../grader/grade';"],
  ['lib/shell/commands/x.ts', "import { LineEditor } from '../../terminal/line-editor';"],
  ['lib/grader/grade.ts', "import { completion } from '../terminal/completion';"],
  ['lib/diagnostics/x.ts', "import type { Sandbox } from '../shell/types';"],
  ['lib/progress/x.ts', "import { defaultAccount } from '../aws/default-account';"],
  ['lib/content/x.ts', "import { ansi } from '../terminal/ansi';"],
  ['lib/terminal/x.ts', "import { parseProgress } from '../progress/progress';"],
  ['lib/grader/x.ts', "import React from 'react';"],
  ['lib/aws/x.ts', "import { Bash } from 'just-bash';"],
  ['app/_components/x.ts', "import { Bash } from 'just-bash';"],
];

const allowed: [string, string][] = [
  ['lib/shell/commands/aws.ts', "import { runAws } from '../../aws/index';"],
  ['lib/grader/state.ts', "import type { Sandbox } from '../shell/types';"],
  ['lib/grader/checks/x.ts', "import { resolveConfiguration } from '../../aws/resolve-configuration';"],
  ['lib/diagnostics/x.ts', "import { AWS_REGIONS } from '../aws/config/known-names';"],
  ['lib/terminal/x.ts', "import type { Sandbox } from '../shell/types';"],
  ['lib/shell/session.ts', "import { Bash } from 'just-bash';"],
  ['lib/aws/cli/main.ts', "import { parseArgs } from './arg-parser';"],
];

describe('import boundaries', () => {
  test.each(forbidden)('%s may not: %s', async (file, source) => {
    expect(await problems(file, source)).not.toEqual([]);
  });
  test.each(allowed)('%s may: %s', async (file, source) => {
    expect(await problems(file, source)).toEqual([]);
  });
});
