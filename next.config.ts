// Next.js: a fully static export (plain files in out/), lessons compiled by mdx-bundler on the server at build time.
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // mdx-bundler drives esbuild's native binary: load both from node_modules instead of bundling them.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  turbopack: {
    // just-bash's tar loads native zstd/xz compressors on demand (inside try/catch); the bundler must still
    // resolve the names, so point them at a module that fails to load, as an absent package would.
    resolveAlias: {
      '@mongodb-js/zstd': './app/_stubs/unavailable-optional-module.ts',
      'node-liblzma': './app/_stubs/unavailable-optional-module.ts',
      // In the browser the engine needs only a sliver of these Node modules: slim stand-ins instead of the
      // full polyfills (~60 kB gzip less in the engine chunk); `npm run measure` weighs the built chunks.
      'node:stream': { browser: './lib/shell/browser-shims/stream.ts' },
      'node:url': { browser: './lib/shell/browser-shims/url.ts' },
      'node:zlib': { browser: './lib/shell/browser-shims/zlib.ts' },
      // CommonJS `require("node:stream")`/`("zlib")` inside packages (memfs's fs-node-builtins, a command's
      // chunk) resolves to Next's compiled polyfills directly: alias those too. They pull in Next's `util`,
      // whose generator probe runs `Function(...)`, which the CSP refuses on every lesson load.
      'next/dist/compiled/stream-browserify': { browser: './lib/shell/browser-shims/stream.ts' },
      'next/dist/compiled/browserify-zlib': { browser: './lib/shell/browser-shims/zlib.ts' },
      'next/dist/compiled/native-url': { browser: './lib/shell/browser-shims/url.ts' },
      turndown: { browser: './lib/shell/browser-shims/turndown.ts' },
      // just-bash's ESM build loads each command on first use (its browser bundle holds all of them in one
      // 1.2 MB file): in the page, use it, with just-bash's own browser stand-ins for the Node built-ins.
      'just-bash': { browser: './node_modules/just-bash/dist/bundle/index.js' },
      'node:module': { browser: './app/_stubs/just-bash-node-builtins.ts' },
      'node:async_hooks': { browser: './app/_stubs/just-bash-node-builtins.ts' },
      'node:dns': { browser: './app/_stubs/just-bash-node-builtins.ts' },
      'node:crypto': { browser: './app/_stubs/just-bash-node-builtins.ts' },
      'node:fs': { browser: './app/_stubs/just-bash-node-fs.ts' },
      'node:fs/promises': { browser: './app/_stubs/just-bash-node-fs.ts' },
      'node:worker_threads': { browser: './app/_stubs/just-bash-node-builtins.ts' },
      // Its feature probes `require('crypto')`/`require('worker_threads')`: not crypto-browserify (~100 kB gzip).
      crypto: { browser: './app/_stubs/just-bash-node-builtins.ts' },
      'next/dist/compiled/crypto-browserify': { browser: './app/_stubs/just-bash-node-builtins.ts' },
      worker_threads: { browser: './app/_stubs/just-bash-node-builtins.ts' },
    },
  },
  productionBrowserSourceMaps: process.env.SKILLSHELL_SOURCE_MAPS === '1',
  poweredByHeader: false,
  // `npm run typecheck` (both tsconfigs) runs before the build in `npm test`; checking again here only costs CI time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default nextConfig;
