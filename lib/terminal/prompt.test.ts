import { expect, test } from 'vitest';
import { displayPath, promptFor } from './prompt';

test('the home directory and paths below it are shown with ~', () => {
  expect(promptFor('/home/learner', '/home/learner')).toBe('learner@skillshell:~$ ');
  expect(promptFor('/home/learner/.aws', '/home/learner')).toBe('learner@skillshell:~/.aws$ ');
});

test('paths outside home are shown in full, and a look-alike prefix is not abbreviated', () => {
  expect(displayPath('/tmp', '/home/learner')).toBe('/tmp');
  expect(displayPath('/home/learner2', '/home/learner')).toBe('/home/learner2');
  expect(displayPath('/', '/home/learner')).toBe('/');
});
