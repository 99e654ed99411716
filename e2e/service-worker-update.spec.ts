// A new build reaches learners on their next visit, and a lesson open meanwhile keeps running its own build.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_TYPES } from '../bench/static-server';
import { LESSON, run, terminalParts, visitUntilPrecached } from './terminal-helpers';

const OUT = path.resolve('out');
const LESSON_FILE = `${LESSON}index.html`;
const NEW_BUILD_MARK = '<meta name="skillshell-test-build" content="new">';

/**
 * out/ over plain HTTP on a port of its own (the browser fetches a service worker's script itself, beyond
 * Playwright's routing), with some files replaced once `deploy` is called: the next build, as a host serves it.
 */
async function deployableSite(): Promise<{
  origin: string;
  deploy(files: Map<string, string>): void;
  server: Server;
}> {
  let deployed = new Map<string, string>();
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      const body = deployed.get(file) ?? (await readFile(path.join(OUT, path.normalize(file))));
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
    })().catch(() => response.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, deploy: (files) => (deployed = files), server };
}

/** The build the page runs: the new one carries the mark. */
const buildOf = (page: Page) =>
  page.evaluate(() => (document.querySelector('meta[name="skillshell-test-build"]') ? 'new' : 'old'));

test('a new build installs on the next visit, waits while a lesson is open, and serves the visit after', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const site = await deployableSite();
  try {
    const first = await context.newPage();
    await visitUntilPrecached(first, `${site.origin}/`);

    // The next build changes the lesson's page, so its worker (which lists every file's revision) changes too.
    const worker = await readFile(path.join(OUT, 'sw.js'), 'utf8');
    const entry = new RegExp(`url:"${LESSON_FILE.replace(/[/.]/g, '\\$&')}",revision:"([0-9a-f]+)"`);
    expect(worker).toMatch(entry);
    const page = await readFile(path.join(OUT, LESSON_FILE), 'utf8');
    site.deploy(
      new Map([
        [
          '/sw.js',
          worker.replace(entry, (match, hash: string) => match.replace(hash, 'f'.repeat(hash.length))),
        ],
        [LESSON_FILE, page.replace('<head>', `<head>${NEW_BUILD_MARK}`)],
      ]),
    );

    // The next visit finds the new worker; it installs while the old build keeps serving the open lesson.
    await first.goto(`${site.origin}${LESSON}`);
    expect(await buildOf(first)).toBe('old');
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      const deadline = Date.now() + 60_000;
      while (!registration?.waiting && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      if (!registration?.waiting) throw new Error('the new service worker did not install');
    });
    await first.reload();
    expect(await buildOf(first)).toBe('old');
    const t = await terminalParts(first);
    await run(t, 'aws configure list');
    await expect(t.log).toContainText('Location');

    // Once no tab runs the old build, the next visit gets the new one, and it works.
    await first.close();
    const next = await context.newPage();
    await expect
      .poll(
        async () => {
          await next.goto(`${site.origin}${LESSON}`);
          return buildOf(next);
        },
        { timeout: 60_000 },
      )
      .toBe('new');
    const t2 = await terminalParts(next);
    await run(t2, 'aws configure list');
    await expect(t2.log).toContainText('Location');
  } finally {
    site.server.close();
  }
});
