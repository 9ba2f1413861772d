/**
 * Word-sequence alignment of two token lists by common blocks, with editorial insertions
 * (`[himself]`) matching any single word. Used to decide whether two
 * renderings are the same words, and to diff an occurrence against its canonical wording.
 */

/** A word sequence to align: folded words, and which of them are wildcards. */
export interface WordSeq {
  words: readonly string[];
  wild?: readonly boolean[];
  /**
   * The words as ids from `vocabulary` (wildcards -1), made by `encodeWords`: two
   * sequences encoded with one vocabulary align without re-encoding.
   */
  encoded?: { vocabulary: Map<string, number>; ids: Int32Array };
}

/** Result of aligning `a` against `b`. */
export interface Alignment {
  /** Matched index pairs `[i in a, j in b]`, increasing in both. */
  pairs: [number, number][];
  /** Length of the longest run of pairs consecutive in both sequences. */
  longestRun: number;
}

function same(a: WordSeq, i: number, b: WordSeq, j: number): boolean {
  return a.words[i] === b.words[j] || a.wild?.[i] === true || b.wild?.[j] === true;
}

/**
 * Encodes a sequence for `alignWords` with word ids from `vocabulary` (new words are added),
 * so that a sequence compared many times is encoded once.
 */
export function encodeWords(seq: WordSeq, vocabulary: Map<string, number>): WordSeq {
  const ids = new Int32Array(seq.words.length);
  for (let i = 0; i < ids.length; i++) {
    if (seq.wild?.[i] === true) {
      ids[i] = -1;
      continue;
    }
    const w = seq.words[i];
    let id = vocabulary.get(w);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(w, id);
    }
    ids[i] = id;
  }
  return { ...seq, encoded: { vocabulary, ids } };
}

/** Word ids of both sequences for the inner loops (equal words, equal ids; wildcards -1). */
function encode(a: WordSeq, b: WordSeq): [Int32Array, Int32Array] {
  if (a.encoded && b.encoded && a.encoded.vocabulary === b.encoded.vocabulary) return [a.encoded.ids, b.encoded.ids];
  const vocabulary = new Map<string, number>();
  return [encodeWords(a, vocabulary).encoded!.ids, encodeWords(b, vocabulary).encoded!.ids];
}

function isSameRun(a: WordSeq, b: WordSeq): boolean {
  for (let i = 0; i < a.words.length; i++) if (!same(a, i, b, i)) return false;
  return true;
}

/** The longest common block of `a[a0..a1)` and `b[b0..b1)`: `[i, j, length]`. */
function longestBlock(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, rows: [Uint32Array, Uint32Array]): [number, number, number] {
  let bi = a0;
  let bj = b0;
  let bn = 0;
  // Two rows of the run-length table, reused across calls; only the previous row is read
  // before it is written, so it alone is cleared.
  let [prev, cur] = rows;
  prev.fill(0, 0, b1 - b0 + 1);
  for (let i = a0; i < a1; i++) {
    const x = a[i];
    for (let j = b0; j < b1; j++) {
      const k = j - b0 + 1;
      const y = b[j];
      // Every cell of `cur` past 0 is written here, so it needs no clearing between rows.
      const run = x === y || x < 0 || y < 0 ? prev[k - 1] + 1 : 0;
      cur[k] = run;
      if (run > bn) [bi, bj, bn] = [i - run + 1, j - run + 1, run];
    }
    [prev, cur] = [cur, prev];
  }
  return [bi, bj, bn];
}

/**
 * Aligns two word sequences the way people read a retelling: the longest common block of
 * words first, then the longest blocks left of it and right of it, recursively (the
 * Ratcliff/Obershelp method, as in Python's difflib). Unlike a plain longest common
 * subsequence, this never scatters a short phrase ("very real") over distant words of a
 * long text when it occurs there as one block.
 * @example alignWords({ words: ['a', 'b', 'c'] }, { words: ['a', 'c'] }).pairs // [[0,0],[2,1]]
 */
export function alignWords(a: WordSeq, b: WordSeq): Alignment {
  // Identical sequences (the commonest case: one quotation carried unchanged) are one block.
  if (a.words.length === b.words.length && a.words.length > 0 && isSameRun(a, b)) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < a.words.length; i++) pairs.push([i, i]);
    return { pairs, longestRun: a.words.length };
  }
  // One inside the other (a truncation): that is the longest block, and nothing is left
  // on either side of it in the shorter one.
  const inner = a.words.length <= b.words.length ? runStart(b, a) : runStart(a, b);
  if (inner >= 0) {
    const n = Math.min(a.words.length, b.words.length);
    const pairs: [number, number][] = [];
    for (let k = 0; k < n; k++) pairs.push(a.words.length <= b.words.length ? [k, inner + k] : [inner + k, k]);
    return { pairs, longestRun: n };
  }
  const [x, y] = encode(a, b);
  const rows: [Uint32Array, Uint32Array] = [new Uint32Array(y.length + 1), new Uint32Array(y.length + 1)];
  const pairs: [number, number][] = [];
  const stack: [number, number, number, number][] = [[0, x.length, 0, y.length]];
  const blocks: [number, number, number][] = [];
  while (stack.length > 0) {
    const [a0, a1, b0, b1] = stack.pop() as [number, number, number, number];
    if (a0 >= a1 || b0 >= b1) continue;
    const [i, j, n] = longestBlock(x, a0, a1, y, b0, b1, rows);
    if (n === 0) continue;
    blocks.push([i, j, n]);
    stack.push([a0, i, b0, j], [i + n, a1, j + n, b1]);
  }
  blocks.sort((p, q) => p[0] - q[0]);
  let longestRun = 0;
  for (const [i, j, n] of blocks) {
    for (let k = 0; k < n; k++) pairs.push([i + k, j + k]);
    longestRun = Math.max(longestRun, n);
  }
  return { pairs, longestRun };
}

/**
 * Where `needle` first occurs as a contiguous run inside `hay` (wildcards match any word),
 * or -1 (also when empty).
 * @example runStart({ words: ['x', 'y', 'z'] }, { words: ['y', 'z'] }) // 1
 */
export function runStart(hay: WordSeq, needle: WordSeq): number {
  const n = needle.words.length;
  if (n === 0) return -1;
  outer: for (let s = 0; s + n <= hay.words.length; s++) {
    for (let k = 0; k < n; k++) if (!same(hay, s + k, needle, k)) continue outer;
    return s;
  }
  return -1;
}
