import { expect, test } from 'vitest';
import { languageFor, typingOptionsFor } from './language-for';

test('the AWS shared files and INI-like files are highlighted as INI', () => {
  expect(languageFor('/home/learner/.aws/config')).toBe('ini');
  expect(languageFor('/home/learner/.aws/credentials')).toBe('ini');
  expect(languageFor('/home/learner/app.ini')).toBe('ini');
});

test('scripts and shell start-up files are highlighted as shell', () => {
  expect(languageFor('/home/learner/deploy.sh')).toBe('shell');
  expect(languageFor('/home/learner/.bashrc')).toBe('shell');
  expect(languageFor('/home/learner/.env')).toBe('shell');
});

test('anything else is plain text', () => {
  expect(languageFor('/home/learner/notes.txt')).toBe('plaintext');
  expect(languageFor('/home/learner/credentials')).toBe('plaintext');
});

test('INI files get no bracket or quote auto-closing, no auto-surround and no soft wrap', () => {
  expect(typingOptionsFor(languageFor('/home/learner/.aws/credentials'))).toEqual({
    autoClosingBrackets: 'never',
    autoClosingQuotes: 'never',
    autoSurround: 'never',
    autoClosingOvertype: 'never',
    wordWrap: 'off',
  });
  expect(typingOptionsFor('shell')).toMatchObject({
    autoClosingBrackets: 'languageDefined',
    wordWrap: 'off',
  });
  expect(typingOptionsFor('plaintext').wordWrap).toBe('on');
});
