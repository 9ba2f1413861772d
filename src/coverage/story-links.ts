/**
 * Whether two articles report the same story, and how strongly.
 *
 * Thresholds (cosine of topic-word TF-IDF, names of the people excluded):
 * - 0.45 or more: the same story whoever is quoted (follow-ups, rewrites, translations
 *   with shared names and numbers rarely get there, so they rely on the next rules);
 * - 0.18 or more with a person in common (quoted or named in full), within 45 days: the same people on the
 *   same topic in the same news cycle; the same people on another event share far fewer
 *   topic words once their names are excluded;
 * - a quotation in common (two 5-word shingles) with a person in common, or a longer one
 *   (four shingles, an 8-word run) whoever the speakers were resolved to: the later
 *   article retells the earlier one's statements, whatever the time between them.
 * Between articles in different languages the cosine is taken over the anchors only
 * (capitalised words inside sentences, numbers), which translation leaves as they are.
 */
import type { ArticleFeatures } from './article-features.js';
import { cosine } from './article-features.js';

const SAME_TOPIC = 0.45;
const SAME_PEOPLE_TOPIC = 0.18;
const NEWS_CYCLE_MS = 45 * 86_400_000;
const SHARED_QUOTE_SHINGLES = 2;
const LONG_SHARED_QUOTE = 4;

/** A weighted article for comparison. */
export interface Weighted {
  features: ArticleFeatures;
  weights: Map<string, number>;
  /** Weights of the language-independent anchors only. */
  anchors: Map<string, number>;
}

function countShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Link strength in (0, ∞) when the two articles are one story, else 0. */
export function storyLink(a: Weighted, b: Weighted): number {
  // Across languages only the anchors (places, organisations, numbers) can agree.
  const sameLanguage = !a.features.language || !b.features.language || a.features.language === b.features.language;
  const cos = sameLanguage ? cosine(a.weights, b.weights) : cosine(a.anchors, b.anchors);
  const people = countShared(a.features.people, b.features.people);
  const quotes = countShared(a.features.quoteShingles, b.features.quoteShingles);
  const ta = a.features.published;
  const tb = b.features.published;
  const close = ta === null || tb === null || Math.abs(ta - tb) <= NEWS_CYCLE_MS;
  const strength = cos + 0.05 * Math.min(people, 4) + 0.02 * Math.min(quotes, 10);
  if (cos >= SAME_TOPIC) return strength;
  if (people > 0 && close && cos >= SAME_PEOPLE_TOPIC) return strength;
  if (people > 0 && quotes >= SHARED_QUOTE_SHINGLES) return strength;
  if (quotes >= LONG_SHARED_QUOTE) return strength;
  return 0;
}
