// `npm run measure [page.html …]`: the JavaScript built pages load before interaction, and the engine, gzip.
import path from 'node:path';
import { BUDGET_PAGE, budgetLines, kB, pageWeights } from '../bench/page-weights';

const pages = process.argv.slice(2);
const out = path.resolve(process.env.MEASURE_OUT ?? 'out');
for (const page of pages.length > 0 ? pages : [BUDGET_PAGE, 'index.html']) {
  const weights = pageWeights(out, page);
  const [firstLoad, engine] = budgetLines(weights);
  console.log(`${page}\n  ${firstLoad}`);
  if (page === BUDGET_PAGE) {
    console.log(`  ${engine}`);
    const label = `its exercises' setups (${weights.exerciseFiles.length} chunks, loaded by the engine)`;
    console.log(`  ${label.padEnd(52)} ${kB(weights.exercises)} gzip`);
  }
}
