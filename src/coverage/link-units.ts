/**
 * The evidence that two renderings are one utterance. Verbatim evidence (a long common
 * word sequence) links quotations; paraphrase evidence (rare content words of the story in
 * common) only attaches a report or a short fragment to an utterance of the same speaker.
 */
import { datesCompatible, occasionsCompatible } from './compatibility.js';
import type { Unit } from './occurrence-units.js';
import { alignWords, runStart } from './sequence-match.js';
import type { Token } from './text-tokens.js';
import { countCommon } from './sparse-vectors.js';


/** Whether the two units' occasions and dates allow them to be one utterance. */
export function compatible(a: Unit, b: Unit): boolean {
  return occasionsCompatible(a.occasion, b.occasion) && datesCompatible(a.saidWhen, b.saidWhen);
}

/** Whether the two units' said-when dates allow them to be one utterance. */
export function datesAgree(a: Unit, b: Unit): boolean {
  return datesCompatible(a.saidWhen, b.saidWhen);
}

// Articles published further apart than this are in different news cycles.
const NEWS_CYCLE_MS = 60 * 86_400_000;
// Words in a row that a far-apart pair must share (see `verbatimScore`).
const RECYCLED_RUN = 8;

/**
 * Whether the two units come from different news cycles and their own said-when dates do
 * not show them to be one moment: then only a long verbatim run (a recycled quotation) can
 * link them, since the same person restating a line months later rewords it.
 */
export function farApart(a: Unit, b: Unit): boolean {
  if (a.published === null || b.published === null || Math.abs(a.published - b.published) <= NEWS_CYCLE_MS) return false;
  return !(a.saidWhen && b.saidWhen);
}

/**
 * A verbatim link: its strength, whether it is strong enough to outweigh occasion labels,
 * and whether the two are the same long wording, which outweighs said-when dates too.
 */
export interface VerbatimLink {
  score: number;
  strong: boolean;
  identical: boolean;
  /** The shorter rendering lies word for word inside the longer one (a truncation of it). */
  contained: boolean;
}

// Words the shorter rendering needs for a link to count as strong.
const STRONG_MIN = 6;
// Words in a row, and share of the shorter rendering, that make two renderings the same
// long wording. Said-when dates come from scene-setting phrases an article may misapply
// (a line read out again on the radio, "recalling last Thursday's episode"); a dozen
// identical words in a row are one utterance whatever the dates, whereas a restatement on
// another occasion rewords it (gold near-misses share runs of five words at most).
const IDENTICAL_RUN = 12;
const IDENTICAL_SHARE = 0.9;

/**
 * Strength (0..1) of the verbatim link between two quotations, or 0 when too weak.
 *
 * Thresholds: the shorter rendering must share at least 60 % of its words, in order, with
 * the longer one and include a run of 4 consecutive words (or 80 % with a run of 3, for
 * short lines with a substituted word). Truncations and splits of one statement share
 * nearly all their words; two different statements of one speaker on one topic rarely
 * share a 4-word run *and* most of their words. Different speakers need 80 % and 6 words:
 * a misattributed quotation is still the same words.
 *
 * A link is strong when the shorter rendering (six words or more) shares 80 % of its words
 * and a run of eight (or all of it) with the other: then the words themselves say it is one
 * utterance, and a disagreement between occasion labels (which extractors often carry over
 * from elsewhere in the article) does not veto it; said-when dates still do.
 */
export function verbatimScore(a: Unit, b: Unit): VerbatimLink {
  const none = { score: 0, strong: false, identical: false, contained: false };
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter < 4) return none;
  // No alignment can match more words than the two have in common plus their wildcards.
  const comparable = a.seq.encoded !== undefined && a.seq.encoded.vocabulary === b.seq.encoded?.vocabulary;
  if (comparable && countCommon(a.wordIds, b.wordIds) + a.wildcards + b.wildcards < 0.6 * shorter) return none;
  const { pairs, longestRun } = alignWords(a.seq, b.seq);
  const ratio = pairs.length / shorter;
  const ok = (longestRun >= 4 && ratio >= 0.6) || (longestRun >= 3 && ratio >= 0.8);
  if (!ok) return none;
  if (farApart(a, b) && longestRun < Math.min(RECYCLED_RUN, shorter)) return none;
  if (a.speaker && b.speaker && a.speaker !== b.speaker && (ratio < 0.8 || pairs.length < 6)) return none;
  return {
    score: ratio,
    strong: shorter >= STRONG_MIN && ratio >= 0.8 && longestRun >= Math.min(RECYCLED_RUN, shorter),
    identical: ratio >= IDENTICAL_SHARE && longestRun >= IDENTICAL_RUN,
    contained: longestRun === shorter,
  };
}

/**
 * Whether a short marked phrase occurs word for word in the unit as words the unit's
 * speaker said, not as a name they used: a phrase whose every word the unit capitalises
 * mid-sentence (`Golden Week`, `13 Hours`) names a thing (a programme, a film), and another
 * outlet that puts the name in marks quotes nobody. In the unit's own article the phrase
 * echoes that article's quotation, name or not (`refused to say the words ‘Radical Islam’`).
 */
export function phraseIn(phrase: Unit, unit: Unit): boolean {
  const at = runStart(unit.seq, phrase.seq);
  if (at < 0) return false;
  if (phrase.article.id === unit.article.id) return true;
  const words = unit.words.slice(at, at + phrase.words.length);
  const text = unit.article.text;
  const capitalised = (w: Token) => /^[\p{Lu}\p{N}]/u.test(text.slice(w.start, w.end));
  // A headline capitalises every word, and a sentence its first: neither tells a name.
  const named = unit.quote.kind !== 'headline' && words.every(capitalised) && (words.length > 1 || !words[0].sentenceStart);
  return !named;
}

/** Inverse document frequency of stems over the story's units. */
export function stemWeights(units: readonly Unit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of units) for (const s of u.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const n = units.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(1 + n / d));
  return idf;
}

/**
 * Share (0..1) of the report's content, weighted by rarity in the story, found in `target`.
 * A report of an utterance keeps its rare words ("reconsider", "apologies") while its
 * common ones (the speaker's and subject's names) carry little weight.
 */
export function paraphraseScore(report: ReadonlySet<string>, target: ReadonlySet<string>, idf: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const s of report) {
    const w = idf.get(s) ?? 0;
    total += w;
    if (target.has(s)) shared += w;
  }
  return total > 0 ? shared / total : 0;
}
