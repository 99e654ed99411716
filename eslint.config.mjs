// Lint: TypeScript rules everywhere, and the boundaries: lib/ (the engine) never imports React, Next,
// Monaco or app/; only lib/shell imports just-bash. In a flat config the last matching rule wins, so each
// folder gets one complete `no-restricted-imports` setting.
import tseslint from 'typescript-eslint';

const engineBans = [
  {
    group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'monaco-editor', '@monaco-editor/*'],
    message: 'lib/ is the engine: no React, Next or Monaco.',
  },
  { group: ['@/app/*', '../app/*', '../../app/*'], message: 'lib/ must not import from app/.' },
];
const justBashBan = {
  name: 'just-bash',
  message: 'Only lib/shell may import just-bash; use the session wrapper.',
};

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
    files: ['app/**/*.ts', 'app/**/*.tsx', 'exercises/**/*.ts', 'content/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [justBashBan] }] },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [justBashBan], patterns: engineBans }] },
  },
  {
    files: ['lib/shell/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: engineBans }] },
  },
);
