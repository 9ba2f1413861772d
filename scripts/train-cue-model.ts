/**
 * Trains the cue detector (src/attribution/cue-model.ts): an averaged perceptron that
 * says whether a word outside quotation marks is part of an attribution cue, from
 * PolNeAR's train split (dev and test are never read).
 *
 *   node --import tsx scripts/train-cue-model.ts [TRAIN.jsonl] [OUT.json] [--epochs N]
 *
 * Deterministic: documents are visited in file order each epoch, so the same data gives
 * the same models/cue-perceptron.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../src/attribution/tokenize.js';
import { findQuotedSpans } from '../src/attribution/quote-marks.js';
import { cueFeatures, isCueCandidate } from '../src/attribution/cue-model.js';

const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--epochs');
const input = args[0] ?? new URL('../../shared/data/polnear/train.jsonl', import.meta.url).pathname;
const output = args[1] ?? new URL('../models/cue-perceptron.json', import.meta.url).pathname;
const epochsAt = process.argv.indexOf('--epochs');
const epochs = epochsAt > 0 ? Number(process.argv[epochsAt + 1]) : 6;
if (!existsSync(input)) {
  console.log(`train-cue-model: ${input} not found; skipping.`);
  process.exit(0);
}

interface Span { start: number; end: number }
interface Row { text: string; attributions: { cue: Span[] }[] }
interface Example { feats: string[]; label: 1 | -1 }

const examples: Example[] = [];
for (const line of readFileSync(input, 'utf8').trim().split('\n')) {
  const row = JSON.parse(line) as Row;
  const cues = row.attributions.flatMap((a) => a.cue);
  const doc = tokenize(row.text);
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of findQuotedSpans(doc.tokens, -1)) for (let k = q.first; k <= q.last; k++) inQuote[k] = 1;
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (inQuote[i] || !isCueCandidate(doc.tokens, i)) continue;
      const t = doc.tokens[i];
      const label = cues.some((c) => t.start < c.end && t.end > c.start) ? 1 : -1;
      examples.push({ feats: cueFeatures(doc.tokens, i, s.first), label });
    }
  }
}

// Averaged perceptron (Collins 2002), with the lazy-update trick for the averages.
const w = new Map<string, number>();
const total = new Map<string, number>();
const stamp = new Map<string, number>();
let bias = 0;
let biasTotal = 0;
let biasStamp = 0;
let step = 0;
const bump = (f: string, delta: number): void => {
  const cur = w.get(f) ?? 0;
  total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
  stamp.set(f, step);
  w.set(f, cur + delta);
};
for (let epoch = 0; epoch < epochs; epoch++) {
  let errors = 0;
  for (const ex of examples) {
    step++;
    let score = bias;
    for (const f of ex.feats) score += w.get(f) ?? 0;
    if ((score > 0 ? 1 : -1) !== ex.label) {
      errors++;
      for (const f of ex.feats) bump(f, ex.label);
      biasTotal += bias * (step - biasStamp);
      biasStamp = step;
      bias += ex.label;
    }
  }
  console.log(`train-cue-model: epoch ${epoch + 1}: ${errors} errors / ${examples.length}`);
}
const averaged: Record<string, number> = {};
for (const [f, cur] of w) {
  const sum = (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0));
  const avg = sum / step;
  // Prune tiny weights to keep the file small; round to 3 decimals.
  if (Math.abs(avg) >= 0.02) averaged[f] = Math.round(avg * 1000) / 1000;
}
const avgBias = Math.round(((biasTotal + bias * (step - biasStamp)) / step) * 1000) / 1000;
const sorted = Object.fromEntries(Object.entries(averaged).sort((a, b) => a[0].localeCompare(b[0])));
writeFileSync(output, JSON.stringify({ source: 'PolNeAR train split', epochs, bias: avgBias, weights: sorted }) + '\n');
console.log(`train-cue-model: ${Object.keys(sorted).length} weights, bias ${avgBias} -> ${output}`);
