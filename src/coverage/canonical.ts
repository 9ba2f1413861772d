/**
 * Picks an utterance's canonical wording: the most complete rendering in quotation marks
 * (a chain of consecutive quotations of one article counts as one rendering), then the
 * earliest said, then the earliest published. Reports are used only when nothing was
 * quoted.
 *
 * "Most complete" is measured by support, not length: the number of the rendering's words
 * that other renderings of the cluster also carry, summed over them. The full original
 * is supported by every truncation and by most of a reworded copy, while a synonym-swapped
 * rewrite ("died" → "broke down") is longer but its new words are carried by nobody else,
 * so it cannot displace the original by adding words.
 */
import { dateRange } from './compatibility.js';
import type { Unit } from './occurrence-units.js';
import type { Chain } from './utterance-chains.js';

/** The chosen wording and the units it was taken from. */
export interface Canonical {
  text: string;
  /** Unit indexes the text was built from, in text order. */
  from: number[];
  language: string;
}

// How close to the best a rendering must be to count as equally complete.
const SUPPORT_TOLERANCE = 0.95;
const WORD_TOLERANCE = 2;
const WORD_SHARE_TOLERANCE = 0.05;

function rank(u: Unit): number {
  if (u.quoted && u.quote.kind !== 'mixed') return 2;
  return u.quote.kind === 'mixed' ? 1 : 0;
}


// The latest moment a rendering can have been said: a month-precise "2025-02" must not
// count as said before a day-precise "2025-02-18" that lies inside it.
function saidBy(u: Unit): number {
  return u.saidWhen ? dateRange(u.saidWhen)[1] : Number.POSITIVE_INFINITY;
}

/**
 * Chooses the canonical of a cluster.
 * @param members unit indexes of the cluster
 * @param chains continuations among all units
 */
export function chooseCanonical(units: readonly Unit[], members: readonly number[], chains: readonly Chain[]): Canonical {
  const inCluster = new Set(members);
  const next = new Map<number, number>();
  const hasPrev = new Set<number>();
  for (const { prev: i, next: j } of chains) {
    if (inCluster.has(i) && inCluster.has(j) && rank(units[i]) === 2 && rank(units[j]) === 2) {
      next.set(i, j);
      hasPrev.add(j);
    }
  }
  const candidates: number[][] = [];
  for (const i of members) {
    if (hasPrev.has(i)) continue;
    const seq = [i];
    for (let k = next.get(i); k !== undefined; k = next.get(k)) seq.push(k);
    candidates.push(seq);
  }
  // Support is counted between renderings (a chain is one), so a chain's own parts do not
  // vouch for each other.
  const vocabs = candidates.map((seq) => new Set(seq.flatMap((k) => units[k].words.map((w) => w.norm))));
  // How many renderings carry each word: a rendering's support is, over its words, the
  // number of other renderings that carry the word too.
  const carriers = new Map<string, number>();
  for (const vocab of vocabs) for (const w of vocab) carriers.set(w, (carriers.get(w) ?? 0) + 1);
  const support = (c: number) => {
    let n = 0;
    for (const w of vocabs[c]) n += (carriers.get(w) ?? 1) - 1;
    return n;
  };
  const score = (seq: number[], c: number) => ({
    rank: Math.min(...seq.map((k) => rank(units[k]))),
    support: support(c),
    words: seq.reduce((n, k) => n + units[k].words.length, 0),
    said: Math.min(...seq.map((k) => saidBy(units[k]))),
    published: Math.min(...seq.map((k) => units[k].published ?? Number.POSITIVE_INFINITY)),
    id: units[seq[0]].quote.id,
  });
  // Narrow step by step: best rank, then (nearly) best support, then (nearly) most words;
  // among renderings that are equally complete within a word or two (a synonym swapped,
  // "a debt" / "back a debt"), the earliest said and then earliest published is the original.
  let pool = candidates.map((seq, c) => ({ seq, s: score(seq, c) }));
  const topRank = Math.max(...pool.map((x) => x.s.rank));
  pool = pool.filter((x) => x.s.rank === topRank);
  const topSupport = Math.max(...pool.map((x) => x.s.support));
  pool = pool.filter((x) => x.s.support >= topSupport * SUPPORT_TOLERANCE);
  const topWords = Math.max(...pool.map((x) => x.s.words));
  pool = pool.filter((x) => x.s.words >= topWords - Math.max(WORD_TOLERANCE, topWords * WORD_SHARE_TOLERANCE));
  const best = pool.sort(
    (x, y) =>
      x.s.said - y.s.said ||
      x.s.published - y.s.published ||
      y.s.words - x.s.words ||
      (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0),
  )[0];
  const from = best.seq;
  return { text: from.map((k) => units[k].quotedText).join(' '), from, language: units[from[0]].article.language };
}
