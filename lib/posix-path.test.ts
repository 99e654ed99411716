import { describe, expect, test } from 'vitest';
import { normalizePath, pathParts, resolvePath } from './posix-path';

// Expected values agree with Node's path.posix.normalize (minus its trailing slash) and, except for a leading
// `//` (Python keeps exactly two), with Python's os.path.normpath, which the AWS CLI uses.
describe('posix paths', () => {
  test.each([
    ['/', '/'],
    ['//a//b/', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/..', '/'],
    ['/a/../../b', '/b'],
    ['/home/learner/.aws/', '/home/learner/.aws'],
  ])('normalizePath(%j) is %j', (path, expected) => {
    expect(normalizePath(path)).toBe(expected);
  });

  test('pathParts gives the names, resolvePath takes a relative path from the base', () => {
    expect(pathParts('/a/./b//c/..')).toEqual(['a', 'b']);
    expect(resolvePath('/home/learner', 'notes/../x.txt')).toBe('/home/learner/x.txt');
    expect(resolvePath('/home/learner', '/tmp/./y')).toBe('/tmp/y');
  });
});
