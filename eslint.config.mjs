// Lint: TypeScript rules everywhere (some type-aware), React's hook rules in app/, and the boundaries:
// lib/ (the engine) never imports React, Next, Monaco or app/; only lib/shell imports just-bash; and the
// lib/ folders import each other in one direction only (the README's folder table says which).
// In a flat config the last matching rule wins, so each folder gets one complete `no-restricted-imports`.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importBoundaries } from './eslint.boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules: promises that are never awaited or handled lose errors silently. (Not
    // no-unnecessary-type-assertion: lib/ and app/ are checked with different tsconfigs, and the rule
    // removes assertions that lib/tsconfig.json's noUncheckedIndexedAccess needs.)
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['app/**/*.tsx', 'app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    // The rules of hooks and exhaustive dependencies; the React Compiler rules of the recommended set
    // are not enabled (this project does not use the compiler).
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...importBoundaries,
);
