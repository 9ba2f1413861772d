/**
 * Partitions a story's quote units into utterances, in four passes:
 *
 * 1. quotations of four or more marked words are linked by verbatim evidence, strongest
 *    links first, each merge vetoed by incompatible dates or occasions (see
 *    `unit-clusters.ts`; a strong verbatim link outweighs occasion labels);
 * 2. consecutive quotations that continue one statement (`utterance-chains.ts`) are joined,
 *    unless both sides are already corroborated by other outlets as separate utterances
 *    (layout evidence only; one quotation interrupted by narration is always joined);
 * 3. short marked phrases attach where they occur word for word, and reports (indirect,
 *    unmarked headlines) attach by paraphrase evidence (half their rarity-weighted stems; or
 *    a third and two stems when one quoted utterance of the speaker stands out), both only
 *    to the same speaker;
 * 4. quotations left alone in a minority language attach to the same speaker's utterance
 *    they translate (shared names aside: numbers, stems and cognate keys, `cognates.ts`).
 *
 * Candidate pairs come from word-bigram, word and stem indexes, so the cost grows with the
 * number of units that share wording, not with the square of the story.
 */
import type { Unit } from './occurrence-units.js';
import { canMerge, createClusters, findRoot, isCorroborated, merge, type Clusters, type MergeCheck } from './unit-clusters.js';
import { findChains } from './utterance-chains.js';
import { cognateKeys } from './cognates.js';
import { compatible, datesAgree, farApart, paraphraseScore, phraseIn, stemWeights, verbatimScore } from './link-units.js';

// Bigrams shared by more units than this are compared along the list only (see below).
const MAX_POSTINGS = 200;
const NEIGHBOURS = 8;
// A report must carry at least half of its (rarity-weighted) content into the utterance.
// Lower values let topical summaries ("politics caused a divide") join any statement of the
// speaker on the topic; higher ones lose reports that add a few words of their own.
const PARAPHRASE_THRESHOLD = 0.5;

function index<K>(units: readonly Unit[], ids: readonly number[], keysOf: (u: Unit) => Iterable<K>): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (const i of ids) {
    for (const key of new Set(keysOf(units[i]))) {
      const list = map.get(key) ?? [];
      list.push(i);
      map.set(key, list);
    }
  }
  return map;
}

// Word bigrams (not trigrams: an editorial insertion every third word, as in
// "reconsider aligning [himself] with Trump", would leave a short rendering without keys).
function bigrams(u: Unit): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < u.words.length; k++) {
    const [a, b] = [u.words[k], u.words[k + 1]];
    if (!a.editorial && !b.editorial) out.push(`${a.norm} ${b.norm}`);
  }
  return out;
}

function linkQuotations(units: readonly Unit[], long: number[], clusters: Clusters): void {
  const byBigram = index(units, long, bigrams);
  const seen = new Set<number>();
  const edges: { a: number; b: number; score: number; check: MergeCheck }[] = [];
  for (const list of byBigram.values()) {
    // A bigram shared by very many units is a stock phrase or a quotation every outlet
    // carried; comparing each unit with its next few neighbours on the list still links
    // all renderings of a popular quotation (transitively), at linear cost.
    const reach = list.length > MAX_POSTINGS ? NEIGHBOURS : list.length;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + reach; y++) {
        const [a, b] = list[x] < list[y] ? [list[x], list[y]] : [list[y], list[x]];
        const key = a * units.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const { score, strong, identical, contained } = verbatimScore(units[a], units[b]);
        if (score === 0) continue;
        if (identical) edges.push({ a, b, score, check: 'none' });
        // A stretch of a quotation printed word for word (`he "found out from a sign"`) is
        // that quotation, whatever date each article's words give it (see DATE_FREE_PHRASE);
        // a long one outweighs occasion labels too.
        else if (contained) edges.push({ a, b, score, check: strong ? 'none' : 'occasions' });
        else if (datesAgree(units[a], units[b]) && (strong || compatible(units[a], units[b]))) edges.push({ a, b, score, check: strong ? 'dates' : 'all' });
      }
    }
  }
  edges.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const e of edges) if (canMerge(clusters, units, e.a, e.b, e.check)) merge(clusters, e.a, e.b);
}

function joinChains(units: readonly Unit[], clusters: Clusters): void {
  for (const { prev: i, next: j, evidence } of findChains(units)) {
    if (findRoot(clusters, i) === findRoot(clusters, j)) continue;
    if (evidence === 'layout' && isCorroborated(clusters, units, i) && isCorroborated(clusters, units, j)) continue;
    // One interrupted quotation is one utterance whatever occasions its groups were given.
    if (canMerge(clusters, units, i, j, evidence === 'same-mention' ? 'dates' : 'all')) merge(clusters, i, j);
  }
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, except: ReadonlySet<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s) && !except.has(s)) n++;
  return n;
}

interface Candidate {
  root: number;
  quoted: number;
  score: number;
  local: number;
  size: number;
}

