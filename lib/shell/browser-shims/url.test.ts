// The url stand-in agrees with node:url on POSIX file URLs.
import * as nodeUrl from 'node:url';
import { describe, expect, test } from 'vitest';
import { fileURLToPath, pathToFileURL } from './url';

describe('browser url stand-in', () => {
  test.each(['/home/learner/a b.txt', '/tmp/%41', '/', '/é/x#y'])('round-trips %j like node:url', (path) => {
    expect(pathToFileURL(path).href).toBe(nodeUrl.pathToFileURL(path).href);
    expect(fileURLToPath(nodeUrl.pathToFileURL(path).href)).toBe(path);
  });

  test('refuses a URL that is not file:', () => {
    expect(() => fileURLToPath('https://example.com/x')).toThrow(TypeError);
  });
});
