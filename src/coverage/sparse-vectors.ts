/**
 * Unit-length sparse vectors over integer term ids, and sorted hash arrays, so that the
 * hundreds of thousands of comparisons story clustering makes are merges of two sorted
 * arrays instead of hash-map lookups.
 */

/** A unit-length vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/**
 * The unit vector of term weights; terms get ids from `vocabulary` (new terms are added).
 * @example unitVector(new Map([['quay', 3], ['storm', 4]]), vocab) // values 0.6, 0.8
 */
export function unitVector(weights: ReadonlyMap<string, number>, vocabulary: Map<string, number>): SparseVector {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [term, w] of weights) {
    let id = vocabulary.get(term);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(term, id);
    }
    entries.push([id, w]);
    norm += w * w;
  }
  entries.sort((a, b) => a[0] - b[0]);
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { ids: Int32Array.from(entries, (e) => e[0]), values: Float64Array.from(entries, (e) => e[1] * scale) };
}

/** Cosine similarity of two unit vectors (0 when either is empty). */
export function cosineOf(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const { ids: ai, values: av } = a;
  const { ids: bi, values: bv } = b;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) dot += av[i++] * bv[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Distinct values of a set of 32-bit hashes, ascending. */
export function sortedHashes(values: Iterable<number>): Uint32Array {
  return Uint32Array.from(new Set(values)).sort();
}

/** How many values two ascending arrays have in common (a value repeated in both counts as often as in the one with fewer). */
export function countCommon(a: Uint32Array | Int32Array, b: Uint32Array | Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
