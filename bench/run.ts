/**
 * `npm run bench`: throughput and peak memory of `analyze` on a generated corpus, per stage,
 * the cost of adding 1,000 articles to a small and a large store, and the component
 * benchmarks (extraction vs Readability, store inserts) where present.
 *
 *   npm run bench -- [--n 10000] [--skip-components]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';
import { STAGE_NAMES } from '../src/pipeline.js';

interface Run {
  articles: number;
  quotes: number;
  failed: number;
  seconds: number;
  timings: Record<string, number>;
  maxRssMB: number;
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, 'skip-components': { type: 'boolean', default: false } } });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new TypeError(`bench: --n expects a positive integer, found "${values.n}"`);

/** Runs of each incremental measurement (odd, so the median is one of them). */
const INCREMENTAL_ROUNDS = 3;

/** A SQLite store and its write-ahead log, as files. */
const STORE_FILES = ['', '-wal', '-shm'];
const copyStore = (from: string, to: string): void => {
  for (const suffix of STORE_FILES) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
};
const removeStore = (path: string): void => {
  for (const suffix of STORE_FILES) rmSync(path + suffix, { force: true });
};

const dir = mkdtempSync(join(tmpdir(), 'retold-bench-'));
const node = (script: string, args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const analyzeOnce = (input: string, db: string): Run => {
  const run = JSON.parse(node('bench/analyze-once.ts', [input, db]).trim().split('\n').pop()!) as Run;
  if (run.failed > 0 || run.articles === 0) throw new Error(`bench: analyze read ${run.articles} articles from ${input}, ${run.failed} input(s) failed`);
  return run;
};

try {
  const corpus = join(dir, 'corpus.jsonl');
  await generateCorpus(n, corpus, 1, 0);
  const main = analyzeOnce(corpus, join(dir, 'big.db'));
  console.log(`\nanalyze: ${main.articles} articles (${main.quotes} quotes) in ${main.seconds.toFixed(2)} s = ${(main.articles / main.seconds).toFixed(0)} articles/s, peak RSS ${main.maxRssMB.toFixed(0)} MB\n`);
  console.log('stage        seconds   articles/s   share');
  for (const stage of STAGE_NAMES) {
    const ms = main.timings[stage] ?? 0;
    console.log(`${stage.padEnd(12)} ${(ms / 1000).toFixed(3).padStart(7)} ${(ms > 0 ? (main.articles / (ms / 1000)).toFixed(0) : '-').padStart(12)} ${((100 * ms) / (main.seconds * 1000)).toFixed(1).padStart(6)} %`);
  }

  // Incremental cost: the same 1,000 new articles added to an empty store and to a copy of
  // the big one, alternately, three times each, so that load on a shared machine falls on
  // both alike; the medians are compared, stage by stage.
  const extra = join(dir, 'extra.jsonl');
  await generateCorpus(1000, extra, 7, 1_000_000);
  const runs: { small: Run[]; large: Run[] } = { small: [], large: [] };
  for (let r = 0; r < INCREMENTAL_ROUNDS; r++) {
    const small = join(dir, `small-${r}.db`);
    const large = join(dir, `large-${r}.db`);
    copyStore(join(dir, 'big.db'), large);
    runs.small.push(analyzeOnce(extra, small));
    runs.large.push(analyzeOnce(extra, large));
    removeStore(small);
    removeStore(large);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nadding 1,000 articles (median of ${INCREMENTAL_ROUNDS} alternating runs)`);
  console.log(`${'store before'.padEnd(14)}${'seconds'.padStart(9)}${'peak RSS'.padStart(11)}   ${STAGE_NAMES.map((s) => s.slice(0, 8).padStart(9)).join('')}`);
  for (const [before, set] of [[0, runs.small], [main.articles, runs.large]] as const) {
    const stages = STAGE_NAMES.map((stage) => (median(set.map((run) => run.timings[stage] ?? 0)) / 1000).toFixed(2).padStart(9)).join('');
    console.log(`${String(before).padEnd(14)}${median(set.map((run) => run.seconds)).toFixed(2).padStart(9)}${`${median(set.map((run) => run.maxRssMB)).toFixed(0)} MB`.padStart(11)}   ${stages}`);
  }

  if (!values['skip-components']) {
    for (const script of ['bench/extraction.ts', 'bench/attribution.ts', 'bench/store.ts', 'bench/server.ts']) {
      if (!existsSync(script)) continue;
      console.log(`\n${script}`);
      process.stdout.write(node(script, []));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
