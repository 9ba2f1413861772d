/**
 * Trains the learned check on the rules' output (src/attribution/report-model.ts): a
 * logistic regression that says whether one reporting event `retold quotes` would write
 * is right by PolNeAR's measure (content covering half the gold content, source
 * overlapping the gold source, paired one to one as score-attributions.mjs pairs them).
 * Reads PolNeAR's train split only; dev and test are never read.
 *
 *   node --import tsx scripts/train-report-model.ts [TRAIN.jsonl] [OUT.json]
 *
 * The threshold is chosen by five-fold cross-validation over documents: each fold's events
 * are scored by a model that never saw them, and the middle of the cuts whose F1 over those
 * held-out scores is within 0.001 of the best is kept (the top is flat; its argmax jumps
 * between retrainings). Deterministic: same data, same models/report-logistic.json.
 *
 * One input is the shipped check itself: a quote with no cue takes the source of the nearest
 * attribution the check keeps (attribute-text.ts, `inheritFromKept`), which decides whether
 * a few unjudged events count as right. So after the features or the learner change, run it
 * twice: the second run trains on the first run's check and writes the same file again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runAttributionRules } from '../src/attribution/attribute-text.js';
import { isCredited, reportingEvents } from '../src/attribution/polnear-record.js';
import { findBoilerplateLines } from '../src/clean/index.js';
import { leadingTitle } from '../src/cli/quotes-command.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const input = args[0] ?? new URL('../../shared/data/polnear/train.jsonl', import.meta.url).pathname;
const output = args[1] ?? new URL('../models/report-logistic.json', import.meta.url).pathname;
if (!existsSync(input)) {
  console.log(`train-report-model: ${input} not found; skipping.`);
  process.exit(0);
}

interface Span { start: number; end: number }
interface GoldAttribution { source: Span[]; cue: Span[]; content: Span[] }
interface Row { id: string; text: string; date?: string; attributions: GoldAttribution[] }
interface Example { doc: number; features: string[]; label: 0 | 1 }

// --- the scorer's pairing (eval/score-attributions.mjs), over word tokens ---
const TRIM = /[\s\p{P}]/u;
function tokenIds(text: string, starts: number[], ends: number[], spans: Span[]): Set<number> {
  const ids = new Set<number>();
  for (const raw of spans) {
    let { start, end } = raw;
    while (start < end && TRIM.test(text[start])) start++;
    while (end > start && TRIM.test(text[end - 1])) end--;
    for (let k = 0; k < starts.length; k++) if (starts[k] < end && ends[k] > start) ids.add(k);
  }
  return ids;
}
const intersect = (a: Set<number>, b: Set<number>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** Which predictions pair with a gold attribution, greedily by covered fraction. */
function pairedPredictions(text: string, preds: { content: Span[]; source: Span[] }[], golds: GoldAttribution[]): boolean[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const ids = (s: Span[]): Set<number> => tokenIds(text, starts, ends, s);
  const P = preds.map((p) => ({ c: ids(p.content), s: ids(p.source) }));
  const G = golds.map((g) => ({ c: ids(g.content), s: ids(g.source) }));
  const cands: { i: number; j: number; frac: number }[] = [];
  P.forEach((p, i) => G.forEach((g, j) => {
    const frac = g.c.size === 0 ? (p.c.size === 0 ? 1 : 0) : intersect(p.c, g.c) / g.c.size;
    if (frac < 0.5 || frac === 0) return;
    if (!((g.s.size === 0 && p.s.size === 0) || intersect(p.s, g.s) > 0)) return;
    cands.push({ i, j, frac });
  }));
  cands.sort((a, b) => b.frac - a.frac || a.i - b.i || a.j - b.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const c of cands) {
    if (usedP.has(c.i) || usedG.has(c.j)) continue;
    usedP.add(c.i);
    usedG.add(c.j);
  }
  return preds.map((_, i) => usedP.has(i));
}

