import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheEntries, SERVICE_WORKER_FILE } from './service-worker';

describe('precacheEntries', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function outDir(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'precache-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    return dir;
  }

  it('keys hashed files by their URL (the static route finds them) and pages by a content hash', () => {
    const entries = precacheEntries(
      outDir({
        'index.html': '<p>home</p>',
        'lessons/a/index.html': '<p>a</p>',
        '_next/static/chunks/abc123.js': 'x',
        '_next/static/chunks/abc123.js.map': '{}',
        [SERVICE_WORKER_FILE]: 'self',
      }),
    );
    expect(entries.map((e) => e.url)).toEqual([
      '/_next/static/chunks/abc123.js',
      '/index.html',
      '/lessons/a/index.html',
    ]);
    expect(entries[0]?.revision).toBeNull();
    expect(entries[1]?.revision).toMatch(/^[0-9a-f]{16}$/);
    expect(entries[2]?.revision).not.toBe(entries[1]?.revision);
  });

  it('gives a page a new revision when its content changes', () => {
    const before = precacheEntries(outDir({ 'index.html': 'one' }))[0]?.revision;
    rmSync(dir, { recursive: true, force: true });
    const after = precacheEntries(outDir({ 'index.html': 'two' }))[0]?.revision;
    expect(after).not.toBe(before);
  });
});
