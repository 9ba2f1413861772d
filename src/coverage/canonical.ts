/**
 * Picks an utterance's canonical wording: the most complete rendering in quotation marks
 * (a chain of consecutive quotations of one article counts as one rendering), then the
 * earliest said (among renderings that can have been said at that moment, those that give
 * no date included), then the earliest published. Reports are used only when nothing was
 * quoted.
 *
 * "Most complete" is measured by support, not length: the number of the rendering's words
 * that other renderings of the cluster also carry, summed over them. The full original
 * is supported by every truncation and by most of a reworded copy, while a synonym-swapped
 * rewrite ("died" → "broke down") is longer but its new words are carried by nobody else,
 * so it cannot displace the original by adding words. Renderings within a tolerance of the
 * best support and length count as equally complete.
 *
 * Ties among equally complete renderings said at the same time are broken in this order:
 * 1. the earliest published. Renderings published at the same moment, or on the same day
 *    when either gives only the date (a bare date says nothing about the hour), are tied;
 * 2. the wording most outlets carry: the number of outlets with a quoted rendering that
 *    is the candidate or a stretch of it, word for word and mark for mark (up to case,
 *    spacing and curly versus straight marks). When two outlets print "…Orrin & Vale,
 *    not in cash…" the same day as a third prints "…Orrin & Vale - not in cash…", the
 *    comma is what was said. A truncation every candidate contains is no vote;
 * 3. the most words;
 * 4. the lowest quote id: arbitrary, but stable across runs. Only wordings no outlet tells
 *    apart get this far: the same text, or one outlet's comma against another's dash.
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
// count as said before a day-precise "2025-02-18" that lies inside it. Nothing is said after
// the day it was printed, so a year-precise date (or none) counts up to that day: the wire
// quote printed on the 6th was said before a later outlet's "on Tuesday, the 7th".
function saidBy(u: Unit): number {
  const said = u.saidWhen ? dateRange(u.saidWhen)[1] : Number.POSITIVE_INFINITY;
  const { day } = publicationDay(u);
  return day ? Math.min(said, dateRange({ value: day, precision: 'day' })[1]) : said;
}

// The earliest moment a rendering can have been said: its date's first day, or any time at
// all when it gives none. A rendering that gives no date may be of the same moment as one
// that does: the coach's words printed on Monday with no date and retold on Friday as said
// "after Saturday's defeat" were said once, and Monday's print is the original.
function saidFrom(u: Unit): number {
  return u.saidWhen ? dateRange(u.saidWhen)[0] : Number.NEGATIVE_INFINITY;
}

/** A rendering's text for comparing wordings: case, spacing, quote-mark styles and edge punctuation ignored. */
function wordingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/** Whether `piece` occurs in `text` starting and ending at word boundaries. */
function containsWords(text: string, piece: string): boolean {
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + piece.length])) return true;
  }
  return false;
}

/** The calendar day an article gives and whether it also gives the time. */
function publicationDay(u: Unit): { day: string | null; timed: boolean } {
  const p = u.article.published;
  if (!p || u.published === null) return { day: null, timed: false };
  return { day: p.slice(0, 10), timed: /T\d/.test(p) };
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
    saidFrom: Math.min(...seq.map((k) => saidFrom(units[k]))),
    published: Math.min(...seq.map((k) => units[k].published ?? Number.POSITIVE_INFINITY)),
    // A chain's parts come from one article.
    day: publicationDay(units[seq[0]]),
    id: units[seq[0]].quote.id,
  });
  // Narrow step by step: best rank, then (nearly) best support, then (nearly) most words;
  // among renderings that are equally complete within a word or two (a synonym swapped,
  // "a debt" / "back a debt"), the earliest said and then earliest published is the original,
  // and a same-day tie goes to the wording most outlets carry (see the header).
  let pool = candidates.map((seq, c) => ({ seq, s: score(seq, c) }));
  const topRank = Math.max(...pool.map((x) => x.s.rank));
  pool = pool.filter((x) => x.s.rank === topRank);
  const topSupport = Math.max(...pool.map((x) => x.s.support));
  pool = pool.filter((x) => x.s.support >= topSupport * SUPPORT_TOLERANCE);
  const topWords = Math.max(...pool.map((x) => x.s.words));
  pool = pool.filter((x) => x.s.words >= topWords - Math.max(WORD_TOLERANCE, topWords * WORD_SHARE_TOLERANCE));
  // Said first: what can have been said by the time the earliest was (a rendering dated later
  // than that moment is a later statement; one with no date may be the same one).
  const firstSaid = Math.min(...pool.map((x) => x.s.said));
  pool = pool.filter((x) => x.s.saidFrom <= firstSaid);
  const first = pool.reduce((x, y) => (y.s.published < x.s.published ? y : x));
  pool = pool.filter(
    (x) =>
      x.s.published === first.s.published ||
      (x.s.day.day !== null && x.s.day.day === first.s.day.day && !(x.s.day.timed && first.s.day.timed)),
  );
  const outlets = pool.length > 1 ? carryingOutlets(units, members, pool.map((x) => x.seq)) : [0];
  const ranked = pool.map((x, c) => ({ ...x, outlets: outlets[c] }));
  const best = ranked.sort(
    (x, y) => y.outlets - x.outlets || y.s.words - x.s.words || (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0),
  )[0];
  const from = best.seq;
  return { text: from.map((k) => units[k].quotedText).join(' '), from, language: units[from[0]].article.language };
}

/**
 * For each candidate wording, the number of outlets with a quoted rendering of the cluster
 * that is the candidate or a stretch of it, word for word and mark for mark. A rendering
 * that fits every candidate (a truncation clear of the words they differ in) is no vote.
 */
function carryingOutlets(units: readonly Unit[], members: readonly number[], candidates: readonly number[][]): number[] {
  const keys = candidates.map((seq) => ({ key: wordingKey(seq.map((k) => units[k].quotedText).join(' ')), language: units[seq[0]].language }));
  const outlets = candidates.map(() => new Set<string>());
  for (const k of members) {
    const u = units[k];
    const key = wordingKey(u.quotedText);
    if (!u.quoted || key.length === 0) continue;
    const fits = keys.map((c) => c.language === u.language && containsWords(c.key, key));
    if (fits.every(Boolean)) continue;
    fits.forEach((fit, c) => fit && outlets[c].add(u.article.outlet ?? u.article.id));
  }
  return outlets.map((set) => set.size);
}
