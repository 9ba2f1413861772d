/**
 * Lookup keys that let a later batch find the stories an article may belong to, without
 * reading the store: the people quoted, each paired with a coarse time bucket (a quarter;
 * the neighbouring quarter too when within a month of its edge, so two articles a few
 * days apart always share one), MinHash band keys of the names the article repeats, and
 * bottom hashes of each quotation's shingles, with its speaker (so a retelling of an old
 * statement finds the story of the statement whatever its date), pairs of the headline's
 * proper nouns with the time bucket, and each name of two or more words the article
 * repeats, with the time bucket.
 *
 * The keys must be specific to a story: a key that every story has (a word of the page
 * template, a stock phrase) would make every batch read the whole store, so that adding
 * articles would cost more the larger the store. Hence the sketch is of names (runs of
 * capitalised words: people, places, organisations, titles), not of all topic words, which
 * unrelated stories share through templates and common vocabulary; and a quotation's key
 * carries its speaker, since unrelated speakers share stock phrases.
 */
import type { Article, Person, Quote } from '../model.js';
import { fullNameIndex, headlineNames, peopleNamedAnywhere } from './article-features.js';
import { bandKeys, minhash } from './minhash.js';
import { hash32 } from './stable-id.js';
import { CALENDAR_WORDS } from './stopwords.js';
import { isStopword, tokenize, withoutPossessive, type Token } from './text-tokens.js';

const MONTH_MS = 31 * 86_400_000;
// Bottom hashes kept per quotation: two renderings sharing most of their words share their
// smallest shingle hashes with high probability.
const QUOTE_SKETCH = 2;
// Headline proper nouns paired into keys, at most (in alphabetical order).
const HEADLINE_NAMES = 6;

function quarter(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

// MinHash of the names in bands of three rows: sets with a Jaccard similarity of 0.6 share
// a key with probability 0.9, sets sharing one name in nine (a town two stories have in
// common) with probability 0.01. A story's keys are those of all its articles, so a new
// article needs to resemble only one of them.
const NAME_HASHES = 30;
const NAME_ROWS = 3;

// Names an article repeats are what it is about; when it repeats fewer than this many,
// all its names are used.
const MIN_SALIENT = 3;

/**
 * The names of a text: runs of capitalised words not broken by punctuation ("Greta
 * Kanehan", "Port Elsby") or a possessive, without a leading function word ("The Harbor
 * Ledger"), folded;
 * a single capitalised word counts only inside a sentence, where capitals mean a name.
 * Those named twice or more, or all when fewer than `MIN_SALIENT` are.
 */
export function salientNames(text: string, tokens: readonly Token[] = tokenize(text)): Set<string> {
  const counts = new Map<string, number>();
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && (isStopword(run[0].norm) || CALENDAR_WORDS.has(run[0].norm))) run = run.slice(1);
    const single = run.length === 1;
    if (run.length > 0 && !(single && (run[0].sentenceStart || run[0].norm.length < 3 || /^\p{N}+$/u.test(run[0].norm)))) {
      // "West's" is West.
      const name = withoutPossessive(run.map((t) => t.norm).join(' '));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    run = [];
  };
  for (const t of tokens) {
    const capital = /^\p{Lu}/u.test(text[t.start] ?? '');
    const last = run[run.length - 1];
    // A possessive ends a name: `China's Inner Mongolia` is China and Inner Mongolia.
    if (last && (!capital || !/^[ \t]+$/.test(text.slice(last.end, t.start)) || last.norm.endsWith("'s"))) flush();
    if (capital) run.push(t);
  }
  flush();
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([name]) => name);
  return new Set(repeated.length >= MIN_SALIENT ? repeated : counts.keys());
}

/** The time bucket of an article without a (readable) publication date. */
const UNDATED = 'undated';

