// Benchmark: `aws s3 sync` of 500 small files inside a sandbox (upload into an empty bucket, then a second
// sync that finds nothing to do, then a download into an empty directory). Target: upload < 200 ms.
import { createSandbox } from '../lib/shell/index';
import type { AwsBenchResult } from './aws-iam';

const CREDENTIALS =
  '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';
const FILES = 500;
const SAMPLES = 7;

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    medianMs: sorted[sorted.length >> 1] ?? 0,
    p95Ms: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? 0,
  };
};

async function sandboxWithFiles() {
  const files: Record<string, string | { content: string; mode: number }> = {
    '~/.aws/credentials': { content: CREDENTIALS, mode: 0o600 },
  };
  for (let i = 0; i < FILES; i++) files[`~/site/dir${i % 10}/file-${i}.txt`] = `file number ${i}\n`;
  const sandbox = await createSandbox({ files });
  await sandbox.run('aws s3 mb s3://bench-bucket');
  return sandbox;
}

async function timed(run: () => Promise<{ exitCode: number }>): Promise<number> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  if (result.exitCode !== 0) throw new Error('the benchmarked command failed');
  return ms;
}

export async function benchS3(): Promise<AwsBenchResult[]> {
  const upload: number[] = [];
  const unchanged: number[] = [];
  const download: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const sandbox = await sandboxWithFiles();
    upload.push(await timed(() => sandbox.run('aws s3 sync site s3://bench-bucket --no-progress')));
    unchanged.push(await timed(() => sandbox.run('aws s3 sync site s3://bench-bucket')));
    download.push(await timed(() => sandbox.run('aws s3 sync s3://bench-bucket copy --no-progress')));
  }
  return [
    { name: `s3 sync ${FILES} files up (empty bucket)`, ...stats(upload), targetMs: 200 },
    { name: `s3 sync ${FILES} files up again (no changes)`, ...stats(unchanged), targetMs: 200 },
    { name: `s3 sync ${FILES} objects down`, ...stats(download), targetMs: 200 },
  ];
}

/** Prints the S3 section of `npm run bench`. */
export async function printS3Bench(verdict: (ok: boolean) => string): Promise<void> {
  console.log(`\nSimulated S3 (sandbox, ${FILES} small files in 10 directories):`);
  for (const r of await benchS3()) {
    console.log(
      `${r.name.padEnd(48)}median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms   (target median < ${r.targetMs} ms: ${verdict(r.medianMs < (r.targetMs ?? Infinity))})`,
    );
  }
}
