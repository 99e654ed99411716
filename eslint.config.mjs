// Lint: TypeScript rules everywhere, and the engine boundary — lib/ never imports React, Next, Monaco or the DOM.
import tseslint from 'typescript-eslint';

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
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'monaco-editor', '@monaco-editor/*'],
              message: 'lib/ is the engine: no React, Next or Monaco.',
            },
            { group: ['@/app/*', '../app/*', '../../app/*'], message: 'lib/ must not import from app/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts', 'app/**/*.ts', 'app/**/*.tsx', 'exercises/**/*.ts', 'content/**/*.ts'],
    ignores: ['lib/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'just-bash', message: 'Only lib/shell may import just-bash; use the session wrapper.' },
          ],
        },
      ],
    },
  },
);
