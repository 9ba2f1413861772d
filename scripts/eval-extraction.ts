/**
 * Evaluates the clean stage on shared data:
 *  1. `extractHtml` on the 181 pages of the article-extraction benchmark, scored by the
 *     shared scorer (targets: F1 ≥ 0.97, acc@0.9 ≥ 0.90); `--baseline` also scores
 *     Mozilla Readability on linkedom on the same pages;
 *  2. boilerplate lines on the five seed articles, removed against gold (target: every
 *     gold boilerplate line removed and no other line), printed line by line.
 *
 *   node --import tsx scripts/eval-extraction.ts [--baseline] [--out DIR]
 *
 * Exits 0 with a note when the shared folder (RETOLD_SHARED, default /work/shared) is
 * absent, 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml, findBoilerplateLines } from '../src/clean/index.js';

const SHARED = process.env.RETOLD_SHARED ?? '/work/shared';
const { values } = parseArgs({ options: { baseline: { type: 'boolean', default: false }, out: { type: 'string', default: '/tmp/retold-eval' } } });
const pagesPath = join(SHARED, 'data', 'article-extraction', 'scrapinghub-aeb.jsonl.gz');
const scorer = join(SHARED, 'eval', 'score-extraction.mjs');
const seedsDir = join(SHARED, 'seeds');

interface Page {
  id: string;
  url: string;
  html: string;
}

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  acc_f1_0_9: number;
}

/** Run an extractor over every page, write `{id, text}` lines, score them; returns the scores. */
function scoreExtractor(name: string, pages: Page[], extract: (page: Page) => string): Scores {
  const start = performance.now();
  const lines = pages.map((page) => JSON.stringify({ id: page.id, text: extract(page) }));
  const seconds = (performance.now() - start) / 1000;
  const predPath = join(values.out as string, `extraction-${name}.jsonl`);
  writeFileSync(predPath, `${lines.join('\n')}\n`);
  const run = spawnSync(process.execPath, [scorer, '--bootstrap=0', '--json', pagesPath, predPath], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`eval-extraction: scorer failed: ${run.stderr}`);
  const { scores } = JSON.parse(run.stdout.trim().split('\n').pop() as string) as { scores: Scores };
  console.log(
    `${name.padEnd(12)} F1 ${scores.f1.toFixed(3)}  P ${scores.precision.toFixed(3)}  R ${scores.recall.toFixed(3)}  acc@0.9 ${scores.acc_f1_0_9.toFixed(3)}  ${(pages.length / seconds).toFixed(0)} pages/s  (${predPath})`,
  );
  return scores;
}

interface GoldArticle {
  file: string;
  boilerplate_line_numbers: number[];
}

/** Compare removed seed lines with gold; returns whether every seed matches exactly. */
function checkSeeds(): boolean {
  const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  let allExact = true;
  for (const article of gold.articles) {
    const text = readFileSync(join(seedsDir, article.file), 'utf8');
    const starts: number[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      starts.push(offset);
      offset += line.length + 1;
    }
    const removed = findBoilerplateLines(text);
    const removedNumbers = removed.map((b) => starts.indexOf(b.span.start) + 1);
    const expected = new Set(article.boilerplate_line_numbers);
    const extra = removedNumbers.filter((n) => !expected.has(n));
    const missing = [...expected].filter((n) => !removedNumbers.includes(n));
    const exact = extra.length === 0 && missing.length === 0;
    allExact &&= exact;
    console.log(`${article.file}  ${exact ? 'exact' : 'DIFFERS'}  removed [${removedNumbers.join(', ')}]  gold [${article.boilerplate_line_numbers.join(', ')}]${extra.length ? `  extra [${extra.join(', ')}]` : ''}${missing.length ? `  missing [${missing.join(', ')}]` : ''}`);
    for (const b of removed) console.log(`    ${String(starts.indexOf(b.span.start) + 1).padStart(3)} ${b.rule.padEnd(20)} ${JSON.stringify(b.line.length > 90 ? `${b.line.slice(0, 87)}...` : b.line)}`);
  }
  return allExact;
}

if (!existsSync(pagesPath) || !existsSync(scorer) || !existsSync(join(seedsDir, 'gold.json'))) {
  console.log(`eval-extraction: ${SHARED} (pages, scorer, seeds) not found; skipping.`);
  process.exit(0);
}
mkdirSync(values.out as string, { recursive: true });
const pages = gunzipSync(readFileSync(pagesPath))
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Page);

console.log(`article extraction: ${pages.length} pages (targets F1 ≥ 0.97, acc@0.9 ≥ 0.90)`);
if (values.baseline) {
  scoreExtractor('readability', pages, (page) => {
    const { document } = parseHTML(page.html);
    return new Readability(document).parse()?.textContent ?? '';
  });
}
const ours = scoreExtractor('retold', pages, (page) => extractHtml(page.html, page.url).text);
const extractionOk = ours.f1 >= 0.97 && ours.acc_f1_0_9 >= 0.9;

console.log('\nseed boilerplate (removed line numbers vs gold boilerplate_line_numbers)');
const seedsOk = checkSeeds();
console.log(`\nextraction ${extractionOk ? 'meets' : 'MISSES'} its targets; seed boilerplate ${seedsOk ? 'matches gold exactly' : 'DIFFERS from gold'}`);
if (!extractionOk || !seedsOk) process.exitCode = 1;