function outranks(a: Candidate, b: Candidate): boolean {
  return (a.quoted - b.quoted || a.score - b.score || a.local - b.local || a.size - b.size) > 0;
}

/**
 * Words of a phrase that joins the quotation it occurs in whatever dates the two articles
 * give. A said-when date comes from the words around a quote, and around a phrase set in a
 * reporter's sentence it is often the day of that sentence's event (`the council heard on
 * Wednesday that the engineer had called the fractures "not hairline cracks"`), or the old
 * date a recycled line was first said: three words of the speaker's, in order, outweigh it.
 * A word or two ("scared", "sellout") is common enough to be said twice.
 */
const DATE_FREE_PHRASE = 3;

function attachPhrase(units: readonly Unit[], i: number, clusters: Clusters, byWord: Map<string, number[]>): void {
  const u = units[i];
  // A phrase of function words only ("all of me") identifies nothing.
  if (u.stems.size === 0) return;
  // Look the phrase up by its rarest word, so common words never make this a full scan.
  const anchor = u.words
    .filter((w) => !w.editorial)
    .map((w) => byWord.get(w.norm) ?? [])
    .sort((x, y) => x.length - y.length)[0];
  if (!anchor) return;
  // Prefer a quotation over a report holding the phrase, then the rendering whose
  // surroundings share most content words with the phrase's, then the larger group.
  let best: Candidate | null = null;
  // (Not the phrase's own group: a phrase an earlier one joined, `not for sale` in a spun
  // copy, still looks for the quotation both came from.)
  const own = findRoot(clusters, i);
  for (const t of anchor) {
    const target = units[t];
    if (t === i || findRoot(clusters, t) === own) continue;
    if (u.speaker && target.speaker && u.speaker !== target.speaker) continue;
    if (farApart(u, target) || !phraseIn(u, target) || !canMerge(clusters, units, i, t, u.words.length >= DATE_FREE_PHRASE ? 'occasions' : 'all')) continue;
    const around = new Set([...target.stems, ...target.context()]);
    const score = overlap(u.context(), around, u.stems);
    // A one-word phrase ("scared") is common enough that it needs the sentences around
    // both renderings to share a content word too.
    if (u.stems.size <= 1 && score === 0) continue;
    const root = findRoot(clusters, t);
    const cand = { root, quoted: target.quoted ? 1 : 0, score, local: 0, size: clusters.members[root].length };
    if (!best || outranks(cand, best)) best = cand;
  }
  if (best) merge(clusters, i, best.root);
}

function attachReport(units: readonly Unit[], i: number, clusters: Clusters, idf: ReadonlyMap<string, number>, byStem: Map<string, number[]>): void {
  const u = units[i];
  if (!u.speaker || u.stems.size === 0) return;
  // The stems of the report each group of the same speaker holds, read off the stem index
  // (linear in the postings of the report's stems, never in the size of the groups).
  const own = findRoot(clusters, i);
  const sharedByRoot = new Map<number, Set<string>>();
  for (const s of u.stems) {
    for (const t of byStem.get(s) ?? []) {
      if (t === i || units[t].speaker !== u.speaker) continue;
      const r = findRoot(clusters, t);
      if (r === own) continue;
      const set = sharedByRoot.get(r) ?? new Set<string>();
      set.add(s);
      sharedByRoot.set(r, set);
    }
  }
  // Prefer an utterance someone quoted over another report of it, then the best score,
  // then one quoted in the same article (a headline or lead sums up its own quotes), then
  // the larger group (more outlets carried it).
  let best: Candidate | null = null;
  const loose: { root: number; score: number; shared: number; ok: boolean }[] = [];
  for (const [r, shared] of [...sharedByRoot].sort((x, y) => x[0] - y[0])) {
    const members = clusters.members[r];
    const score = paraphraseScore(u.stems, shared, idf);
    const ok = !members.every((k) => farApart(u, units[k])) && canMerge(clusters, units, i, r, 'stated');
    if (members.some((k) => units[k].quoted)) loose.push({ root: r, score, shared: shared.size, ok });
    if (score < PARAPHRASE_THRESHOLD || !ok) continue;
    const local = members.some((k) => units[k].article.id === u.article.id) ? 1 : 0;
    const cand = { root: r, quoted: members.some((k) => units[k].quoted) ? 1 : 0, score, local, size: members.length };
    if (!best || outranks(cand, best)) best = cand;
  }
  if (best) {
    merge(clusters, i, best.root);
    return;
  }
  // A report in the writer's own words keeps fewer of the speaker's ("he's appreciative of
  // JL's thoughts but would not cave" for "I appreciate your thoughts"): it may still join
  // the one quoted utterance of the speaker it shares two stems and a third of its weight
  // with, when no other utterance of the speaker comes within half of that.
  const lead = clearLeader(loose, (c) => c.score);
  if (lead && lead.ok && lead.shared >= LOOSE_MIN_STEMS && lead.score >= LOOSE_THRESHOLD) merge(clusters, i, lead.root);
}

