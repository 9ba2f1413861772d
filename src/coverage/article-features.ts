/**
 * What story clustering compares between articles: topic words (content words that are not
 * stop words, page furniture, or the names of the people involved, so that two events
 * with the same people still differ), the people the article is about, each quotation's
 * word shingles, and the publication time.
 */
import type { Article, Person, Quote } from '../model.js';
import { BOILERPLATE_WORDS } from './stopwords.js';
import { PLACES } from '../analyze/name-words.js';
import { TITLES } from '../people/name-words.js';
import { hash32 } from './stable-id.js';
import { isStopword, tokenize, withoutPossessive, type Token } from './text-tokens.js';

/** Comparable features of one article. */
export interface ArticleFeatures {
  article: Article;
  /** Topic-word counts. */
  terms: Map<string, number>;
  /**
   * Counts of the topic words that read the same in any language: capitalised words inside
   * a sentence (places, organisations, titles of works) and numbers.
   */
  anchors: Map<string, number>;
  /** Primary language subtag (`en`). */
  language: string;
  /**
   * Person ids of the people the article is about: the speakers it quotes, and the people
   * it names in full in its title or first paragraph or twice or more. A name dropped once
   * in passing ("as Taylor Swift did") is not what the article is about, and it is such
   * names that two unrelated stories share.
   */
  people: Set<string>;
  /** Person ids of the speakers it quotes (a subset of `people`). */
  speakers: Set<string>;
  /** Hashes of 5-word shingles inside the article's quotations. */
  quoteShingles: Set<number>;
  /**
   * The proper nouns of the headline (`google`, `stadia`, `davis`, `cup`): its topic words
   * that the body writes capitalised inside a sentence, numbers left out, and a site name
   * before or after the headline (`… - Auto News`, `Opinion | …`) dropped. Places are kept
   * apart, in `titlePlaces`: a town's name heads every story from the town.
   */
  titleAnchors: Set<string>;
  /** The `titleAnchors` that are no word of a person's name: what, not who. */
  titleTopics: Set<string>;
  /** The place names of the headline (`hong kong`, `south dakota`). */
  titlePlaces: Set<string>;
  /** The headline's topic words and names, capitalised or not (`bubonic`, `plague`, `swift`). */
  titleWords: Set<string>;
  /** The shingles of each quotation (not reports), with its speaker's person id. */
  quotations: Quotation[];
  /** Publication time in ms, or null. */
  published: number | null;
}

// The stages call `nameWordsOf` once per story with the batch's people; the words are
// worked out once per list of people.
const nameWordsCache = new WeakMap<readonly Person[], ReadonlySet<string>>();

/** Folded words of every name and alias of the given people (do not change the result). */
export function nameWordsOf(people: readonly Person[]): ReadonlySet<string> {
  const cached = nameWordsCache.get(people);
  if (cached) return cached;
  const out = new Set<string>();
  for (const p of people) for (const n of [p.name, ...p.aliases]) for (const t of tokenize(n)) out.add(t.norm);
  nameWordsCache.set(people, out);
  return out;
}

/** Whether a folded word can describe a topic. */
export function isTopicWord(norm: string, names: ReadonlySet<string>): boolean {
  // (A name's possessive is the name: `Marnie's` is no topic word when `Marnie` is a name.)
  return !isStopword(norm) && !BOILERPLATE_WORDS.has(norm) && !names.has(norm) && !names.has(withoutPossessive(norm)) && !/^\d{1,2}$/.test(norm) && norm.length > 2;
}

/** One quotation of an article as story clustering sees it. */
export interface Quotation {
  personId: string | null;
  /** Distinct hashes of its 5-word shingles. */
  shingles: Set<number>;
}

/** The shingles of each quotation (reports in the writer's words are left out). */
function quotationsOf(article: Article, quotes: readonly Quote[]): Quotation[] {
  const out: Quotation[] = [];
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    const words = q.content.flatMap((s) => tokenize(article.text.slice(s.start, s.end))).map((t) => t.norm);
    const shingles = new Set<number>();
    for (let k = 0; k + 5 <= words.length; k++) shingles.add(hash32(words.slice(k, k + 5).join(' ')));
    if (shingles.size > 0) out.push({ personId: q.personId, shingles });
  }
  return out;
}

