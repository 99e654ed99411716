// What the interpreter says in its own words reaches the learner as bash would say it, or as a plain sentence.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import { cleanStderr } from './messages';

describe('a program whose code could not be downloaded', () => {
  test.each([
    'seq: Failed to load chunk /_next/static/chunks/1qkuyrqtuv1kq.js from module 67226',
    'seq: ChunkLoadError: Failed to load chunk static/chunks/a.js from runtime for chunk b.js',
    'seq: Failed to fetch dynamically imported module: http://127.0.0.1/_next/static/chunks/a.js',
    'seq: Importing a module script failed.',
  ])('says so in one line, without the loader text: %s', (line) => {
    expect(cleanStderr(`${line}\n`)).toBe(
      'seq: could not be loaded: the site could not be reached; check the connection and run it again\n',
    );
  });

  test('through the sandbox: the command fails alone, and the shell goes on', async () => {
    const box = await createSandbox();
    box.addHostCommand('late', async () => {
      const error = new Error('Failed to load chunk /_next/static/chunks/late.js from module 7');
      error.name = 'ChunkLoadError';
      throw error;
    });
    const result = await box.run('late; echo "after $?"');
    expect(result.stderr).toBe(
      'late: could not be loaded: the site could not be reached; check the connection and run it again\n',
    );
    expect(result.stdout).toBe('after 1\n');
  });
});
