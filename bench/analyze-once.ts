/**
 * One measured `analyze` run in its own process, so peak RSS belongs to this run alone.
 * Prints one JSON line: {articles, seconds, timings, maxRssMB}.
 *
 *   node --import tsx bench/analyze-once.ts INPUT DB
 */
import { analyze } from '../src/index.js';
import { openSqliteStore } from '../src/store/index.js';

const [input, db] = process.argv.slice(2);
if (!input || !db) {
  console.error('usage: analyze-once.ts INPUT DB');
  process.exit(2);
}
const store = openSqliteStore(db);
const t0 = performance.now();
// One generated JSONL file of 10,000 articles is larger than the default 10 MB input limit.
const result = await analyze([input], { store, ingest: { maxBytes: 2 ** 31 } });
const seconds = (performance.now() - t0) / 1000;
await store.close();
console.log(
  JSON.stringify({
    articles: result.articles,
    quotes: result.quotes,
    failed: result.failed.length,
    seconds,
    timings: result.timings,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
