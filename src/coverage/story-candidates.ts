/**
 * Which pairs of articles story clustering compares: those that share a lookup key, so the
 * cost grows with the pairs that could be one story, not with the square of the pool.
 *
 * Keys: an article's most weighted topic words and anchors (its rarest, most repeated
 * words: places, projects, names of things; at most eight, and only those weighing at
 * least 40 % of the heaviest), the people it is about, and the shingles of its quotations. A key shared by many articles says nothing about which story they
 * belong to (a word or stock phrase every story uses) and is left out; words may be shared
 * by more articles than quotation shingles, since one story's articles share its words
 * while they quote it in fewer ways. Every rule in `story-links.ts` needs one of these in
 * common: a high cosine comes from shared heavy words, the people rules from a shared
 * person, and a shared quotation from its shingles.
 */
import type { Weighted } from './story-links.js';

const TOP_TERMS = 8;
const TOP_SHARE = 0.4;
const MAX_WORD_POSTINGS = 200;
const MAX_QUOTE_POSTINGS = 50;

function topKeys(weights: ReadonlyMap<string, number>, k: number): string[] {
  const sorted = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const floor = (sorted[0]?.[1] ?? 0) * TOP_SHARE;
  return sorted
    .slice(0, k)
    .filter(([, w]) => w >= floor)
    .map(([t]) => t);
}

/** Pairs `[x, y]` (x < y) of indexes into `weighted` worth comparing, sorted. */
export function candidatePairs(weighted: readonly Weighted[]): [number, number][] {
  const words = new Map<string, number[]>();
  // Quotation shingles, with whether the quotation's speaker is unknown.
  const shingles = new Map<number, { i: number; open: boolean }[]>();
  weighted.forEach((w, i) => {
    const keys = [...topKeys(w.weights, TOP_TERMS), ...topKeys(w.anchors, TOP_TERMS).map((t) => `a:${t}`), ...[...w.features.people].map((p) => `p:${p}`)];
    for (const key of new Set(keys)) {
      const list = words.get(key);
      if (list) list.push(i);
      else words.set(key, [i]);
    }
    for (const q of w.features.quotations) {
      for (const h of q.shingles) {
        const list = shingles.get(h);
        const entry = { i, open: q.personId === null };
        if (!list) shingles.set(h, [entry]);
        else if (list[list.length - 1].i !== i) list.push(entry);
        else list[list.length - 1].open ||= entry.open;
      }
    }
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const n = weighted.length;
  const pair = (x: number, y: number) => {
    const key = x * n + y;
    if (seen.has(key)) return;
    seen.add(key);
    out.push([x, y]);
  };
  for (const list of words.values()) {
    if (list.length > MAX_WORD_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pair(list[x], list[y]);
  }
  // A shared quotation links articles by itself only when a speaker is unknown (the same
  // known speaker is a shared person, found above), so only such pairs are added here.
  for (const list of shingles.values()) {
    if (list.length > MAX_QUOTE_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) if (list[x].open || list[y].open) pair(list[x].i, list[y].i);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
