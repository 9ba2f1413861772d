/**
 * Word-sequence alignment of two token lists by common blocks, with editorial insertions
 * (`[himself]`) matching any single word. Used to decide whether two
 * renderings are the same words, and to diff an occurrence against its canonical wording.
 */

/** A word sequence to align: folded words, and which of them are wildcards. */
export interface WordSeq {
  words: readonly string[];
  wild?: readonly boolean[];
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

/** The longest common block of `a[a0..a1)` and `b[b0..b1)`: `[i, j, length]`. */
function longestBlock(a: WordSeq, a0: number, a1: number, b: WordSeq, b0: number, b1: number): [number, number, number] {
  let best: [number, number, number] = [a0, b0, 0];
  let prev = new Uint32Array(b1 - b0 + 1);
  let cur = new Uint32Array(b1 - b0 + 1);
  for (let i = a0; i < a1; i++) {
    for (let j = b0; j < b1; j++) {
      const k = j - b0 + 1;
      cur[k] = same(a, i, b, j) ? prev[k - 1] + 1 : 0;
      if (cur[k] > best[2]) best = [i - cur[k] + 1, j - cur[k] + 1, cur[k]];
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
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
  const pairs: [number, number][] = [];
  const stack: [number, number, number, number][] = [[0, a.words.length, 0, b.words.length]];
  const blocks: [number, number, number][] = [];
  while (stack.length > 0) {
    const [a0, a1, b0, b1] = stack.pop() as [number, number, number, number];
    if (a0 >= a1 || b0 >= b1) continue;
    const [i, j, n] = longestBlock(a, a0, a1, b, b0, b1);
    if (n === 0) continue;
    blocks.push([i, j, n]);
    stack.push([a0, i, b0, j], [i + n, a1, j + n, b1]);
  }
  blocks.sort((x, y) => x[0] - y[0]);
  let longestRun = 0;
  for (const [i, j, n] of blocks) {
    for (let k = 0; k < n; k++) pairs.push([i + k, j + k]);
    longestRun = Math.max(longestRun, n);
  }
  return { pairs, longestRun };
}

/**
 * Whether `needle` occurs as a contiguous run inside `hay` (wildcards match any word).
 * @example containsRun({ words: ['x', 'y', 'z'] }, { words: ['y', 'z'] }) // true
 */
export function containsRun(hay: WordSeq, needle: WordSeq): boolean {
  const n = needle.words.length;
  if (n === 0) return false;
  outer: for (let s = 0; s + n <= hay.words.length; s++) {
    for (let k = 0; k < n; k++) if (!same(hay, s + k, needle, k)) continue outer;
    return true;
  }
  return false;
}
