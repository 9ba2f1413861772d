/**
 * Copy detection: which articles reuse another's narration, word for word or "spun" (run
 * through a synonym substituter, which keeps the sentence skeleton and most words).
 *
 * - verbatim: share of the later article's 5-word narration shingles found in the earlier;
 * - spun: share of the later article's narration words in sentences that align with a
 *   sentence of the earlier one at 50 % or more of their words in order (a substituter
 *   replaces up to about half of the words, keeping the function words; two independent
 *   write-ups of one event rarely share half of a sentence in order);
 * - verbatim when unchanged shingles cover at least 70 % of what the sentence alignment
 *   found reused, else spun;
 * - a link needs 30 % of the later article's narration: boilerplate and stock phrases stay
 *   well below it. Candidate pairs come from an index of shingles and of sentence
 *   skeletons (stop words kept, content words blanked), which substitution leaves intact.
 */
import type { Article, CopyLink, Quote } from '../model.js';
import { narrationSentences, type Sentence } from './copy-text.js';
import { alignWords } from './sequence-match.js';
import { hash32 } from './stable-id.js';
import { isStopword } from './text-tokens.js';

const SHINGLE = 5;
const SKELETON = 8;
const MIN_SHARED_KEYS = 3;
const SENTENCE_MATCH = 0.5;
const MIN_SENTENCE = 6;
const LINK_RATIO = 0.3;
const MIN_WORDS = 30;
const VERBATIM_SHARE = 0.7;

interface Narration {
  article: Article;
  sentences: Sentence[];
  words: number;
  shingles: Set<number>;
  skeletons: Set<number>;
  published: number;
  /** Calendar day as the outlet wrote it (its own time zone), or null. */
  day: string | null;
  /** Whether the publication time of day is known. */
  timed: boolean;
}

/**
 * Whether `a` was published before `b`. A page dated by day only ("2025-05-10") is compared
 * by the day the other outlet wrote in its own time zone, not by instants: "2025-05-09T21:40
 * -07:00" came out the day before, although as an instant it falls on May 10 in UTC.
 * Same day without both times, or unknown dates, is decided by id, so the result is stable.
 */
function before(a: Narration, b: Narration): boolean {
  if (a.day && b.day && a.day !== b.day) return a.day < b.day;
  if (a.day && b.day && a.timed && b.timed && a.published !== b.published) return a.published < b.published;
  if (!a.day !== !b.day) return a.day !== null;
  return a.article.id < b.article.id;
}

function prepare(article: Article, quotes: readonly Quote[]): Narration {
  const sentences = narrationSentences(article, quotes);
  const shingles = new Set<number>();
  const skeletons = new Set<number>();
  for (const s of sentences) {
    for (let k = 0; k + SHINGLE <= s.length; k++) shingles.add(hash32(s.slice(k, k + SHINGLE).join(' ')));
    const skeleton = s.map((w) => (isStopword(w) ? w : '_'));
    for (let k = 0; k + SKELETON <= skeleton.length; k++) {
      const window = skeleton.slice(k, k + SKELETON);
      if (window.filter((w) => w !== '_').length >= 3) skeletons.add(hash32(window.join(' '), 7));
    }
  }
  const t = article.published ? Date.parse(article.published) : NaN;
  return {
    article,
    sentences,
    words: sentences.reduce((n, s) => n + s.length, 0),
    shingles,
    skeletons,
    published: Number.isNaN(t) ? Number.POSITIVE_INFINITY : t,
    day: article.published && /^\d{4}-\d{2}-\d{2}/.test(article.published) ? article.published.slice(0, 10) : null,
    timed: !!article.published && /T\d{2}:\d{2}/.test(article.published),
  };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function verbatimRatio(to: Narration, from: Narration): number {
  if (to.shingles.size === 0) return 0;
  let n = 0;
  for (const h of to.shingles) if (from.shingles.has(h)) n++;
  return n / to.shingles.size;
}

function spunRatio(to: Narration, from: Narration): number {
  const index = new Map<string, number[]>();
  from.sentences.forEach((s, i) => {
    for (const w of new Set(s)) if (!isStopword(w)) push(index, w, i);
  });
  let reused = 0;
  for (const s of to.sentences) {
    if (s.length < MIN_SENTENCE) continue;
    const hits = new Map<number, number>();
    for (const w of new Set(s)) for (const i of index.get(w) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    let best = 0;
    for (const [i, h] of hits) {
      if (h < 2) continue;
      const other = from.sentences[i];
      if (other.length < s.length / 2 || other.length > s.length * 2) continue;
      best = Math.max(best, alignWords({ words: s }, { words: other }).pairs.length / s.length);
    }
    if (best >= SENTENCE_MATCH) reused += s.length;
  }
  return to.words > 0 ? reused / to.words : 0;
}

function candidatePairs(items: readonly Narration[]): [number, number][] {
  const counts = new Map<number, number>();
  const n = items.length;
  const index = new Map<string, number[]>();
  items.forEach((n, i) => {
    for (const h of n.shingles) push(index, `s${h}`, i);
    for (const h of n.skeletons) push(index, `k${h}`, i);
  });
  for (const list of index.values()) {
    if (list.length > 50) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x] * n + list[y];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, c]) => c >= MIN_SHARED_KEYS)
    .map(([k]): [number, number] => [Math.floor(k / n), k % n])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Finds articles that reuse another's narration, linked earlier → later.
 * @returns links sorted by `from`, then `to`
 */
export function detectCopies(articles: Article[], quotes: Quote[]): CopyLink[] {
  const unique = [...new Map(articles.map((a) => [a.id, a])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const quotesOf = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = quotesOf.get(q.articleId);
    if (list) list.push(q);
    else quotesOf.set(q.articleId, [q]);
  }
  const items = unique.map((a) => prepare(a, quotesOf.get(a.id) ?? []));
  const links: CopyLink[] = [];
  for (const [x, y] of candidatePairs(items)) {
    const [from, to] = before(items[x], items[y]) ? [items[x], items[y]] : [items[y], items[x]];
    // Two pages of one outlet share its templates (editor's notes, sign-offs); reuse within
    // an outlet is not copying from another one.
    if (from.article.outlet && from.article.outlet === to.article.outlet) continue;
    if (to.words < MIN_WORDS) continue;
    const verbatim = verbatimRatio(to, from);
    const spun = Math.max(verbatim, spunRatio(to, from));
    if (spun < LINK_RATIO) continue;
    // Verbatim when unchanged shingles account for most of what was reused; a substituter
    // leaves some 5-word runs intact, but far fewer than the sentences it rewrote.
    const kind = verbatim >= VERBATIM_SHARE * spun ? 'verbatim' : 'spun';
    links.push({ from: from.article.id, to: to.article.id, sharedRatio: round(kind === 'verbatim' ? verbatim : spun), kind });
  }
  return bestSources(links).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/**
 * One source per copying article: its verbatim source before a spun one, then the one it
 * shares most with, then the earliest id. Two copies of one original share that original's
 * text with each other too; linking them to each other as well would say one copied the
 * other. (An article stitched from two sources keeps only the larger source: a known limit.)
 */
function bestSources(links: CopyLink[]): CopyLink[] {
  const best = new Map<string, CopyLink>();
  for (const link of links) {
    const current = best.get(link.to);
    const better =
      !current ||
      (link.kind === 'verbatim' && current.kind === 'spun') ||
      (link.kind === current.kind && (link.sharedRatio > current.sharedRatio || (link.sharedRatio === current.sharedRatio && link.from < current.from)));
    if (better) best.set(link.to, link);
  }
  return [...best.values()];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
