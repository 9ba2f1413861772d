/**
 * Lookup keys that let a later batch find the stories an article may belong to, without
 * reading the store: the people quoted, each paired with a coarse time bucket (a quarter;
 * the neighbouring quarter too when within a month of its edge, so two articles a few
 * days apart always share one), MinHash band keys of the topic words, and bottom hashes of
 * each quotation's shingles (so a retelling of an old statement finds the story of the
 * statement whatever its date).
 */
import type { Article, Person, Quote } from '../model.js';
import { isTopicWord } from './article-features.js';
import { bandKeys, minhash } from './minhash.js';
import { hash32 } from './stable-id.js';
import { tokenize } from './text-tokens.js';

const NO_NAMES: ReadonlySet<string> = new Set();
const MONTH_MS = 31 * 86_400_000;
// Bottom hashes kept per quotation: two renderings sharing most of their words share their
// smallest shingle hashes with high probability.
const QUOTE_SKETCH = 2;

function quarter(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** Time buckets of a publication date: its quarter, and neighbours within a month. */
export function timeBuckets(published: string | null): string[] {
  const ms = published ? Date.parse(published) : NaN;
  if (Number.isNaN(ms)) return ['undated'];
  return [...new Set([quarter(ms - MONTH_MS), quarter(ms), quarter(ms + MONTH_MS)])];
}

/**
 * Lookup keys of an article for the story index. The keys depend only on the article and
 * its quotes (not on `people`, which differs from batch to batch), so the keys computed
 * when a story is stored and when a later batch looks it up always agree.
 * @example storyKeys(article, quotes, people) // ['mh:0:1f3a…', 'person:person-…@2022-Q3', 'quote:9c1…']
 */
export function storyKeys(article: Article, quotes: Quote[], people: Person[]): string[] {
  void people;
  const keys = new Set<string>();
  const buckets = timeBuckets(article.published);
  for (const q of quotes) if (q.personId && q.articleId === article.id) for (const b of buckets) keys.add(`person:${q.personId}@${b}`);
  const words = new Set(tokenize(article.text).map((t) => t.norm).filter((w) => isTopicWord(w, NO_NAMES)));
  for (const k of bandKeys(minhash(words))) keys.add(k);
  for (const q of quotes) {
    if (q.articleId !== article.id || q.kind === 'indirect') continue;
    const w = q.content.flatMap((s) => tokenize(article.text.slice(s.start, s.end))).map((t) => t.norm);
    const hashes: number[] = [];
    for (let k = 0; k + 5 <= w.length; k++) hashes.push(hash32(w.slice(k, k + 5).join(' ')));
    for (const h of [...new Set(hashes)].sort((a, b) => a - b).slice(0, QUOTE_SKETCH)) keys.add(`quote:${h.toString(16)}`);
  }
  return [...keys].sort();
}
