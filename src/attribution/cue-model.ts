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

const BIAS: number = weights.bias;

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

/** The model's feature templates, in the order `featureValues` fills them. */
const TEMPLATES = ['w', 's3', 's2', 'p1', 'n1', 'p1s', 'p2s', 'n1s', 'n2s', 'p1s n1s', 'w n1', 'lex', 'pos', 'clause', 'n2'] as const;

/**
 * The weights split by template and keyed by bare value, in Maps (far faster than a
 * 40k-key object for dynamic lookups): scoring looks words up as the
 * token strings they are, instead of building and hashing a `template=value` string each.
 */
const TABLES: ReadonlyArray<Map<string, number>> = (() => {
  const tables = TEMPLATES.map(() => new Map<string, number>());
  const index = new Map<string, number>(TEMPLATES.map((t, k) => [t, k]));
  for (const [feature, weight] of Object.entries(weights.weights as Record<string, number>)) {
    const eq = feature.indexOf('=');
    const k = index.get(feature.slice(0, eq));
    if (k !== undefined) tables[k].set(feature.slice(eq + 1), weight);
  }
  return tables;
})();

/**
 * The value of each template for token `i`: the one definition of the features, used by
 * training (through `cueFeatures`) and inference (through `scoreCue`) alike.
 */
function featureValues(tokens: Token[], i: number, sentenceFirst: number): string[] {
  const t = tokens[i];
  const p1 = tokens[i - 1];
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  const w = t.lower;
  const lex = lookupCue(w);
  const position = i - sentenceFirst;
  const sp1 = shape(p1);
  const sn1 = shape(n1);
  const next = n1 ? n1.lower : '</s>';
  return [
    w, w.slice(-3), w.slice(-2), p1 ? p1.lower : '<s>', next, sp1, shape(tokens[i - 2]), sn1, shape(n2),
    `${sp1} ${sn1}`, `${w} ${next}`, lex ? lex.class : 'none',
    position < 4 ? String(position) : position < 8 ? 'mid' : 'late', clauseAfter(tokens, i), n2 ? n2.lower : '</s>',
  ];
}

/** Feature strings (`template=value`) of token `i`, as the training script stores them. */
export function cueFeatures(tokens: Token[], i: number, sentenceFirst: number): string[] {
  return featureValues(tokens, i, sentenceFirst).map((v, k) => `${TEMPLATES[k]}=${v}`);
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

/** Weight of the word-only templates (word, suffixes, lexicon class), memoised per word form. */
const wordParts = new Map<string, number>();
/** Forms kept before the memo starts over (bounds memory over a long run). */
const WORD_PARTS_LIMIT = 100_000;

function wordPart(w: string): number {
  let v = wordParts.get(w);
  if (v === undefined) {
    const lex = lookupCue(w);
    v = (TABLES[0].get(w) ?? 0) + (TABLES[1].get(w.slice(-3)) ?? 0) + (TABLES[2].get(w.slice(-2)) ?? 0) + (TABLES[11].get(lex ? lex.class : 'none') ?? 0);
    if (wordParts.size >= WORD_PARTS_LIMIT) wordParts.clear();
    wordParts.set(w, v);
  }
  return v;
}

/** `w n1` weights by word, then next word: looked up without building the pair string. */
const WORD_NEXT: ReadonlyMap<string, Map<string, number>> = (() => {
  const out = new Map<string, Map<string, number>>();
  for (const [pair, weight] of TABLES[10]) {
    const sp = pair.lastIndexOf(' ');
    const w = pair.slice(0, sp);
    let inner = out.get(w);
    if (!inner) out.set(w, (inner = new Map()));
    inner.set(pair.slice(sp + 1), weight);
  }
  return out;
})();

/**
 * The model's score for token `i` (positive: a cue). The same sum as the weights of
 * `cueFeatures(tokens, i, sentenceFirst)` (a test holds the two together), computed
 * without building the feature strings: the detector scores every candidate word, so
 * this is the attribution stage's hottest loop.
 */
export function scoreCue(tokens: Token[], i: number, sentenceFirst: number): number {
  if (tokens !== memoTokens) {
    memoTokens = tokens;
    memo = new Float64Array(tokens.length).fill(NaN);
  }
  const known = memo[i];
  if (!Number.isNaN(known)) return known;
  return (memo[i] = computeScore(tokens, i, sentenceFirst));
}

/**
 * Scores of the last text's tokens: the rules and the report check both ask for a cue's
 * score, and a text is scored start to end before the next one. Holds one text at most.
 */
let memoTokens: Token[] | null = null;
let memo = new Float64Array(0);

function computeScore(tokens: Token[], i: number, sentenceFirst: number): number {
  const t = tokens[i];
  const p1 = tokens[i - 1];
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  const w = t.lower;
  const next = n1 ? n1.lower : '</s>';
  const position = i - sentenceFirst;
  const sp1 = shape(p1);
  const sn1 = shape(n1);
  const T = TABLES;
  return BIAS + wordPart(w)
    + (T[3].get(p1 ? p1.lower : '<s>') ?? 0) + (T[4].get(next) ?? 0)
    + (T[5].get(sp1) ?? 0) + (T[6].get(shape(tokens[i - 2])) ?? 0) + (T[7].get(sn1) ?? 0) + (T[8].get(shape(n2)) ?? 0)
    + (T[9].get(`${sp1} ${sn1}`) ?? 0) + (WORD_NEXT.get(w)?.get(next) ?? 0)
    + (T[12].get(position < 4 ? String(position) : position < 8 ? 'mid' : 'late') ?? 0)
    + (T[13].get(clauseAfter(tokens, i)) ?? 0) + (T[14].get(n2 ? n2.lower : '</s>') ?? 0);
}

/** The score as the sum of the weights of the feature strings: the reference `scoreCue` must equal. */
export function scoreCueFeatures(tokens: Token[], i: number, sentenceFirst: number): number {
  const values = featureValues(tokens, i, sentenceFirst);
  let score = BIAS;
  for (let k = 0; k < values.length; k++) score += TABLES[k].get(values[k]) ?? 0;
  return score;
}

/**
 * The weight of the word itself: a cheap first test. Words the model never saw as cues
 * (weight ≤ 0) cannot reach the proposal threshold in practice, so they are not scored.
 */
export function wordCueWeight(lower: string): number {
  return TABLES[0].get(lower) ?? 0;
}
