/**
 * The writer's hedged judgements, which PolNeAR annotates as attributions with no source:
 *
 *   SUBJECT seems/appears to …        Trump seemed to overstay his welcome.
 *   SUBJECT seems ADJECTIVE           Quell seemed irritated.
 *   SUBJECT is expected to …          The board is expected to vote on Friday.
 *   it seems/appears (that) …         It appears that the vote was moved.
 *   SUBJECT is seen/viewed/… as …     The levy is widely seen as a lifeline.
 *   NOUN known as NAME                the storms known as king tides
 *   SUBJECT reportedly …              The board reportedly sold the pier.
 *
 * The content is the subject and its complement (two parts); an expletive `it` and a subject
 * left behind a conjunction (`… and seemed to take hope`) are not part of it. Nobody is
 * quoted: the store leaves these out (attribute-article.ts), `retold quotes` writes them.
 */
import type { Token } from './tokenize.js';
import { JUDGEMENT_RULE, type Found } from './types.js';
import { EXPECTED_AUXILIARIES, JUDGEMENT_FORMS } from './cue-lexicon.js';
import { findLeftSource, nounPhraseBefore, skipModifiersLeft, type TokenRange } from './noun-phrase.js';
import { contentEnd, makeReport, type SentenceBounds } from './clause-bounds.js';
import { CUE_MODIFIERS, DETERMINERS, FINITE_AUXILIARIES, RELATIVE_PRONOUNS } from './word-lists.js';
import { lookupCue } from './cue-forms.js';

const AUXILIARIES: ReadonlySet<string> = new Set(EXPECTED_AUXILIARIES);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'me', 'us', 'them', 'you', 'it']);
// Words after `seem` that start no complement (`seemed on edge` is rare next to `seemed in`).
const NOT_COMPLEMENTS = new Set([
  'on', 'in', 'at', 'with', 'for', 'from', 'by', 'about', 'of', 'into', 'over', 'after', 'before',
  'and', 'or', 'but', 'nor', 'not', "n't", 'never',
]);

/** Whether the words from `k` can be a raising verb's complement (`to be …`, `like …`, `that …`). */
function complementAt(tokens: Token[], k: number, adjective: boolean): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  const next = tokens[k + 1];
  // `to overstay`, not `to him` or `to the crowd` (the one judging, or a direction).
  if (t.lower === 'to') return next !== undefined && next.type === 'word' && !next.upper && !DETERMINERS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower);
  if (t.lower === 'like' || t.lower === 'that') return true;
  if (t.lower === 'as') return next?.lower === 'if' || next?.lower === 'though';
  return adjective && !t.upper && !NOT_COMPLEMENTS.has(t.lower) && !DETERMINERS.has(t.lower);
}

/**
 * The judgement whose verb is token `c` (`seemed`, `appears`, or `expected` after its
 * auxiliary), or null when the word is used otherwise (`appeared on television`, `he
 * expected me to read`).
 */
export function findJudgement(tokens: Token[], c: number, s: SentenceBounds): Found | null {
  const w = tokens[c].lower;
  if (PERCEPTION_PARTICIPLES.has(w)) return perceivedAs(tokens, c, s);
  if (w === 'reportedly') return reportedly(tokens, c, s);
  let cue: TokenRange;
  let adjective = false;
  if (w === 'expected') {
    // `is expected`, `is widely expected`, `are not expected`.
    let aux = c - 1;
    while (aux > s.first && c - aux < 3 && !AUXILIARIES.has(tokens[aux].lower) && (CUE_MODIFIERS.has(tokens[aux].lower) || tokens[aux].lower.endsWith('ly'))) aux--;
    if (aux < s.first || !AUXILIARIES.has(tokens[aux].lower) || tokens[c + 1]?.lower !== 'to') return null;
    cue = { first: aux, last: c };
  } else {
    const verb = JUDGEMENT_FORMS.get(w);
    if (verb === undefined) return null;
    adjective = verb === 'seem';
    cue = { first: c, last: c };
  }
  const start = cue.last + 1;
  if (start > s.last || !complementAt(tokens, start, adjective)) return null;
  const end = contentEnd(tokens, start, s);
  if (end < start) return null;
  const content: TokenRange[] = [];
  const subject = subjectOf(tokens, cue.first, s.first);
  if (subject) content.push(subject);
  content.push({ first: start, last: end });
  return makeReport(tokens, cue, null, content, JUDGEMENT_RULE, 0.5);
}