/** Time buckets of a publication date: its quarter, and neighbours within a month. */
export function timeBuckets(published: string | null): string[] {
  const ms = published ? Date.parse(published) : NaN;
  if (Number.isNaN(ms)) return [UNDATED];
  return [...new Set([quarter(ms - MONTH_MS), quarter(ms), quarter(ms + MONTH_MS)])];
}

/**
 * Lookup keys of an article for the story index. The keys depend only on the article, its
 * quotes and the ids of the people it names (ids are derived from names, so they do not
 * differ from batch to batch), so the keys computed when a story is stored and when a
 * later batch looks it up agree.
 * @example storyKeys(article, quotes, people) // ['mh:0:1f3a…', 'person:person-…@2022-Q3', 'quote:9c1…']
 */
export function storyKeys(article: Article, quotes: Quote[], people: Person[]): string[] {
  const keys = new Set<string>();
  const buckets = timeBuckets(article.published);
  let credited = false;
  for (const q of quotes) {
    if (!q.personId || q.articleId !== article.id) continue;
    credited = true;
    for (const b of buckets) keys.add(`person:${q.personId}@${b}`);
  }
  // An article none of whose quotes could be credited (often one in a language the
  // attribution rules do not read) is keyed by the people it names in full, as story
  // clustering counts them (`articleFeatures`). A person's id depends only on the name, so
  // the key agrees from batch to batch.
  if (!credited) for (const id of peopleNamedAnywhere(article, fullNameIndex(people))) for (const b of buckets) keys.add(`person:${id}@${b}`);
  const tokens = tokenize(article.text);
  const salient = salientNames(article.text, tokens);
  for (const k of bandKeys(minhash(salient, NAME_HASHES), NAME_ROWS)) keys.add(k);
  // Each name of two or more words, with the time bucket: the sketch above finds a story
  // whose articles name mostly the same things, this one a story that shares one specific
  // name (`Inner Mongolia`, `Hong Kong`) with an article that names much else besides.
  for (const n of salient) if (n.includes(' ')) for (const b of buckets) keys.add(`name:${n}@${b}`);
  // Two proper nouns of the headline, one of them not a place, with the time bucket: what
  // the headline rule of story-links.ts links on.
  const headline = headlineNames(article, tokens);
  const names = [...headline.names].sort().slice(0, HEADLINE_NAMES);
  const others = [...names, ...headline.places];
  for (const x of names) for (const y of others) if (x < y || headline.places.has(y)) for (const b of buckets) keys.add(`headline:${x}+${y}@${b}`);
  for (const q of quotes) {
    if (q.articleId !== article.id || q.kind === 'indirect') continue;
    const w = q.content.flatMap((s) => tokenize(article.text.slice(s.start, s.end))).map((t) => t.norm);
    const hashes: number[] = [];
    for (let k = 0; k + 5 <= w.length; k++) hashes.push(hash32(w.slice(k, k + 5).join(' ')));
    const who = q.personId ?? '?';
    for (const h of [...new Set(hashes)].sort((a, b) => a - b).slice(0, QUOTE_SKETCH)) keys.add(`quote:${who}:${h.toString(16)}`);
  }
  return [...keys].sort();
}

/**
 * The keys to look a batch up by: its articles' own keys, and for each key tied to a time
 * bucket the same key undated, so that a dated article finds a story of undated pages; an
 * undated article's key is looked up in every bucket of the batch's dated articles (pages
 * without a date are taken to be of the time of the pages they came with).
 */
export function lookupKeys(keys: Iterable<string>, published: readonly (string | null)[]): string[] {
  const buckets = new Set(published.flatMap(timeBuckets).filter((b) => b !== UNDATED));
  const out = new Set<string>();
  for (const key of keys) {
    out.add(key);
    const at = key.lastIndexOf('@');
    if (at < 0) continue;
    const base = key.slice(0, at + 1);
    if (key.slice(at + 1) === UNDATED) for (const b of buckets) out.add(base + b);
    else out.add(base + UNDATED);
  }
  return [...out].sort();
}
