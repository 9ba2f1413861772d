/**
 * A small learned cue detector for the long tail of reporting verbs the lexicon lacks
 * (`is once again questioning`, `has gone after`, `laid out`): an averaged perceptron over
 * the word and its neighbours, trained on PolNeAR's train split by
 * scripts/train-cue-model.ts into models/cue-perceptron.json. The rules still find the
 * source and the content; the model only proposes where a cue is.
 */
import type { Token } from './tokenize.js';
import { lookupCue } from './cue-forms.js';
import { SUBJECT_PRONOUNS } from './word-lists.js';
import weights from '../../models/cue-perceptron.json' with { type: 'json' };

// A Map: far faster than a 40k-key object for dynamic string lookups.
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(weights.weights as Record<string, number>));
const BIAS: number = weights.bias;
// The word's own weight, keyed by the bare word: the cheap first test needs no string work.
const WORD_WEIGHTS: ReadonlyMap<string, number> = new Map(
  [...WEIGHTS].filter(([f]) => f.startsWith('w=')).map(([f, v]) => [f.slice(2), v]),
);

/** Function words are never cue heads; skipping them keeps the model fast and small. */
const NEVER_CUES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or',
  'but', 'that', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'its', 'our', 'my', 'your', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do',
  'does', 'did', 'not', "n't", "'s", 'as', 'if', 'so', 'than', 'then', 'there', 'which', 'who',
  'what', 'when', 'where', 'how', 'why', 'all', 'more', 'most', 'also', 'just', 'about',
]);

const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', "'s", 'been', 'be', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', "n't", 'not']);

/** Whether token `i` may be a cue head at all (a lower-case content word). */
export function isCueCandidate(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.type !== 'word' || t.upper) return false;
  const c = t.lower.charCodeAt(0);
  return c >= 97 && c <= 122 && !NEVER_CUES.has(t.lower);
}

function shape(t: Token | undefined): string {
  if (!t) return 'none';
  if (t.type !== 'word') return t.type === 'punct' ? `p${t.text}` : t.type;
  if (PRONOUNS.has(t.lower)) return 'pron';
  if (AUX.has(t.lower)) return 'aux';
  return t.upper ? 'Cap' : 'low';
}

const PRONOUNS: ReadonlySet<string> = new Set(Object.keys(SUBJECT_PRONOUNS));

/**
 * Feature strings of token `i` for the cue model. Shared by training and inference so the
 * two cannot drift apart.
 */
export function cueFeatures(tokens: Token[], i: number, sentenceFirst: number): string[] {
  const t = tokens[i];
  const p1 = tokens[i - 1];
  const n1 = tokens[i + 1];
  const w = t.lower;
  const lex = lookupCue(w);
  const position = i - sentenceFirst;
  const sp1 = shape(p1);
  const sn1 = shape(n1);
  return [
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `s2=${w.slice(-2)}`,
    `p1=${p1 ? p1.lower : '<s>'}`,
    `n1=${n1 ? n1.lower : '</s>'}`,
    `p1s=${sp1}`,
    `p2s=${shape(tokens[i - 2])}`,
    `n1s=${sn1}`,
    `n2s=${shape(tokens[i + 2])}`,
    `p1s n1s=${sp1} ${sn1}`,
    `w n1=${w} ${n1 ? n1.lower : '</s>'}`,
    `lex=${lex ? lex.class : 'none'}`,
    `pos=${position < 4 ? position : position < 8 ? 'mid' : 'late'}`,
    `clause=${clauseAfter(tokens, i)}`,
    `n2=${tokens[i + 2] ? tokens[i + 2].lower : '</s>'}`,
  ];
}

/** What follows within four tokens: `that`, a colon, a quotation mark, `to`, or nothing of these. */
function clauseAfter(tokens: Token[], i: number): string {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'open') return 'quote';
    if (t.text === ':') return 'colon';
    if (t.lower === 'that') return 'that';
    if (t.type === 'break' || t.text === '.') return 'end';
  }
  return 'none';
}

/** The model's score for token `i` (positive: a cue). */
export function scoreCue(tokens: Token[], i: number, sentenceFirst: number): number {
  const features = cueFeatures(tokens, i, sentenceFirst);
  let score = BIAS;
  for (let k = 0; k < features.length; k++) score += WEIGHTS.get(features[k]) ?? 0;
  return score;
}

/**
 * The weight of the word itself: a cheap first test. Words the model never saw as cues
 * (weight ≤ 0) cannot reach the proposal threshold in practice, so they are not scored.
 */
export function wordCueWeight(lower: string): number {
  return WORD_WEIGHTS.get(lower) ?? 0;
}
