// `npm run measure [page.html …]`: the JavaScript built pages load before interaction, and the engine, gzip.
import path from 'node:path';
import { BUDGET_PAGE, budgetLines, pageWeights } from '../bench/page-weights';

const pages = process.argv.slice(2);
const out = path.resolve(process.env.MEASURE_OUT ?? 'out');
for (const page of pages.length > 0 ? pages : [BUDGET_PAGE, 'index.html']) {
  const [firstLoad, engine] = budgetLines(pageWeights(out, page));
  console.log(`${page}\n  ${firstLoad}`);
  if (page === BUDGET_PAGE) console.log(`  ${engine}`);
}
