/**
 * Whether two articles report the same story, and how strongly.
 *
 * Thresholds (cosine of topic-word TF-IDF, names of the people excluded):
 * - 0.45 or more: the same story whoever is quoted (follow-ups, rewrites, translations
 *   with shared names and numbers rarely get there, so they rely on the next rules); but
 *   0.65 when each article is about people and they have none in common: two events in
 *   one town with different people share the town's name and little else, while two
 *   write-ups of one event that quote different people rarely have nobody in common; and
 *   0.65 when they are more than 45 days apart: a blog or a trade site comes back to its
 *   subject every few months, each time with a new event (a study, an appointment),
 *   while a reprint of the same article stays far above;
 * - 0.18 or more with a person in common, within 45 days, and one of their heaviest topic
 *   words in common: the same people on the same topic in the same news cycle; the same
 *   people on another event share far fewer topic words once their names are excluded,
 *   and the words they do share are the outlets' common vocabulary, not what either
 *   article is about (the person one story is about is often named in the next story from
 *   the same town or team, whose articles reach 0.2 on common words alone); below 0.28
 *   their headlines must also share a word: a morning digest, a gift guide or a review of
 *   another model gives one paragraph to the story and heads it with something else
 *   (on the 181 real pages ten such links were wrong and four right, and leaving them all
 *   out takes story B³ F1 from 0.945 to 0.954); or the two in common must be all the
 *   people of one article, within a week: a festival's announcement quoting the
 *   commissioner and the director, and the concert's review that retells both and quotes
 *   the singer, head their pages differently and share few words (a digest shares one
 *   person with the story it mentions; the same two candidates of a primary race are two
 *   of the many people each of its articles quotes; on the real pages this joins one more
 *   pair rightly and none wrongly);
 * - a quotation in common (two 5-word shingles) with a person in common, the two
 *   renderings credited to the same speaker or to an unknown one: the later article
 *   retells the earlier one's statements, whatever the time between them;
 * - one quotation rendered in both, when at most one side knows its speaker (or both name
 *   the same one): the two renderings share an 8-word run (four shingles) that makes up
 *   most (60 %) of the shorter one. A run shared inside two otherwise different quotations
 *   is a stock phrase ("for reasons I still do not understand"), which unrelated stories
 *   share; and the same words credited to two different people in articles about nobody
 *   in common are a coincidence (a misattribution is caught by the people rules, since
 *   the article that misattributes still names the people of the story).
 * - two proper nouns of the headline in common (`Google Stadia`, `Davis Cup Finals`; see
 *   `sameHeadlineNames`), 0.12 or more, within a week: outlets covering one event from
 *   different angles (launch reviews, frame rates, subscription prices) share little
 *   vocabulary beyond the event's name, and the name is what their headlines carry; a
 *   common noun in two headlines (`stabbed to death`, `sales plunge`) is every day's news;
 * "A person in common" counts only the people each article is about (its speakers and the
 * people it names prominently, see `article-features.ts`), never a name dropped in passing.
 * Between articles in different languages the cosine is taken over the anchors only
 * (capitalised words inside sentences, numbers), which translation leaves as they are;
 * and two people in common within the news cycle are enough.
 */
import type { ArticleFeatures, Quotation } from './article-features.js';
import { cosineOf, countCommon, type SparseVector } from './sparse-vectors.js';

const SAME_TOPIC = 0.45;
const SAME_PEOPLE_TOPIC = 0.18;
const SAME_PEOPLE_TOPIC_ALONE = 0.28;
const NEWS_CYCLE_MS = 45 * 86_400_000;
const SHARED_QUOTE_SHINGLES = 2;
const SAME_QUOTATION_SHINGLES = 4;
const SAME_QUOTATION_SHARE = 0.6;
const SAME_TOPIC_OTHER_PEOPLE = 0.65;
const CROSS_LANGUAGE_PEOPLE = 2;
const SAME_EVENT_PEOPLE = 2;
const SAME_HEADLINE_NAMES = 2;
const SAME_HEADLINE_TOPIC = 0.12;
const HEADLINE_CYCLE_MS = 7 * 86_400_000;

/** A weighted article for comparison. */
export interface Weighted {
  features: ArticleFeatures;
  weights: Map<string, number>;
  /** Weights of the language-independent anchors only. */
  anchors: Map<string, number>;
  /** `weights` and `anchors` as unit vectors, for fast cosines. */
  vector: SparseVector;
  anchorVector: SparseVector;
  /** `features.quoteShingles`, ascending. */
  shingles: Uint32Array;
  /** The heaviest topic words (`heavyWords`): what the article is mostly about. */
  heavy: Set<string>;
}

/** A link between two articles: its strength, and the people it rests on (if any). */
export interface StoryLink {
  /** In (0, ∞); 0 means no link. */
  strength: number;
  /** Person ids both articles are about (empty when the words alone link them). */
  people: string[];
  /** Whether the two carry one quotation (the quotation rules above hold), whichever rule linked them. */
  retold: boolean;
  /** Whether the two are in different languages, so that only names and numbers could be compared. */
  translated: boolean;
  /**
   * Whether only the weakest people rule holds (a person in common, topic cosine under
   * SAME_PEOPLE_TOPIC_ALONE, with a headline word or all of one article's people in common):
   * enough for one article to join a story, not for two stories to merge (`story-groups.ts`).
   */
  weak: boolean;
}