// --- the examples: every reporting event `retold quotes` would write, labelled ---
const rows = readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const examples: Example[] = [];
let goldTotal = 0;
/** Events of the rules the check does not judge, and how many are right: counted in every F1 below. */
let unjudged = 0;
let unjudgedRight = 0;
rows.forEach((row, doc) => {
  const features: string[][] = [];
  const drafts = runAttributionRules(row.text, {
    published: row.date ?? null,
    title: leadingTitle(row.text, null),
    exclude: findBoilerplateLines(row.text).map((b) => b.span),
  }, (i, f) => { features[i] = f; });
  // Every draft may fold others here (no cut): which drafts the shipped check rejects must
  // not shape the examples that train its successor, or training would not reproduce.
  const events = reportingEvents(row.text, drafts.filter(isCredited), -Infinity);
  const preds = events.map((e) => ({ content: e.parts.flatMap((d) => d.content), source: e.head.source ? [e.head.source] : [] }));
  const right = pairedPredictions(row.text, preds, row.attributions);
  events.forEach((e, k) => {
    const f = features[drafts.indexOf(e.head)];
    // Rules the check does not judge (isJudged) have no features and are always kept.
    if (f) examples.push({ doc, features: f, label: right[k] ? 1 : 0 });
    else {
      unjudged++;
      unjudgedRight += right[k] ? 1 : 0;
    }
  });
  goldTotal += row.attributions.length;
});
const positives = examples.filter((e) => e.label === 1).length;
console.log(`train-report-model: ${rows.length} documents, ${examples.length} events (${positives} right), ${goldTotal} gold`);

// --- logistic regression, plain SGD with L2, deterministic order ---
// A gentler rate over more passes fits better than 0.2 over 12: five-fold held-out log loss
// 0.451 → 0.417 and F1 0.7449 → 0.7472 on this session's events (rates 0.02–0.1 and 30–60
// passes all land within 0.001 of it; gradient-boosted trees on the same features reach 0.747).
const EPOCHS = 30;
const RATE = 0.05;
const L2 = 1e-4;
function train(set: Example[]): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch);
    for (const ex of set) {
      let z = bias;
      for (const f of ex.features) z += weights.get(f) ?? 0;
      const g = ex.label - 1 / (1 + Math.exp(-z));
      bias += rate * g;
      for (const f of ex.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (g - L2 * w));
      }
    }
  }
  return { bias, weights };
}
const probability = (m: { bias: number; weights: Map<string, number> }, ex: Example): number => {
  let z = m.bias;
  for (const f of ex.features) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

// --- threshold by five-fold cross-validation over documents ---
const FOLDS = 5;
const heldOut = new Array<number>(examples.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(examples.filter((e) => e.doc % FOLDS !== fold));
  examples.forEach((e, k) => { if (e.doc % FOLDS === fold) heldOut[k] = probability(model, e); });
}
const f1At = (cut: number): { f1: number; p: number; r: number } => {
  let tp = unjudgedRight;
  let pred = unjudged;
  examples.forEach((e, k) => {
    if (heldOut[k] < cut) return;
    pred++;
    tp += e.label;
  });
  const p = pred ? tp / pred : 0;
  const r = tp / goldTotal;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, p, r };
};
const none = f1At(0);
console.log(`train-report-model: without the check, held-out F1 ${none.f1.toFixed(4)} (P ${none.p.toFixed(4)} R ${none.r.toFixed(4)})`);
const curve: { cut: number; f1: number; p: number; r: number }[] = [];
for (let step = 2; step < 32; step++) {
  const cut = step / 40;
  curve.push({ cut, ...f1At(cut) });
}
// The held-out F1 is flat near its top (cuts a few hundredths apart differ in the fourth
// decimal), so the argmax jumps between retrainings. The middle of the plateau within
// PLATEAU of the top is a stable choice.
const PLATEAU = 0.001;
const top = Math.max(...curve.map((c) => c.f1));
const plateau = curve.filter((c) => c.f1 >= top - PLATEAU);
const best = plateau[Math.floor((plateau.length - 1) / 2)];
console.log(`train-report-model: threshold ${best.cut}: held-out F1 ${best.f1.toFixed(4)} (P ${best.p.toFixed(4)} R ${best.r.toFixed(4)})`);

// --- the final model on all of train ---
const final = train(examples);
const weights: Record<string, number> = {};
for (const [f, w] of [...final.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (Math.abs(w) >= 0.005) weights[f] = Math.round(w * 1000) / 1000;
}
writeFileSync(output, `${JSON.stringify({ threshold: best.cut, bias: Math.round(final.bias * 1000) / 1000, weights }, null, 0)}\n`);
console.log(`train-report-model: ${Object.keys(weights).length} weights written to ${output}`);
