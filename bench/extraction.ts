/**
 * Extraction speed: Retold's `extractHtml` against Mozilla Readability on a linkedom DOM,
 * on the same pages (the 181 pages of the article-extraction benchmark in ../shared, when
 * present). Rounds alternate between the two so that machine load hits both alike; the
 * table gives the median pages per second.
 *
 *   node --import tsx bench/extraction.ts [--rounds 5]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/clean/index.js';

interface Page {
  id: string;
  url: string;
  html: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const dataPath = join(here, '..', '..', 'shared', 'data', 'article-extraction', 'scrapinghub-aeb.jsonl.gz');

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new TypeError(`bench/extraction: --rounds expects a positive integer, found "${values.rounds}"`);

/** Readability 0.6 on linkedom, as a caller would run it: parse, then parse() the article. */
function readabilityText(page: Page): string {
  const { document } = parseHTML(page.html);
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
}

function retoldText(page: Page): string {
  return extractHtml(page.html, page.url).text;
}

function time(pages: Page[], run: (page: Page) => string): number {
  const start = performance.now();
  let chars = 0;
  for (const page of pages) chars += run(page).length;
  const seconds = (performance.now() - start) / 1000;
  if (chars === 0) throw new Error('bench/extraction: every page came out empty');
  return pages.length / seconds;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (!existsSync(dataPath)) {
  console.log(`bench/extraction: skipped (no pages at ${dataPath})`);
} else {
  const pages: Page[] = gunzipSync(readFileSync(dataPath))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Page);
  // One warm-up pass each so that both are measured with compiled code.
  time(pages.slice(0, 20), readabilityText);
  time(pages.slice(0, 20), retoldText);
  const readability: number[] = [];
  const retold: number[] = [];
  for (let i = 0; i < rounds; i++) {
    readability.push(time(pages, readabilityText));
    retold.push(time(pages, retoldText));
  }
  const base = median(readability);
  const ours = median(retold);
  console.log(`${pages.length} pages, ${rounds} alternating rounds, median pages/s`);
  console.log(`${'extractor'.padEnd(34)} ${'pages/s'.padStart(8)} ${'vs Readability'.padStart(15)}`);
  console.log(`${'Readability 0.6 on linkedom'.padEnd(34)} ${base.toFixed(1).padStart(8)} ${'1.00×'.padStart(15)}`);
  console.log(`${'Retold extractHtml (+ metadata)'.padEnd(34)} ${ours.toFixed(1).padStart(8)} ${`${(ours / base).toFixed(2)}×`.padStart(15)}`);
}