/** Multi-word names and aliases of people, folded, and the words they start with. */
export interface FullNameIndex {
  /** Folded name (`mara quist`) → person id. */
  ids: Map<string, string>;
  /** First words of the names, so most words of a text are ruled out at once. */
  firstWords: Set<string>;
}

const fullNameCache = new WeakMap<readonly Person[], FullNameIndex>();

/** Indexes the multi-word names and aliases (two to four words) of people (do not change the list after). */
export function fullNameIndex(people: readonly Person[]): FullNameIndex {
  const cached = fullNameCache.get(people);
  if (cached) return cached;
  const index = buildFullNameIndex(people);
  fullNameCache.set(people, index);
  return index;
}

function buildFullNameIndex(people: readonly Person[]): FullNameIndex {
  const ids = new Map<string, string>();
  const firstWords = new Set<string>();
  for (const p of [...people].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const n of [p.name, ...p.aliases]) {
      const words = tokenize(n).map((t) => t.norm);
      if (words.length < 2 || words.length > 4 || ids.has(words.join(' '))) continue;
      ids.set(words.join(' '), p.id);
      firstWords.add(words[0]);
    }
  }
  return { ids, firstWords };
}

/**
 * Ids of the people whose full name (two to four words) the article names prominently: in
 * its title or first paragraph, or at least twice; with `anywhere`, named at all.
 */
function peopleNamedIn(article: Article, tokens: readonly Token[], index: FullNameIndex, anywhere = false): Set<string> {
  const out = new Set<string>();
  if (index.ids.size === 0) return out;
  // The title, the blank line, and the first body paragraph.
  const titleEnd = article.text.indexOf('\n\n');
  const leadEnd = titleEnd < 0 ? -1 : article.text.indexOf('\n\n', titleEnd + 2);
  const lead = leadEnd < 0 ? article.text.length : leadEnd;
  const count = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!index.firstWords.has(tokens[i].norm)) continue;
    let name = tokens[i].norm;
    for (let n = 2; n <= 4 && i + n <= tokens.length; n++) {
      name += ` ${tokens[i + n - 1].norm}`;
      const id = index.ids.get(name);
      if (!id) continue;
      count.set(id, (count.get(id) ?? 0) + 1);
      if (anywhere || tokens[i].start < lead || (count.get(id) ?? 0) >= 2) out.add(id);
    }
  }
  return out;
}

/** Ids of the people whose full name (two to four words) the article names anywhere. */
export function peopleNamedAnywhere(article: Article, index: FullNameIndex): Set<string> {
  return index.ids.size === 0 ? new Set() : peopleNamedIn(article, tokenize(article.text), index, true);
}

/**
 * Extracts the features of an article.
 * @param fullNames multi-word names of known people (`fullNameIndex`): people named in the
 * text count as its people along with the speakers quoted
 * @param notPeople person ids that never count as the article's people (outlets taken for
 * people)
 */
export function articleFeatures(
  article: Article,
  quotes: readonly Quote[],
  names: ReadonlySet<string>,
  fullNames: FullNameIndex = { ids: new Map(), firstWords: new Set() },
  notPeople: ReadonlySet<string> = new Set(),
): ArticleFeatures {
  const terms = new Map<string, number>();
  const anchors = new Map<string, number>();
  const tokens = tokenize(article.text);
  for (const t of tokens) {
    if (!isTopicWord(t.norm, names)) continue;
    terms.set(t.norm, (terms.get(t.norm) ?? 0) + 1);
    const first = article.text[t.start];
    if (/\p{N}/u.test(t.norm) || (!t.sentenceStart && first !== first.toLowerCase())) anchors.set(t.norm, (anchors.get(t.norm) ?? 0) + 1);
  }
  const headline = headlineNames(article, tokens);
  const titleAnchors = headline.names;
  const titleTopics = new Set([...titleAnchors].filter((w) => !names.has(w)));
  const titlePlaces = headline.places;
  // (Not a word of a person's name: two headlines naming one person are the same people,
  // which the people rules weigh, maybe on another event: `Dex Harrow on …: 'Marnie's my
  // second mum'` and `Marnie's Maternity Plea`.)
  const titleWords = new Set<string>();
  for (const t of tokens) {
    if (t.start >= article.titleSpan.end) break;
    if (t.start >= article.titleSpan.start && isTopicWord(t.norm, NO_NAMES) && !names.has(withoutPossessive(t.norm))) titleWords.add(t.norm);
  }
  const published = article.published ? Date.parse(article.published) : NaN;
  const quotations = quotationsOf(article, quotes);
  const speakers = new Set(quotes.map((q) => q.personId).filter((p): p is string => p !== null && !notPeople.has(p)));
  return {
    article,
    terms,
    anchors,
    language: article.language.toLowerCase().split(/[-_]/)[0] ?? '',
    // An article none of whose quotes could be credited (often one in a language the
    // attribution rules do not read) is about every person it names in full.
    people: new Set([...speakers, ...peopleNamedIn(article, tokens, fullNames, speakers.size === 0)].filter((p) => !notPeople.has(p))),
    speakers,
    quoteShingles: new Set(quotations.flatMap((q) => [...q.shingles])),
    quotations,
    titleAnchors,
    titleTopics,
    titlePlaces,
    titleWords,
    published: Number.isNaN(published) ? null : published,
  };
}

