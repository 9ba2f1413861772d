/**
 * Insert throughput of the SQLite store: `n` invented articles of news length (about 3,000
 * characters, four quotes and an analysis each) put in batches into a fresh database file,
 * as the pipeline does. Called by the repository's benchmark runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis, Article, Quote } from '../model.js';
import { openSqliteStore } from './sqlite-store.js';

const words = ['harbor', 'council', 'bridge', 'ferry', 'budget', 'vote', 'spring', 'tunnel', 'mayor', 'pier', 'tide',
  'plan', 'traffic', 'crew', 'night', 'report', 'season', 'market', 'school', 'river', 'storm', 'rail', 'fare', 'port'];

/** Articles per `putArticles` call, as the pipeline batches them. */
const batchSize = 500;

function makeItem(i: number): { article: Article; analysis: Analysis; quotes: Quote[] } {
  const id = `bench-${i}`;
  const title = `Council weighs ${words[i % words.length]} plan ${i}`;
  const sentences: string[] = [];
  for (let s = 0; s < 36; s++) {
    const w = (k: number) => words[(i * 7 + s * 5 + k * 3) % words.length];
    sentences.push(
      s % 9 === 0
        ? `"The ${w(0)} and the ${w(1)} come first," said Mayor Lin ${s}.`
        : `The ${w(0)} ${w(1)} met the ${w(2)} ${w(3)} near the ${w(4)} at ${s} o'clock.`,
    );
  }
  const text = `${title}\n\n${sentences.join(' ')}`;
  const quotes: Quote[] = [];
  let from = 0;
  for (let q = 0; q < 4; q++) {
    const start = text.indexOf('"', from) + 1;
    const end = text.indexOf(',"', start);
    from = end + 2;
    quotes.push({
      id: `${id}-q${q}`, articleId: id, kind: 'direct', content: [{ start, end }], cue: null, source: null,
      speaker: 'Lin', personId: null, occasion: null, saidWhen: null, confidence: 0.8,
    });
  }
  const article: Article = {
    id, url: `https://bench.example/${i}`, outlet: `Outlet ${i % 8}`, title, byline: null,
    published: `2024-0${1 + (i % 9)}-1${i % 10}T08:00:00Z`, language: 'en', source: `bench#${i}`,
    contentHash: `hash-${i}`, text, titleSpan: { start: 0, end: title.length },
  };
  const analysis: Analysis = {
    articleId: id, sentences: [{ span: { start: 0, end: title.length }, paragraph: 0 }],
    paragraphs: [{ start: 0, end: title.length }], entities: [], dates: [], tokenCount: 600,
  };
  return { article, analysis, quotes };
}

/**
 * Inserts `n` articles into a new SQLite store in a temporary file and times it.
 *
 * @param n Articles to insert (default 20,000).
 * @returns Articles per second of wall time, counting only the `putArticles` calls, and
 *   per second of this process's CPU time (steadier on a busy machine).
 */
export async function benchStore(n = 20_000): Promise<{ articlesPerSecond: number; cpuArticlesPerSecond: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'retold-bench-store-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    const items = Array.from({ length: n }, (_, i) => makeItem(i));
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i += batchSize) await store.putArticles(items.slice(i, i + batchSize));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    return { articlesPerSecond: n / seconds, cpuArticlesPerSecond: n / ((used.user + used.system) / 1e6) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
