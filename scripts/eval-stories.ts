/**
 * Evaluates story grouping on generated corpora, where the truth is known: the generator
 * names article K of story S `gen-S-K`. Each corpus is analysed twice, once in a single
 * batch and once in several batches into the same store (article i goes to batch i mod k,
 * so every story is spread over all batches), and both partitions are scored with B³
 * (per-article precision and recall of its predicted story against its true story,
 * averaged over articles). The agreement line scores the incremental partition against
 * the single-batch one: the order articles arrive in should not change the stories.
 *
 *   node --import tsx scripts/eval-stories.ts [--n 1000] [--seeds 1,2] [--batches 3] [--json]
 *
 * Exits 1 when a B³ F1 falls below `--min-f1` (default 0.95).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, openSqliteStore, type Story } from '../src/index.js';
import { STAGE_NAMES, type StageTimings } from '../src/pipeline.js';
import { generateCorpus } from '../bench/generate.js';
import { bCubed } from './b-cubed.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seeds: { type: 'string', default: '1,2' },
    batches: { type: 'string', default: '3' },
    'min-f1': { type: 'string', default: '0.95' },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const batches = Number(values.batches);
const seeds = (values.seeds ?? '').split(',').map(Number);
const minF1 = Number(values['min-f1']);
if (!Number.isInteger(n) || n < 1) throw new TypeError(`eval-stories: --n expects a positive integer, found "${values.n}"`);
if (!Number.isInteger(batches) || batches < 1) throw new TypeError(`eval-stories: --batches expects a positive integer, found "${values.batches}"`);
if (seeds.some((s) => !Number.isInteger(s))) throw new TypeError(`eval-stories: --seeds expects integers separated by commas, found "${values.seeds}"`);

interface Run {
  stories: Story[];
  articles: number;
  seconds: number;
  timings: StageTimings;
}

/** Analyses the inputs one after the other into one in-memory store. */
async function analyzeBatches(inputs: string[]): Promise<Run> {
  const store = openSqliteStore(':memory:');
  const timings: StageTimings = {};
  let articles = 0;
  const t0 = performance.now();
  for (const input of inputs) {
    const result = await analyze([input], { store });
    articles += result.articles;
    for (const stage of STAGE_NAMES) timings[stage] = (timings[stage] ?? 0) + (result.timings[stage] ?? 0);
  }
  const seconds = (performance.now() - t0) / 1000;
  const stories = await store.listStories();
  await store.close();
  return { stories, articles, seconds, timings };
}

function labels(stories: readonly Story[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) out.set(id, s.id);
  return out;
}

/** The true story of each stored article, from its `gen-S-K` id. */
function truthOf(stories: readonly Story[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) {
    for (const id of s.articleIds) {
      const m = /^gen-(\d+)-\d+$/.exec(id);
      if (!m) throw new TypeError(`eval-stories: expected generated ids gen-S-K, found "${id}"`);
      out.set(id, m[1]);
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const rate = (articles: number, ms: number | undefined) => (ms ? Math.round(articles / (ms / 1000)) : null);

const dir = mkdtempSync(join(tmpdir(), 'retold-eval-stories-'));
const report: Record<string, unknown>[] = [];
let failed = false;
try {
  for (const seed of seeds) {
    const corpus = join(dir, `corpus-${seed}.jsonl`);
    await generateCorpus(n, corpus, seed, 0);
    const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim());
    const parts = Array.from({ length: batches }, (_, k) => join(dir, `corpus-${seed}-part${k}.jsonl`));
    parts.forEach((path, k) => writeFileSync(path, lines.filter((_, i) => i % batches === k).join('\n') + '\n'));

    const single = await analyzeBatches([corpus]);
    const incremental = await analyzeBatches(parts);
    const truth = truthOf(single.stories);
    const row: Record<string, unknown> = { seed, articles: single.articles, trueStories: new Set(truth.values()).size };
    for (const [name, run] of [['single', single], ['incremental', incremental]] as const) {
      const score = bCubed(labels(run.stories), truthOf(run.stories));
      if (score.f1 < minF1) failed = true;
      row[name] = {
        stories: run.stories.length,
        largest: Math.max(0, ...run.stories.map((s) => s.articleIds.length)),
        precision: round(score.precision),
        recall: round(score.recall),
        f1: round(score.f1),
        seconds: round(run.seconds),
        articlesPerSecond: Object.fromEntries(STAGE_NAMES.map((s) => [s, rate(run.articles, run.timings[s])])),
      };
    }
    // Over the articles both runs stored (of two identical articles, each run keeps the
    // one it read first).
    const one = labels(single.stories);
    const many = labels(incremental.stories);
    const both = (m: Map<string, string>, other: Map<string, string>) => new Map([...m].filter(([id]) => other.has(id)));
    const agreement = bCubed(both(many, one), both(one, many));
    row.agreement = { precision: round(agreement.precision), recall: round(agreement.recall), f1: round(agreement.f1) };
    report.push(row);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!values.json) {
  for (const row of report) {
    console.log(`seed ${row.seed}: ${row.articles} articles, ${row.trueStories} true stories`);
    for (const name of ['single', 'incremental'] as const) {
      const r = row[name] as { stories: number; largest: number; precision: number; recall: number; f1: number; seconds: number; articlesPerSecond: Record<string, number | null> };
      const label = name === 'single' ? 'one batch' : `${batches} batches`;
      console.log(`  ${label.padEnd(10)} ${String(r.stories).padStart(5)} stories (largest ${r.largest})  B³ P ${r.precision} R ${r.recall} F1 ${r.f1}  ${r.seconds} s`);
      console.log(`  ${''.padEnd(10)} articles/s: ${['cluster', 'align', 'copies'].map((s) => `${s} ${r.articlesPerSecond[s]}`).join(', ')}`);
    }
    const a = row.agreement as { f1: number };
    console.log(`  incremental vs one batch: B³ F1 ${a.f1}`);
  }
}
console.log(JSON.stringify(report));
process.exit(failed ? 1 : 0);
