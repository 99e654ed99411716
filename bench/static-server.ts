// A static file server for out/ that answers like a CDN: HTTP/2 over TLS (every static host and CDN serves a site
// that way: one connection, every request at once), pre-compressed (brotli, gzip), long-lived cache for hashed
// chunks. BENCH_HTTP1=1 serves plain HTTP/1.1 instead (six connections per origin in Chromium), to compare.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Content types by file extension, for the files of out/. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg', '.map']);

interface Encoded {
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

/** Sizes of one file as a static host would store it: raw, gzip -9 and brotli -11. */
export function compressedSizes(body: Buffer): { raw: number; gzip: number; br: number } {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Whether the benches serve HTTP/2 over TLS (the default) or plain HTTP/1.1 (`BENCH_HTTP1=1`). */
export const HTTP2 = process.env.BENCH_HTTP1 !== '1';

/** The origin `serveStatic` answers on. */
export const origin = (port: number) => `${HTTP2 ? 'https' : 'http'}://127.0.0.1:${port}`;

/** Chromium flags the benches need for the server: its throwaway certificate is self-signed. */
export const SERVER_FLAGS = HTTP2 ? ['--ignore-certificate-errors'] : [];

/** A throwaway self-signed certificate for 127.0.0.1 (openssl), made per run: nothing secret is kept. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The running server; `close()` stops it. */
export interface StaticServer {
  close(): void;
}

/** Serves `root` on 127.0.0.1:`port`. Directory URLs map to index.html, unknown paths to 404.html. */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const cache = new Map<string, Encoded>();
  async function load(file: string): Promise<Encoded | null> {
    const hit = cache.get(file);
    if (hit) return hit;
    try {
      if (!(await stat(file)).isFile()) return null;
    } catch {
      return null;
    }
    const raw = await readFile(file);
    const encoded: Encoded = { raw };
    if (COMPRESSIBLE.has(path.extname(file))) {
      encoded.gzip = gzipSync(raw, { level: 9 });
      encoded.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    }
    cache.set(file, encoded);
    return encoded;
  }
  const handle = (
    request: IncomingMessage | Http2ServerRequest,
    response: ServerResponse | Http2ServerResponse,
  ) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = path.join(root, path.normalize(pathname));
      let status = 200;
      let found = file.startsWith(root) ? await load(file) : null;
      if (!found && !path.extname(pathname)) found = await load(path.join(file, 'index.html'));
      if (!found) {
        status = 404;
        found = await load(path.join(root, '404.html'));
      }
      if (!found) {
        response.writeHead(404).end('not found');
        return;
      }
      const accept = String(request.headers['accept-encoding'] ?? '');
      const served = status === 404 ? path.join(root, '404.html') : file;
      const headers: Record<string, string> = {
        'Content-Type': CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream',
        'Cache-Control': pathname.startsWith('/_next/static/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
        Vary: 'Accept-Encoding',
      };
      let body = found.raw;
      if (found.br && /\bbr\b/.test(accept)) {
        body = found.br;
        headers['Content-Encoding'] = 'br';
      } else if (found.gzip && /\bgzip\b/.test(accept)) {
        body = found.gzip;
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      response.writeHead(status, headers);
      if (request.method === 'HEAD') response.end();
      else response.end(body);
    })().catch(() => response.writeHead(500).end());
  };
  const server = HTTP2
    ? createSecureServer({ ...throwawayCertificate(), allowHTTP1: true }, handle)
    : createServer(handle);
  // Compressed before serving, as a CDN stores them: compressing on demand (brotli -11 takes seconds for the
  // largest chunks) would block this process, which also drives the browser, while the service worker precaches.
  for (const name of await readdir(root, { recursive: true })) await load(path.join(root, name));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
