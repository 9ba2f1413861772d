/**
 * Scores story grouping on real coverage: the 181 pages of the shared article-extraction
 * set (news of one week in November 2019, several outlets per event, plus unrelated blog
 * pages in several languages), against my own hand labels in eval/real-page-stories.json.
 * Every page goes through the whole `analyze` pipeline (HTML extraction included) into an
 * in-memory store; the predicted stories are scored with B³ (target F1 ≥ 0.95, issue 5)
 * and every split and merge is printed with the pages' titles.
 *
 *   node --import tsx scripts/eval-real-stories.ts [--batch-size N] [--json]
 *
 * `--batch-size` analyses the pages in batches of N (publication order is not kept: pages
 * go in id order), so later pages find their stories through the store, as in incremental
 * use. Exits 0 with a note when the shared folder (RETOLD_SHARED, default /work/shared) is
 * absent, 1 when F1 is below target.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { analyze, openSqliteStore } from '../src/index.js';
import { loadCorpus } from '../src/report/index.js';
import { bCubed, splitsAndMerges } from './b-cubed.js';

const SHARED = process.env.RETOLD_SHARED ?? '/work/shared';
const PAGES = join(SHARED, 'data', 'article-extraction', 'scrapinghub-aeb.jsonl.gz');
const LABELS = new URL('../eval/real-page-stories.json', import.meta.url);
const TARGET_F1 = 0.95;
const ID_DIGITS = 16;

const { values } = parseArgs({ options: { 'batch-size': { type: 'string' }, json: { type: 'boolean', default: false } } });
const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
  throw new TypeError(`eval-real-stories: --batch-size expects a positive integer, found "${values['batch-size']}"`);
}

if (!existsSync(PAGES)) {
  console.log(`eval-real-stories: ${PAGES} is absent; nothing to score.`);
  process.exit(0);
}

interface Page {
  id: string;
  url: string;
  html: string;
}
const pages = gunzipSync(readFileSync(PAGES))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Page);
const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as { stories: Record<string, string[]> };

// The truth: a listed page takes its story's label; every other page is a story alone.
const short = (id: string) => id.slice(0, ID_DIGITS);
const truth = new Map(pages.map((p) => [short(p.id), `page:${short(p.id)}`]));
for (const [story, ids] of Object.entries(labels.stories)) {
  for (const id of ids) {
    if (!truth.has(id)) throw new TypeError(`eval-real-stories: ${LABELS.pathname} lists ${id}, which no page has`);
    truth.set(id, story);
  }
}

// One JSON file per page (the set holds more than one input file may), named by its id.
const dir = mkdtempSync(join(tmpdir(), 'retold-real-stories-'));
try {
  for (const p of [...pages].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    writeFileSync(join(dir, `${short(p.id)}.json`), JSON.stringify({ id: p.id, url: p.url, html: p.html }));
  }
  const store = openSqliteStore(':memory:');
  const t0 = performance.now();
  const run = await analyze([dir], { store, batchSize });
  const seconds = (performance.now() - t0) / 1000;
  const corpus = await loadCorpus(store);
  await store.close();

  const pageOf = new Map(corpus.articles.map((a) => [a.id, basename(a.source, '.json')]));
  const title = new Map(corpus.articles.map((a) => [basename(a.source, '.json'), a.title.slice(0, 70)]));
  const predicted = new Map<string, string>();
  for (const s of corpus.stories) for (const id of s.articleIds) predicted.set(pageOf.get(id) ?? id, s.id);
  const score = bCubed(predicted, truth);
  const { splits, merges } = splitsAndMerges(predicted, truth);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const result = {
    pages: pages.length,
    stored: corpus.articles.length,
    failed: run.failed.length,
    goldStories: new Set(truth.values()).size,
    predictedStories: corpus.stories.length,
    precision: round(score.precision),
    recall: round(score.recall),
    f1: round(score.f1),
    splits: splits.length,
    merges: merges.length,
    seconds: round(seconds),
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    const named = (line: string) => line.replace(/\b[0-9a-f]{16}\b/g, (id) => `${id} "${title.get(id) ?? '?'}"`);
    for (const x of splits) console.log(named(`split: ${x.label} is in ${x.pieces.length} stories: ${x.pieces.map((p) => `[${p.join(', ')}]`).join(' ')}`));
    for (const x of merges) console.log(named(`merge: one story holds ${x.labels.join(', ')}: ${x.ids.join(', ')}`));
    console.log(
      `${result.pages} pages (${result.stored} stored, ${result.failed} failed): ${result.goldStories} labelled stories, ${result.predictedStories} predicted; B³ P ${result.precision} R ${result.recall} F1 ${result.f1}; ${result.splits} splits, ${result.merges} merges; ${result.seconds} s`,
    );
  }
  if (score.f1 < TARGET_F1) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
