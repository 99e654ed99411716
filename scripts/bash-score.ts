// Per-category score of the sandbox against the recorded real-bash fixtures: `npx tsx scripts/bash-score.ts [-v]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bashCategories } from './bash-scenarios/index';
import { replayFixture, replayMatches, type BashFixture } from '../lib/shell/bash-fixture-replay';

const dir = join(__dirname, '..', 'lib', 'shell', 'fixtures', 'bash');
const verbose = process.argv.includes('-v');

async function main(): Promise<void> {
  let passed = 0;
  let total = 0;
  for (const [category, scenarios] of Object.entries(bashCategories)) {
    const misses: string[] = [];
    for (const scenario of scenarios) {
      const fixture = JSON.parse(readFileSync(join(dir, `${scenario.name}.json`), 'utf8')) as BashFixture;
      if (!replayMatches(await replayFixture(fixture))) misses.push(scenario.name);
    }
    const ok = scenarios.length - misses.length;
    passed += ok;
    total += scenarios.length;
    const pct = scenarios.length ? ((100 * ok) / scenarios.length).toFixed(1) : '100.0';
    console.log(
      `${category.padEnd(12)} ${String(ok).padStart(4)}/${String(scenarios.length).padEnd(4)} ${pct}%`,
    );
    if (verbose) for (const miss of misses) console.log(`  miss: ${miss}`);
  }
  console.log(
    `${'all'.padEnd(12)} ${String(passed).padStart(4)}/${String(total).padEnd(4)} ${((100 * passed) / total).toFixed(1)}%`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