/** The subject before the cue at `first`, unless an expletive `it` or a conjunction stands there. */
function subjectOf(tokens: Token[], first: number, floor: number): TokenRange | null {
  const v = skipModifiersLeft(tokens, first - 1, floor);
  if (v < floor || tokens[v].lower === 'it') return null;
  const np = findLeftSource(tokens, v, floor);
  return np ? { first: np.first, last: np.last } : null;
}

/** Participles of a judgement held by people unnamed (`is seen as`, `was regarded as`, `known as`). */
export const PERCEPTION_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'viewed', 'regarded', 'perceived', 'known']);
/** Auxiliaries and modals that may open the passive (`could be seen as`, `has been viewed as`). */
const PASSIVE_OPENERS: ReadonlySet<string> = new Set([...EXPECTED_AUXILIARIES, 'being', 'am', 'could', 'would', 'might', 'may', 'must', 'will', 'can', 'should', 'has', 'have', 'had']);

/**
 * `The levy is widely seen as a lifeline`, `Quell could be viewed as the safer choice`: a
 * judgement nobody is named for, its content the subject and what it is taken as. A noun
 * right before `known as` is its subject with no auxiliary (`the storms known as king
 * tides`). Null unless `as` follows the participle (`was seen leaving` is no judgement).
 */
function perceivedAs(tokens: Token[], c: number, s: SentenceBounds): Found | null {
  if (tokens[c + 1]?.lower !== 'as' || c + 2 > s.last || tokens[c + 2].type !== 'word') return null;
  // `as if` and `as though` compare; `as well` adds.
  if (tokens[c + 2].lower === 'if' || tokens[c + 2].lower === 'though' || tokens[c + 2].lower === 'well') return null;
  let first = c;
  let k = c - 1;
  while (k > s.first && c - k < 3 && (CUE_MODIFIERS.has(tokens[k].lower) || tokens[k].lower.endsWith('ly')) && !PASSIVE_OPENERS.has(tokens[k].lower)) k--;
  let passive = false;
  while (k >= s.first && c - k < 6 && PASSIVE_OPENERS.has(tokens[k].lower)) {
    if (AUXILIARIES.has(tokens[k].lower) || tokens[k].lower === 'being' || tokens[k].lower === 'am') passive = true;
    first = k--;
  }
  // `The port has seen as many ships as ever` is the active perfect: no `be`, no judgement.
  if (first < c && !passive) return null;
  const reduced = first === c;
  if (reduced && (tokens[c].lower !== 'known' || c - 1 < s.first || tokens[c - 1].type !== 'word' || tokens[c - 1].upper)) return null;
  const start = c + 2;
  const end = contentEnd(tokens, start, s);
  if (end < start) return null;
  const cue: TokenRange = { first, last: c + 1 };
  const subject = reduced ? nounPhraseBefore(tokens, c, s.first) : subjectOf(tokens, first, s.first);
  const content: TokenRange[] = subject ? [subject, { first: start, last: end }] : [{ first: start, last: end }];
  return makeReport(tokens, cue, null, content, JUDGEMENT_RULE, 0.5);
}

/**
 * `The board reportedly sold the pier`, `Reportedly, the pier was sold`: a report whose
 * source the writer does not name, its content the clause around the adverb (the subject
 * with any auxiliary, then the rest). Before a reporting verb (`reportedly told aides`) the
 * verb's own rule reports, with its source; after a relative pronoun (`who reportedly …`)
 * the clause is an aside, and PolNeAR rarely marks it.
 */
function reportedly(tokens: Token[], c: number, s: SentenceBounds): Found | null {
  const cue: TokenRange = { first: c, last: c };
  if (c === s.first) {
    const start = tokens[c + 1]?.text === ',' ? c + 2 : c + 1;
    const end = start <= s.last ? contentEnd(tokens, start, s) : start - 1;
    return end >= start ? makeReport(tokens, cue, null, [{ first: start, last: end }], JUDGEMENT_RULE, 0.5) : null;
  }
  let v = c + 1;
  while (v <= s.last && FINITE_AUXILIARIES.has(tokens[v].lower)) v++;
  if (v > s.last || tokens[v].type !== 'word' || lookupCue(tokens[v].lower)?.class === 'speech') return null;
  let k = c - 1;
  while (k > s.first && FINITE_AUXILIARIES.has(tokens[k].lower)) k--;
  const subject = findLeftSource(tokens, k, s.first);
  if (!subject || RELATIVE_PRONOUNS.has(tokens[subject.first].lower)) return null;
  const end = contentEnd(tokens, c + 1, s);
  if (end <= c) return null;
  return makeReport(tokens, cue, null, [{ first: subject.first, last: c - 1 }, { first: c + 1, last: end }], JUDGEMENT_RULE, 0.5);
}
