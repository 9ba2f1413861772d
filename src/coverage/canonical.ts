/**
 * Picks an utterance's canonical wording: the most complete rendering in quotation marks
 * (a chain of consecutive quotations of one article counts as one rendering), then the
 * earliest said, then the earliest published. Reports are used only when nothing was
 * quoted.
 */
import { dateRange } from './compatibility.js';
import { renderParts, markedStretches, type Unit } from './occurrence-units.js';
import type { Chain } from './utterance-chains.js';

/** The chosen wording and the units it was taken from. */
export interface Canonical {
  text: string;
  /** Unit indexes the text was built from, in text order. */
  from: number[];
  language: string;
}

function rank(u: Unit): number {
  if (u.quoted && u.quote.kind !== 'mixed') return 2;
  return u.quote.kind === 'mixed' ? 1 : 0;
}

/** The text a unit contributes to a canonical: its marked words for a mixed quote. */
function unitText(u: Unit): string {
  if (u.quote.kind !== 'mixed') return u.rendered;
  return renderParts(markedStretches(u.text).map((s) => u.text.slice(s.start, s.end)));
}

function saidStart(u: Unit): number {
  return u.saidWhen ? dateRange(u.saidWhen)[0] : Number.POSITIVE_INFINITY;
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
  const score = (seq: number[]) => ({
    rank: Math.min(...seq.map((k) => rank(units[k]))),
    words: seq.reduce((n, k) => n + units[k].words.length, 0),
    said: Math.min(...seq.map((k) => saidStart(units[k]))),
    published: Math.min(...seq.map((k) => units[k].published ?? Number.POSITIVE_INFINITY)),
    id: units[seq[0]].quote.id,
  });
  const best = candidates
    .map((seq) => ({ seq, s: score(seq) }))
    .sort(
      (x, y) =>
        y.s.rank - x.s.rank ||
        y.s.words - x.s.words ||
        x.s.said - y.s.said ||
        x.s.published - y.s.published ||
        (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0),
    )[0];
  const from = best.seq;
  return { text: from.map((k) => unitText(units[k])).join(' '), from, language: units[from[0]].article.language };
}
