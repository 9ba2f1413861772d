/**
 * Runs the whole `analyze` pipeline over PolNeAR's 924 election articles (train and dev
 * splits: seven outlets, November 2015 to October 2016) as one real corpus, and prints what
 * a reader would check by hand, since no story or quote-group labels exist for it:
 * - stories by size, and the longest time any story spans (the same candidates in every
 *   primary must not chain the season into one story);
 * - quote groups spanning several articles, with their drift labels;
 * - every occurrence flagged misattributed or recycled, with the speakers it was credited
 *   to, for reading (on this corpus a flag is more often an extraction slip than an
 *   outlet's error, so few flags is the aim).
 *
 *   node --import tsx scripts/eval-election-coverage.ts [--json]
 *
 * Exits 0 with a note when the shared folder (RETOLD_SHARED, default /work/shared) is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, openSqliteStore } from '../src/index.js';
import { loadCorpus } from '../src/report/index.js';
import type { Occurrence, QuoteGroup } from '../src/model.js';

const SHARED = process.env.RETOLD_SHARED ?? '/work/shared';
const SPLITS = ['train.jsonl', 'dev.jsonl'].map((f) => join(SHARED, 'data', 'polnear', f));
const DAY_MS = 86_400_000;

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

if (!SPLITS.every((f) => existsSync(f))) {
  console.log(`eval-election-coverage: ${join(SHARED, 'data', 'polnear')} is absent; nothing to analyse.`);
  process.exit(0);
}

const store = openSqliteStore(':memory:');
const t0 = performance.now();
const run = await analyze(SPLITS, { store });
const seconds = (performance.now() - t0) / 1000;
const corpus = await loadCorpus(store);
await store.close();

const sizes = new Map<number, number>();
for (const s of corpus.stories) sizes.set(s.articleIds.length, (sizes.get(s.articleIds.length) ?? 0) + 1);
const spanDays = (from: string | null, to: string | null) => (from && to ? Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) : 0);
const longest = [...corpus.stories].sort((a, b) => spanDays(b.firstPublished, b.lastPublished) - spanDays(a.firstPublished, a.lastPublished))[0];
const largest = [...corpus.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];

const articlesOf = (g: QuoteGroup) => new Set(g.occurrences.map((o) => o.articleId)).size;
const shared = corpus.quoteGroups.filter((g) => articlesOf(g) > 1);
const drift = new Map<string, number>();
for (const g of shared) for (const o of g.occurrences) drift.set(o.drift, (drift.get(o.drift) ?? 0) + 1);
const speakerOf = new Map(corpus.quotes.map((q) => [q.id, q.speaker]));
const flagged = (flag: 'misattributed' | 'recycled') =>
  corpus.quoteGroups.flatMap((g) => g.occurrences.filter((o) => o[flag]).map((o) => ({ group: g, occurrence: o })));
const misattributed = flagged('misattributed');
const recycled = flagged('recycled');

const summary = {
  articles: run.articles,
  seconds: Number(seconds.toFixed(1)),
  stories: corpus.stories.length,
  storySizes: Object.fromEntries([...sizes].sort((a, b) => a[0] - b[0])),
  largestStory: largest ? { articles: largest.articleIds.length, days: spanDays(largest.firstPublished, largest.lastPublished), title: largest.title } : null,
  longestStory: longest ? { articles: longest.articleIds.length, days: spanDays(longest.firstPublished, longest.lastPublished), title: longest.title } : null,
  groupsAcrossArticles: shared.length,
  driftAcrossArticles: Object.fromEntries([...drift].sort((a, b) => b[1] - a[1])),
  misattributed: misattributed.length,
  recycled: recycled.length,
};

if (values.json) {
  console.log(JSON.stringify(summary));
} else {
  const line = (o: Occurrence) => `${o.articleId.slice(0, 40)} (${speakerOf.get(o.quoteId) ?? 'nobody'}): ${o.text.replace(/\s+/g, ' ').slice(0, 90)}`;
  console.log(`${summary.articles} articles in ${summary.seconds} s: ${summary.stories} stories, sizes ${JSON.stringify(summary.storySizes)}`);
  console.log(`largest story: ${JSON.stringify(summary.largestStory)}`);
  console.log(`longest story: ${JSON.stringify(summary.longestStory)}`);
  console.log(`quote groups across articles: ${summary.groupsAcrossArticles}, drift ${JSON.stringify(summary.driftAcrossArticles)}`);
  for (const [name, list] of [['misattributed', misattributed], ['recycled', recycled]] as const) {
    console.log(`\n${name}: ${list.length}`);
    for (const { group, occurrence } of list) console.log(`  group of ${group.speakerName ?? 'nobody'} “${group.canonical.slice(0, 60)}”\n    ${line(occurrence)}`);
  }
}
