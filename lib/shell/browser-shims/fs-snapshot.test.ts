// The fs-snapshot stand-in covers every function memfs's Volume takes from the real module (the built site's e2e
// journeys prove the sandbox never calls them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import * as shim from './fs-snapshot';

test('exports each fs-snapshot function that @jsonjoy.com/fs-node/lib/volume.js calls', () => {
  const require = createRequire(import.meta.url);
  const volume = readFileSync(require.resolve('@jsonjoy.com/fs-node/lib/volume.js'), 'utf8');
  const used = [...new Set([...volume.matchAll(/fsSnapshot\.(\w+)/g)].map((m) => m[1]))].sort();
  expect(used.length).toBeGreaterThan(0);
  expect(Object.keys(shim).sort()).toEqual(used);
  for (const name of used)
    expect(() => (shim as Record<string, () => unknown>)[name!]!()).toThrow(/not part/);
});