/** The candidate with the highest value when it has at least twice any other's (lowest root on a tie); else null. */
function clearLeader<T extends { root: number }>(candidates: readonly T[], value: (c: T) => number): T | null {
  const [first, second] = [...candidates].sort((a, b) => value(b) - value(a) || a.root - b.root);
  return first && value(first) >= 2 * (second ? value(second) : 0) ? first : null;
}

const LOOSE_THRESHOLD = 0.3;
const LOOSE_MIN_STEMS = 2;

// A translated quotation keeps few words of the original: names (left out of stems),
// numbers and cognates (histo-, europ-). A fifth of its rarity-weighted stems, and at least
// two stems, in common with one utterance of the same speaker in the same news cycle is
// taken as a translation of it; or, failing stems, two cognate keys (`garantía` and
// `guarantee`, `Krone` and `crown`, see `cognates.ts`) in common with one utterance of the
// speaker and at most half as many with any other. Only lone quotations in a minority
// language are tried, against the speaker's own utterances, so the candidates are few.
const TRANSLATION_THRESHOLD = 0.2;
const TRANSLATION_MIN_STEMS = 2;
const TRANSLATION_MIN_COGNATES = 2;

function attachTranslation(units: readonly Unit[], i: number, clusters: Clusters, idf: ReadonlyMap<string, number>, bySpeaker: Map<string, number[]>): void {
  const u = units[i];
  if (!u.speaker || !u.language) return;
  const roots = new Set<number>();
  for (const t of bySpeaker.get(u.speaker) ?? []) {
    const target = units[t];
    if (target.language && target.language !== u.language && !farApart(u, target)) roots.add(findRoot(clusters, t));
  }
  const keys = cognateKeys(u.words.map((w) => w.norm));
  let best: Candidate | null = null;
  const cognates: { root: number; shared: number }[] = [];
  for (const r of [...roots].sort((x, y) => x - y)) {
    const members = clusters.members[r].filter((k) => units[k].language !== u.language);
    const stems = new Set(members.flatMap((k) => [...units[k].stems]));
    const shared = [...u.stems].filter((x) => stems.has(x)).length;
    const score = paraphraseScore(u.stems, stems, idf);
    const theirs = cognateKeys(members.flatMap((k) => units[k].words.map((w) => w.norm)));
    cognates.push({ root: r, shared: [...keys].filter((k) => theirs.has(k)).length });
    if (shared < TRANSLATION_MIN_STEMS || score < TRANSLATION_THRESHOLD || !canMerge(clusters, units, i, r)) continue;
    const cand = { root: r, quoted: 1, score, local: 0, size: clusters.members[r].length };
    if (!best || outranks(cand, best)) best = cand;
  }
  if (!best) {
    const lead = clearLeader(cognates, (c) => c.shared);
    if (lead && lead.shared >= TRANSLATION_MIN_COGNATES && canMerge(clusters, units, i, lead.root)) {
      best = { root: lead.root, quoted: 1, score: 0, local: 0, size: clusters.members[lead.root].length };
    }
  }
  if (best) merge(clusters, i, best.root);
}

/**
 * Groups units into utterances; returns clusters of unit indexes, each sorted, in order of
 * their first unit.
 */
export function groupUnits(units: readonly Unit[]): number[][] {
  const clusters = createClusters(units.length);
  const all = units.map((_, i) => i);
  const long = all.filter((i) => units[i].words.length >= 4 && (units[i].quoted || units[i].marked));
  linkQuotations(units, long, clusters);
  joinChains(units, clusters);
  const longSet = new Set(long);
  const rest = all.filter((i) => !longSet.has(i) && clusters.members[findRoot(clusters, i)].length === 1);
  const phrases = rest
    .filter((i) => units[i].words.length > 0 && (units[i].quoted || units[i].marked))
    .sort((x, y) => units[y].words.length - units[x].words.length || x - y);
  const byWord = index(units, all, (u) => u.words.map((w) => w.norm));
  for (const i of phrases) attachPhrase(units, i, clusters, byWord);
  const phraseSet = new Set(phrases);
  const reports = rest.filter((i) => !phraseSet.has(i)).sort((x, y) => units[y].stems.size - units[x].stems.size || x - y);
  const idf = stemWeights(units);
  const byStem = index(units, all, (u) => u.stems);
  for (const i of reports) attachReport(units, i, clusters, idf, byStem);
  // Quotations still alone whose language is not the one most units of the story use.
  const languages = new Map<string, number>();
  for (const u of units) languages.set(u.language, (languages.get(u.language) ?? 0) + 1);
  const main = [...languages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const bySpeaker = new Map<string, number[]>();
  for (const i of long) {
    const sp = units[i].speaker;
    if (!sp) continue;
    const list = bySpeaker.get(sp);
    if (list) list.push(i);
    else bySpeaker.set(sp, [i]);
  }
  for (const i of long) {
    if (units[i].language !== main && clusters.members[findRoot(clusters, i)].length === 1) attachTranslation(units, i, clusters, idf, bySpeaker);
  }
  return all.filter((i) => findRoot(clusters, i) === i).map((r) => clusters.members[r]);
}
