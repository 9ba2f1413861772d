/**
 * MinHash sketches and LSH band keys: sets of words with a Jaccard similarity above about
 * (1/bands)^(1/rows) share a band key with high probability, so a store can find similar
 * articles by key lookup instead of comparing against everything.
 */
import { hash32 } from './stable-id.js';

/** Number of hash functions, and rows per band (so HASHES / ROWS band keys). */
const HASHES = 32;
const ROWS = 2;

/** The MinHash signature of a set of strings (empty set: empty signature). */
export function minhash(items: Iterable<string>, hashes = HASHES): number[] {
  const sig = new Array<number>(hashes).fill(0xffffffff);
  let any = false;
  for (const item of items) {
    any = true;
    for (let k = 0; k < hashes; k++) {
      const h = hash32(item, k + 1);
      if (h < sig[k]) sig[k] = h;
    }
  }
  return any ? sig : [];
}

/**
 * LSH band keys of a signature: `mh:<band>:<hex>`. With 32 hashes in bands of 2 rows, sets
 * with Jaccard 0.3 share a key with probability about 0.95.
 */
export function bandKeys(sig: readonly number[], rows = ROWS): string[] {
  const out: string[] = [];
  for (let b = 0; b + rows <= sig.length; b += rows) {
    out.push(`mh:${b / rows}:${hash32(sig.slice(b, b + rows).join(',')).toString(16)}`);
  }
  return out;
}