// A headline segment of at most three words before or after ` | `, ` - `, ` – ` or ` — `
// is the site's name or a section (`… | ZDNet`, `… - Auto News`, `Opinion | …`).
const SEGMENT_SEPARATOR = /\s+[|–—-]\s+/u;
const SEGMENT_WORDS = 3;

/** The place names a headline holds, folded, longest first (`Hong Kong` → `hong kong`). */
function placesIn(headline: string): string[] {
  const words = tokenize(headline).map((t) => withoutPossessive(t.norm));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const name = words.slice(i, i + n).join(' ');
      if (i + n <= words.length && PLACES.has(name)) {
        out.push(name);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * The proper nouns of an article's headline (see `ArticleFeatures.titleAnchors`, here with
 * people's names kept) and its place names. They depend on the article alone.
 */
export function headlineNames(article: Article, tokens: readonly Token[] = tokenize(article.text)): { names: Set<string>; places: Set<string> } {
  const headline = headlineProper(article.text.slice(article.titleSpan.start, article.titleSpan.end));
  const places = new Set(placesIn(headline));
  const placeWords = new Set([...places].flatMap((p) => p.split(' ')));
  // (Not a title, capitalised before a name in the text: `Mayor switches off …` and `… in
  // blow to mayor` name the same office, not the same event.)
  const wanted = new Set(tokenize(headline).map((t) => withoutPossessive(t.norm)).filter((w) => !placeWords.has(w) && !TITLES.has(w) && !/\p{N}/u.test(w) && isTopicWord(w, NO_NAMES)));
  const names = new Set<string>();
  for (const t of tokens) {
    if (wanted.size === names.size) break;
    if (t.start < article.titleSpan.end || t.sentenceStart) continue;
    const first = article.text[t.start];
    const word = withoutPossessive(t.norm);
    if (wanted.has(word) && first !== first.toLowerCase()) names.add(word);
  }
  return { names, places };
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The headline without a short site or section segment at either end. */
function headlineProper(title: string): string {
  const segments = title.split(SEGMENT_SEPARATOR);
  const short = (segment: string) => segment.trim().split(/\s+/).length <= SEGMENT_WORDS;
  if (segments.length > 1 && short(segments[segments.length - 1])) segments.pop();
  if (segments.length > 1 && short(segments[0])) segments.shift();
  return segments.join(' ');
}

/** Document frequencies of terms over a set of articles. */
export function documentFrequencies(features: readonly ArticleFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** TF-IDF weights of term counts (sub-linear term frequency, smoothed idf). */
export function weigh(counts: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, n: number): Map<string, number> {
  const w = new Map<string, number>();
  for (const [t, c] of counts) w.set(t, (1 + Math.log(c)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1));
  return w;
}

/**
 * The words weighing at least `share` of the heaviest: what an article is mostly about
 * (its places, projects and events, rather than the vocabulary every article uses).
 */
export function heavyWords(weights: ReadonlyMap<string, number>, share = 0.4): Set<string> {
  let max = 0;
  for (const w of weights.values()) max = Math.max(max, w);
  const out = new Set<string>();
  for (const [t, w] of weights) if (w >= share * max) out.add(t);
  return out;
}
