/**
 * A report named by a noun with its content clause, which PolNeAR annotates like a verb's:
 *
 *   his warning that Britain would have to wait       (source: his)
 *   the board's claim that the levy is legal          (source: the board's)
 *   the allegations that he lied                      (no source)
 *
 * The source is the possessive before the noun, if any; the content runs from `that` to the
 * clause's end. A `that` opening a relative clause (`the statement that she released`) is
 * proposed too: the learned check (report-model.ts) weighs these by their noun.
 */
import type { Token } from './tokenize.js';
import type { Found } from './types.js';
import { REPORT_NOUNS } from './cue-lexicon.js';
import { POSSESSIVE_PRONOUNS } from './word-lists.js';
import { findLeftSource, type TokenRange } from './noun-phrase.js';
import { contentEnd, makeReport, type SentenceBounds } from './clause-bounds.js';

export const NOUN_REPORT_RULE = 'indirect/noun-that';

const NOUNS: ReadonlySet<string> = new Set(REPORT_NOUNS);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at', 'via', 'through', 'during', 'with']);
/** Modifiers allowed between the owner and the noun (`his repeated claim`). */
const MAX_MODIFIERS = 2;

/** The noun report whose noun is token `c`, or null when no owner or article and `that` frame it. */
export function findNounReport(tokens: Token[], c: number, s: SentenceBounds): Found | null {
  if (!NOUNS.has(tokens[c].lower) || tokens[c + 1]?.lower !== 'that' || c + 2 > s.last) return null;
  // Back over modifiers to the owner or article (`the board's repeated claim`).
  let d = c - 1;
  while (d > s.first && c - d <= MAX_MODIFIERS && tokens[d].type === 'word' && !tokens[d].upper && !ARTICLES.has(tokens[d].lower) && !POSSESSIVE_PRONOUNS.has(tokens[d].lower) && tokens[d].lower !== "'s") d--;
  const det = tokens[d];
  if (!det || d < s.first) return null;
  // `said in a statement that …`: the statement is where a verb's report was made.
  if (OCCASION_PREPOSITIONS.has(tokens[d - 1]?.lower ?? '')) return null;
  let source: TokenRange | null = null;
  if (POSSESSIVE_PRONOUNS.has(det.lower)) source = { first: d, last: d };
  else if (det.lower === "'s" || det.text === '’' || det.text === "'") {
    const owner = findLeftSource(tokens, d - 1, s.first);
    if (!owner) return null;
    // The owner opens at its own article (`Critics mocked the board's claim` → `the board's`).
    let first = owner.first;
    for (let k = d - 1; k > owner.first; k--) if (ARTICLES.has(tokens[k].lower)) {
      first = k;
      break;
    }
    source = { first, last: d };
  } else if (!ARTICLES.has(det.lower)) return null;
  const end = contentEnd(tokens, c + 1, s);
  if (end <= c + 1) return null;
  return makeReport(tokens, { first: c, last: c }, source, [{ first: c + 1, last: end }], NOUN_REPORT_RULE, 0.5);
}
