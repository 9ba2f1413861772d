/**
 * The drift label of one occurrence against its group's canonical wording.
 *
 * Order of decisions (first that applies wins):
 * 1. `other-language`: the article's language differs from the canonical's;
 * 2. `reported`: the words are not presented in quotation marks (indirect speech, an
 *    unmarked headline, a mixed quote mostly in the reporter's words);
 * 3. `paraphrased-as-quote`: in marks, but under half of its words are canonical words;
 * 4. `spliced`: canonical words skipped *between* two matched stretches where the skip
 *    joins two sentences, is marked by an ellipsis, or is four words or longer (shorter
 *    skips inside a sentence are small omissions: minor wording), or a block of four or
 *    more words of its own that starts a sentence or a quoted part (joined from another
 *    utterance). A function word matched on its own is no matched stretch here;
 * 5. `truncated`: covers a contiguous part of the canonical (missing words at either end)
 *    with at most a minor amount of changed words inside;
 * 6. `exact` / `punctuation`: the same words; exact when the quoted text is identical up to
 *    whitespace, curly-versus-straight quote marks and leading/trailing punctuation (where
 *    quote boundaries are drawn varies by outlet and extractor), punctuation when case, marks
 *    or inner punctuation differ. The quoted text of a mixed quote or a headline is its
 *    marked words: the reporter's "the line would" around them is no change to the quote;
 * 7. `minor-wording`: few changed words: at most max(2, 15 % of the words), the share an
 *    editor's light touch ("some aspects" → "certain aspects") stays under;
 * 8. otherwise `paraphrased-as-quote`.
 */
import type { Drift } from '../model.js';
import { alignWords, type WordSeq } from './sequence-match.js';
import { isStopword, tokenize, type Token } from './text-tokens.js';

/** What the drift decision needs to know about an occurrence. */
export interface DriftInput {
  /** Words presented as quoted (marked words of a mixed quote, else all). */
  words: Token[];
  /** Text the word offsets point into (the article text). */
  source: string;
  /**
   * The quoted text as rendered (parts joined, part-final comma as period): for a mixed
   * quote or a headline with marks, only the marked stretches (`Unit.quotedText`).
   */
  rendered: string;
  quoted: boolean;
  language: string;
  /** `words` as an alignment sequence, when the caller has it encoded (see `encodeWords`). */
  seq?: WordSeq;
}

/** The canonical wording and its language. */
export interface CanonicalText {
  text: string;
  language: string;
  /** `tokenize(text)`, when the caller has it (one canonical is compared with every rendering). */
  tokens?: readonly Token[];
  /** `tokens` as an alignment sequence, encoded with the vocabulary of the occurrences' `seq`. */
  seq?: WordSeq;
}

const SPLICE_GAP = 4;
const OWN_BLOCK = 4;

/** Primary language subtag, lower case (`en-GB` → `en`). */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