const NO_LINK: StoryLink = { strength: 0, people: [], retold: false, translated: false, weak: false };

function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  const out: T[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) out.push(x);
  return out;
}

function countShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function compatibleSpeakers(x: Quotation, y: Quotation): boolean {
  return x.personId === null || y.personId === null || x.personId === y.personId;
}

/** Shingles shared by quotations of `a` and `b` that are not credited to different speakers. */
export function sharedQuotationShingles(a: readonly Quotation[], b: readonly Quotation[]): number {
  let n = 0;
  for (const x of a) for (const y of b) if (compatibleSpeakers(x, y)) n += countShared(x.shingles, y.shingles);
  return n;
}

/** Whether some quotation of `a` and some quotation of `b` are renderings of one statement. */
export function sameQuotation(a: readonly Quotation[], b: readonly Quotation[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const smaller = Math.min(x.shingles.size, y.shingles.size);
      if (smaller < SAME_QUOTATION_SHINGLES) continue;
      if (!compatibleSpeakers(x, y)) continue;
      const n = countShared(x.shingles, y.shingles);
      if (n >= SAME_QUOTATION_SHINGLES && n >= smaller * SAME_QUOTATION_SHARE) return true;
    }
  }
  return false;
}

/**
 * Whether two headlines name the same thing: two of their proper nouns in common, one of
 * them at least neither a place nor a word of a person's name. A shared place counts once
 * (`Meth` and `South Dakota`; not `Hong Kong` alone, which heads every story from the
 * city), and a person's name alone is the same people, maybe on another event.
 */
export function sameHeadlineNames(a: ArticleFeatures, b: ArticleFeatures): boolean {
  if (countShared(a.titleTopics, b.titleTopics) === 0) return false;
  return countShared(a.titleAnchors, b.titleAnchors) + Math.min(1, countShared(a.titlePlaces, b.titlePlaces)) >= SAME_HEADLINE_NAMES;
}

/** Whether `people`, two or more within `close` time, are every person one of the two articles is about. */
function allPeopleOfOne(a: Weighted, b: Weighted, people: readonly string[], close: boolean): boolean {
  return close && people.length >= SAME_EVENT_PEOPLE && people.length === Math.min(a.features.people.size, b.features.people.size);
}

/** The link between two articles, `{strength: 0}` when they are not one story. */
export function storyLink(a: Weighted, b: Weighted): StoryLink {
  // Across languages only the anchors (places, organisations, numbers) can agree.
  const sameLanguage = !a.features.language || !b.features.language || a.features.language === b.features.language;
  const cos = sameLanguage ? cosineOf(a.vector, b.vector) : cosineOf(a.anchorVector, b.anchorVector);
  const people = a.features.people.size > 0 && b.features.people.size > 0 ? shared(a.features.people, b.features.people).sort() : [];
  const quotes = countCommon(a.shingles, b.shingles);
  const ta = a.features.published;
  const tb = b.features.published;
  const within = (ms: number): boolean => ta === null || tb === null || Math.abs(ta - tb) <= ms;
  const close = within(NEWS_CYCLE_MS);
  const strength = cos + 0.05 * Math.min(people.length, 4) + 0.02 * Math.min(quotes, 10);
  const otherPeople = people.length === 0 && a.features.people.size > 0 && b.features.people.size > 0;
  const retold =
    (people.length > 0 && quotes >= SHARED_QUOTE_SHINGLES && sharedQuotationShingles(a.features.quotations, b.features.quotations) >= SHARED_QUOTE_SHINGLES) ||
    (quotes >= SAME_QUOTATION_SHINGLES && sameQuotation(a.features.quotations, b.features.quotations));
  const link = { strength, people, retold, translated: !sameLanguage, weak: false };
  if (cos >= (otherPeople || !close ? SAME_TOPIC_OTHER_PEOPLE : SAME_TOPIC)) return link;
  if (people.length > 0 && close && cos >= SAME_PEOPLE_TOPIC && [...a.heavy].some((t) => b.heavy.has(t)) &&
    (cos >= SAME_PEOPLE_TOPIC_ALONE || countShared(a.features.titleWords, b.features.titleWords) > 0 || allPeopleOfOne(a, b, people, within(HEADLINE_CYCLE_MS)))) {
    return { ...link, weak: cos < SAME_PEOPLE_TOPIC_ALONE && !retold };
  }
  if (sameLanguage && within(HEADLINE_CYCLE_MS) && cos >= SAME_HEADLINE_TOPIC && sameHeadlineNames(a.features, b.features)) return link;
  if (retold) return link;
  // Across languages the words cannot agree, the quotations are translated and the anchors
  // are mostly the town's name; two people in common in the same news cycle can (the
  // mayor and the union leader of the strike; the mayor alone is in every story of his town).
  if (!sameLanguage && close && people.length >= CROSS_LANGUAGE_PEOPLE) return link;
  return NO_LINK;
}
