/**
 * A small learned cue detector for the long tail of reporting verbs the lexicon lacks
 * (`is once again questioning`, `has gone after`, `laid out`): an averaged perceptron over
 * the word and its neighbours, trained on PolNeAR's train split by
 * scripts/train-cue-model.ts into models/cue-perceptron.json. The rules still find the
 * source and the content; the model only proposes where a cue is.
 */
import type { Token } from './tokenize.js';
import { lookupCue } from './cue-forms.js';
import { SUBJECT_PRONOUN_WORDS } from './word-lists.js';
import { flat, templateTables } from './weight-tables.js';
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
  if (SUBJECT_PRONOUN_WORDS.has(t.lower)) return 'pron';
  if (AUX.has(t.lower)) return 'aux';
  return t.upper ? 'Cap' : 'low';
}


/** The model's feature templates, in the order `featureValues` fills them. */
const TEMPLATES = ['w', 's3', 's2', 'p1', 'n1', 'p1s', 'p2s', 'n1s', 'n2s', 'p1s n1s', 'w n1', 'lex', 'pos', 'clause', 'n2'] as const;

/** The weights split by template and keyed by bare value (weight-tables.ts). */
const TABLES: ReadonlyArray<Map<string, number>> = templateTables(TEMPLATES, weights.weights as Record<string, number>);

/**
 * Shapes as small numbers, so scoring reads the shape templates' weights from arrays
 * instead of building (`p,`, `low pron`) and hashing strings for every candidate: each
 * shape the model weighs, alone or in a `p1s n1s` pair, has an index; every other shape
 * shares the last one, UNWEIGHTED_SHAPE, whose weights are all 0.
 */
const SHAPE_INDEX: ReadonlyMap<string, number> = (() => {
  const shapes = new Set<string>(['none']);
  for (const k of [5, 6, 7, 8]) for (const s of TABLES[k].keys()) shapes.add(s);
  for (const pair of TABLES[9].keys()) {
    const halves = pair.split(' ');
    // Token texts hold no white space, so a pair splits into its two shapes exactly.
    if (halves.length !== 2) throw new Error(`cue model: shape pair "${pair}" is not two shapes`);
    for (const s of halves) shapes.add(s);
  }
  return new Map([...shapes].map((s, k) => [s, k]));
})();
const NONE_SHAPE = SHAPE_INDEX.get('none')!;
/**
 * The punctuation shapes (`p,`) by the mark alone, so scoring builds and hashes no `p${text}`
 * string per mark. `pron` gives `ron`, which no mark is: the lookup finds what
 * `SHAPE_INDEX.get(shape(t))` finds.
 */
const PUNCT_SHAPE: ReadonlyMap<string, number> = new Map([...SHAPE_INDEX].filter(([s]) => s.startsWith('p')).map(([s, k]) => [s.slice(1), k]));
const UNWEIGHTED_SHAPE = SHAPE_INDEX.size;

/** One shape template's weights by shape index. */
function shapeWeights(table: ReadonlyMap<string, number>): Float64Array {
  const out = new Float64Array(UNWEIGHTED_SHAPE + 1);
  for (const [s, k] of SHAPE_INDEX) out[k] = table.get(s) ?? 0;
  return out;
}

