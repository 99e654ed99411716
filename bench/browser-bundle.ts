// Bundles the sandbox engine for the browser (as the site ships it) and measures its gzip size.
import { build, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

// npm scripts run at the repository root.
const root = process.cwd();
const compiled = (path: string) => join(root, 'node_modules/next/dist/compiled', path);

const POLYFILLS: Record<string, string> = {
  buffer: compiled('buffer/index.js'),
  events: compiled('events/events.js'),
  path: compiled('path-browserify/index.js'),
  stream: resolve(root, 'lib/shell/browser-shims/stream.ts'),
  // Slim stand-ins the site aliases too (lib/shell/browser-shims): full polyfills cost ~45 kB gzip.
  url: resolve(root, 'lib/shell/browser-shims/url.ts'),
  util: compiled('util/util.js'),
  string_decoder: compiled('string_decoder/string_decoder.js'),
  process: compiled('process/browser.js'),
  zlib: resolve(root, 'lib/shell/browser-shims/zlib.ts'),
  assert: compiled('assert/assert.js'),
  turndown: resolve(root, 'lib/shell/browser-shims/turndown.ts'),
};

/** The same browser stand-ins for Node built-ins that Next.js supplies to the page. */
const browserBuiltins: Plugin = {
  name: 'browser-builtins',
  setup(builder) {
    builder.onResolve(
      {
        filter: /^(node:)?(buffer|events|path|stream|url|util|string_decoder|process|zlib|assert|turndown)$/,
      },
      (args) => {
        const path = POLYFILLS[args.path.replace(/^node:/, '')];
        return path ? { path } : undefined;
      },
    );
  },
};

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
  /** Minified bytes per npm package (or repository folder). */
  byPackage: Record<string, number>;
}

/** Minified, browser-platform ESM bundle of `lib/shell/index.ts`, and its gzip size. */
export async function engineBundleSize(): Promise<BundleSize> {
  const result = await build({
    entryPoints: [resolve(root, 'lib/shell/index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [browserBuiltins],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  const code = result.outputFiles.map((f) => f.contents).reduce((a, b) => a + b.length, 0);
  const gzip = result.outputFiles.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0);
  const byPackage: Record<string, number> = {};
  for (const [file, info] of Object.entries(result.metafile?.outputs ?? {}).flatMap(([, o]) =>
    Object.entries(o.inputs),
  )) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/dist\/compiled\/([^/]+))?/.exec(file);
    const key = match
      ? match[2]
        ? `next polyfill ${match[2]}`
        : (match[1] ?? file)
      : file.split('/').slice(0, 2).join('/');
    byPackage[key] = (byPackage[key] ?? 0) + info.bytesInOutput;
  }
  return { minifiedBytes: code, gzipBytes: gzip, byPackage };
}
