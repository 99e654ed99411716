// Import boundaries, kept apart so a test can lint snippets with exactly these rules (eslint-boundaries.test.ts).
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

/**
 * What each lib/ folder may NOT import (the rest of lib/ is allowed): aws < shell < grader < terminal,
 * aws < diagnostics; progress and content stand alone. Written as import-path patterns at every depth.
 */
const LIB_FOLDERS = ['aws', 'shell', 'grader', 'terminal', 'diagnostics', 'progress', 'content'];
const MAY_NOT_IMPORT = {
  aws: ['shell', 'grader', 'terminal', 'diagnostics', 'progress', 'content'],
  shell: ['grader', 'terminal', 'diagnostics', 'progress', 'content'],
  grader: ['terminal', 'diagnostics', 'progress', 'content'],
  diagnostics: ['shell', 'grader', 'terminal', 'progress', 'content'],
  terminal: ['progress', 'content'],
  progress: ['aws', 'shell', 'grader', 'terminal', 'diagnostics', 'content'],
  content: ['aws', 'shell', 'grader', 'terminal', 'diagnostics', 'progress'],
};
const folderBan = (from, to) => ({
  group: [
    `@/lib/${to}`,
    `@/lib/${to}/*`,
    ...[1, 2, 3, 4].flatMap((depth) => {
      const up = '../'.repeat(depth);
      return [`${up}${to}`, `${up}${to}/*`, `${up}lib/${to}`, `${up}lib/${to}/*`];
    }),
  ],
  message: `lib/${from} must not import lib/${to} (see the folder table in README.md).`,
});

/** One complete `no-restricted-imports` setting per folder (in a flat config the last match wins). */
export const importBoundaries = [
  {
    files: ['app/**/*.ts', 'app/**/*.tsx', 'exercises/**/*.ts', 'content/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [justBashBan] }] },
  },
  ...LIB_FOLDERS.map((folder) => ({
    files: [`lib/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...(folder === 'shell' ? {} : { paths: [justBashBan] }),
          patterns: [...engineBans, ...MAY_NOT_IMPORT[folder].map((to) => folderBan(folder, to))],
        },
      ],
    },
  })),
];