const P1_SHAPE = shapeWeights(TABLES[5]);
const P2_SHAPE = shapeWeights(TABLES[6]);
const N1_SHAPE = shapeWeights(TABLES[7]);
const N2_SHAPE = shapeWeights(TABLES[8]);
/** `p1s n1s` weights at `p1 index * (UNWEIGHTED_SHAPE + 1) + n1 index`. */
const SHAPE_PAIRS: Float64Array = (() => {
  const out = new Float64Array((UNWEIGHTED_SHAPE + 1) ** 2);
  for (const [a, ka] of SHAPE_INDEX) for (const [b, kb] of SHAPE_INDEX) out[ka * (UNWEIGHTED_SHAPE + 1) + kb] = TABLES[9].get(`${a} ${b}`) ?? 0;
  return out;
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

/** Weight of the word-only templates (word, suffixes, lexicon class) of one word form. */
function wordPart(w: string): number {
  const lex = lookupCue(w);
  return (TABLES[0].get(w) ?? 0) + (TABLES[1].get(w.slice(-3)) ?? 0) + (TABLES[2].get(w.slice(-2)) ?? 0) + (TABLES[11].get(lex ? lex.class : 'none') ?? 0);
}

/**
 * Every weight the model gives one word form, in each role it can play in a candidate's
 * window: gathered into one record so scoring looks each token up once, not once per table.
 */
interface WordWeights {
  /** Index of the form among the weighted forms (-1: none), a key of `pairWeight`. */
  id: number;
  /** `w`: the form as the candidate (`wordCueWeight`). */
  own: number;
  /** `wordPart` of the form as the candidate. */
  part: number;
  /** `p1`: the form right before the candidate. */
  before: number;
  /** `n1`: the form right after it. */
  after: number;
  /** `n2`: the form two after it. */
  twoAfter: number;
}

/**
 * The forms with any word weight (including the `<s>` and `</s>` stand-ins, and every form
 * that follows a word in a `w n1` pair), each with its `WordWeights`, built once. Other
 * forms weigh nothing in any word role, though their `wordPart` (suffixes, lexicon class)
 * may: scoring one as the candidate (rare: only lexicon cues and the report check's cue
 * heads are scored without a positive own weight) computes its `wordPart` afresh.
 */
const WORDS: ReadonlyMap<string, WordWeights> = (() => {
  const out = new Map<string, WordWeights>();
  const add = (w: string): void => {
    if (out.has(w)) return;
    // Flat: a long form sliced from its feature string would be compared through the runtime (weight-tables.ts).
    out.set(flat(w), {
      id: out.size, own: TABLES[0].get(w) ?? 0, part: wordPart(w),
      before: TABLES[3].get(w) ?? 0, after: TABLES[4].get(w) ?? 0, twoAfter: TABLES[14].get(w) ?? 0,
    });
  };
  for (const k of [0, 3, 4, 14]) for (const w of TABLES[k].keys()) add(w);
  for (const pair of TABLES[10].keys()) {
    const sp = pair.lastIndexOf(' ');
    add(pair.slice(0, sp));
    add(pair.slice(sp + 1));
  }
  return out;
})();

/**
 * `w n1` weights keyed by the two forms' ids, in one open-addressing table of two typed
 * arrays: a lookup probes a slot or two of flat memory, where a Map per word (scattered
 * over the heap, and asked for every scored candidate) missed the cache. No pair string is
 * built and no next word hashed again.
 */
const PAIRS = (() => {
  const forms = WORDS.size;
  if (forms * forms >= 2 ** 31) throw new Error('cue model: too many word forms for pair keys');
  const bits = Math.ceil(Math.log2(2 * TABLES[10].size + 2));
  const keys = new Int32Array(1 << bits).fill(-1);
  const weights = new Float64Array(1 << bits);
  const table = { forms, bits, keys, weights };
  for (const [pair, weight] of TABLES[10]) {
    const sp = pair.lastIndexOf(' ');
    const key = WORDS.get(pair.slice(0, sp))!.id * forms + WORDS.get(pair.slice(sp + 1))!.id;
    const slot = pairSlot(table, key);
    keys[slot] = key;
    weights[slot] = weight;
  }
  return table;
})();

/** The slot holding `key`, or the empty slot where it would go. */
function pairSlot(table: { bits: number; keys: Int32Array }, key: number): number {
  const mask = (1 << table.bits) - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - table.bits);
  while (table.keys[slot] !== -1 && table.keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** The `w n1` weight of `word` followed by `next` (0 when the model has none). */
function pairWeight(word: WordWeights, next: WordWeights): number {
  if (word.id < 0 || next.id < 0) return 0;
  const slot = pairSlot(PAIRS, word.id * PAIRS.forms + next.id);
  return PAIRS.keys[slot] === -1 ? 0 : PAIRS.weights[slot];
}

/** The record of a form with no word weight in any role. */
const UNWEIGHTED_WORD: WordWeights = { id: -1, own: 0, part: 0, before: 0, after: 0, twoAfter: 0 };
const SENTENCE_START = WORDS.get('<s>') ?? UNWEIGHTED_WORD;
const SENTENCE_END = WORDS.get('</s>') ?? UNWEIGHTED_WORD;

/**
 * The model's score for token `i` (positive: a cue). The same sum as the weights of
 * `cueFeatures(tokens, i, sentenceFirst)` (a test holds the two together), computed
 * without building the feature strings: the detector scores every candidate word, so
 * this is the attribution stage's hottest loop.
 */
export function scoreCue(tokens: Token[], i: number, sentenceFirst: number): number {
  memoize(tokens);
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
/** Shape index + 1 of the last text's tokens (0: not yet known); each token is a neighbour of several candidates. */
let shapeMemo = new Uint16Array(0);

/** The word record of the last text's tokens, filled as candidates ask (each token is a neighbour of several). */
let wordMemo: (WordWeights | undefined)[] = [];

/** Makes the memos above those of `tokens`' text, empty when it is a new one. */
function memoize(tokens: Token[]): void {
  if (tokens === memoTokens) return;
  memoTokens = tokens;
  memo = new Float64Array(tokens.length).fill(NaN);
  shapeMemo = new Uint16Array(tokens.length);
  wordMemo = new Array<WordWeights | undefined>(tokens.length);
}

/** The `WordWeights` of token `k` of the text being scored (no weights if the model has none for its form). */
function wordAt(tokens: Token[], k: number): WordWeights {
  let known = wordMemo[k];
  if (known === undefined) wordMemo[k] = known = WORDS.get(tokens[k].lower) ?? UNWEIGHTED_WORD;
  return known;
}

/** The shape index of token `k` of the text being scored (`none` outside it). */
function shapeAt(tokens: Token[], k: number): number {
  if (k < 0 || k >= tokens.length) return NONE_SHAPE;
  const known = shapeMemo[k];
  if (known !== 0) return known - 1;
  const t = tokens[k];
  const index = (t.type === 'punct' ? PUNCT_SHAPE.get(t.text) : SHAPE_INDEX.get(shape(t))) ?? UNWEIGHTED_SHAPE;
  shapeMemo[k] = index + 1;
  return index;
}

function computeScore(tokens: Token[], i: number, sentenceFirst: number): number {
  const word = wordAt(tokens, i);
  const next = i + 1 < tokens.length ? wordAt(tokens, i + 1) : SENTENCE_END;
  const position = i - sentenceFirst;
  const sp1 = shapeAt(tokens, i - 1);
  const sn1 = shapeAt(tokens, i + 1);
  // Summed in the order of `cueFeatures`, so the score is the same float as before.
  return BIAS + (word !== UNWEIGHTED_WORD ? word.part : wordPart(tokens[i].lower))
    + (i > 0 ? wordAt(tokens, i - 1) : SENTENCE_START).before + next.after
    + P1_SHAPE[sp1] + P2_SHAPE[shapeAt(tokens, i - 2)] + N1_SHAPE[sn1] + N2_SHAPE[shapeAt(tokens, i + 2)]
    + SHAPE_PAIRS[sp1 * (UNWEIGHTED_SHAPE + 1) + sn1] + pairWeight(word, next)
    + (TABLES[12].get(position < 4 ? String(position) : position < 8 ? 'mid' : 'late') ?? 0)
    + (TABLES[13].get(clauseAfter(tokens, i)) ?? 0) + (i + 2 < tokens.length ? wordAt(tokens, i + 2) : SENTENCE_END).twoAfter;
}

/** The score as the sum of the weights of the feature strings: the reference `scoreCue` must equal. */
export function scoreCueFeatures(tokens: Token[], i: number, sentenceFirst: number): number {
  const values = featureValues(tokens, i, sentenceFirst);
  let score = BIAS;
  for (let k = 0; k < values.length; k++) score += TABLES[k].get(values[k]) ?? 0;
  return score;
}

/**
 * The weight of token `i`'s word itself: a cheap first test. The rules score only words with a
 * positive weight: scoring every word as well would add about 0.3 point of held-out F1
 * on PolNeAR train at a large cost in speed.
 */
export function wordCueWeight(tokens: Token[], i: number): number {
  // Read through the word memo: the candidates that pass are scored next, and their score reads it too.
  memoize(tokens);
  return wordAt(tokens, i).own;
}

/** The words whose own weight is above `min` (see `wordCueWeight`). */
export function wordsWeighingOver(min: number): string[] {
  const out: string[] = [];
  for (const [w, weights] of WORDS) if (weights.own > min) out.push(w);
  return out;
}