// Typographic variants of one character (curly or straight apostrophes and quotation
// marks) are how an outlet's CMS sets type, not a change the outlet made to the words.
function surface(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

// Canonical words an edge must lack beyond the occurrence's own words there to count as cut.
const EDGE_CUT = 3;

/**
 * One edge (before the first matched word or after the last) of an alignment: `own` words
 * of the occurrence against `missing` words of the canonical. Returns the edits it counts,
 * whether the canonical was cut there, and the canonical words it adds to the minor-edit base.
 */
function edgeOf(own: number, missing: number): { edits: number; cut: boolean; base: number } {
  if (own === 0) return { edits: 0, cut: missing > 0, base: 0 };
  if (missing >= own + EDGE_CUT) return { edits: own, cut: true, base: own };
  return { edits: Math.max(own, missing), cut: false, base: missing };
}

/**
 * Whether canonical words skipped between matched words `j1` and `j2` join two sentences:
 * a sentence starts inside the skip or at `j2`, or the skip is whole sentences (it starts
 * one and `j2` starts the next). A dropped first word ("And I hope to" → "I hope to") or a
 * contraction at a sentence start ("We have got" → "We’ve got") crosses nothing.
 */
function crossesSentence(canon: readonly Token[], j1: number, j2: number): boolean {
  for (let j = j1 + 2; j <= j2; j++) if (canon[j].sentenceStart) return true;
  return canon[j1 + 1].sentenceStart && canon[j2].sentenceStart;
}

/**
 * The matched pairs that show shared wording: a function word matched on its own, apart
 * from the words around it (the `are` of "bad things are going to happen" against "who
 * they are"), is a coincidence, not a kept word, and would hide where the outlet's own
 * words begin.
 */
function anchorPairs(pairs: readonly [number, number][], words: readonly Token[]): [number, number][] {
  const joined = (a: [number, number] | undefined, b: [number, number] | undefined): boolean =>
    a !== undefined && b !== undefined && b[0] === a[0] + 1 && b[1] === a[1] + 1;
  return pairs.filter((p, k) => joined(pairs[k - 1], p) || joined(p, pairs[k + 1]) || !isStopword(words[p[0]].norm));
}

/** Labels the drift of `occ` from `canonical`. */
export function classifyDrift(occ: DriftInput, canonical: CanonicalText): Drift {
  const a = primaryLanguage(occ.language);
  const b = primaryLanguage(canonical.language);
  if (a && b && a !== b) return 'other-language';
  if (!occ.quoted) return 'reported';
  const canon = canonical.tokens ?? tokenize(canonical.text);
  const words = occ.words;
  if (words.length === 0 || canon.length === 0) return 'reported';
  const { pairs } = alignWords(
    occ.seq ?? { words: words.map((t) => t.norm), wild: words.map((t) => t.editorial) },
    canonical.seq ?? { words: canon.map((t) => t.norm) },
  );
  if (pairs.length * 2 < words.length) return 'paraphrased-as-quote';
  const anchors = anchorPairs(pairs, words);
  if (anchors.length === 0) return 'paraphrased-as-quote';
  const matched = anchors.length;

  for (let k = 1; k < anchors.length; k++) {
    const [i1, j1] = anchors[k - 1];
    const [i2, j2] = anchors[k];
    const ownWords = i2 - i1 - 1;
    const skipped = j2 - j1 - 1;
    // A block of the outlet's own words joins another utterance when it holds a sentence
    // or quoted part of its own; inside one sentence ("let's dispel once and for all with")
    // it is rewording, counted below.
    if (ownWords >= OWN_BLOCK && skipped === 0 && words.slice(i1 + 1, i2 + 1).some((t) => t.sentenceStart)) return 'spliced';
    if (skipped === 0 || ownWords > 1) continue;
    const between = occ.source.slice(words[i1].end, words[i2].start);
    const ellipsis = /…|\.\.\./.test(between);
    if (skipped >= SPLICE_GAP + ownWords || crossesSentence(canon, j1, j2) || ellipsis) return 'spliced';
  }
  const [firstI, firstJ] = anchors[0];
  const [lastI, lastJ] = anchors[anchors.length - 1];
  if (firstI >= OWN_BLOCK || words.length - 1 - lastI >= OWN_BLOCK) return 'spliced';

  // Canonical words missing at an edge are a truncation when the occurrence has no words of
  // its own there, or so few that they only stand in for the first of many missing words
  // ("…a big beneficiary of the law." for "…of the laws. But I'm working for you now…");
  // otherwise the edge was reworded ("he appreciated his dialogue" for "I really
  // appreciate this dialogue") and counts as edits.
  const window = lastJ - firstJ + 1;
  const lead = edgeOf(firstI, firstJ);
  const trail = edgeOf(words.length - 1 - lastI, canon.length - 1 - lastJ);
  const inner = Math.max(window - matched, lastI - firstI + 1 - matched);
  const edits = inner + lead.edits + trail.edits;
  const minor = Math.max(2, Math.round(0.15 * (window + lead.base + trail.base)));
  const partial = lead.cut || trail.cut;
  if (partial && edits <= minor) return 'truncated';
  if (!partial && edits === 0) {
    return surface(occ.rendered) === surface(canonical.text) ? 'exact' : 'punctuation';
  }
  if (edits <= minor) return 'minor-wording';
  return 'paraphrased-as-quote';
}
