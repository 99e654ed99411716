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
    },
  },
  poweredByHeader: false,
  // `npm run typecheck` (both tsconfigs) runs before the build in `npm test`; checking again here only costs CI time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default nextConfig;
