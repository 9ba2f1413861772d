/**
 * Trains the cue prior: for every word form, how often PolNeAR's annotators marked it as
 * (part of) an attribution cue, over how often it occurs outside quotation marks. The attribution rules use it to
 * drop cue-verb homographs that are mostly nouns (`tweet`, `attack`, `report`).
 *
 *   node --import tsx scripts/train-cue-prior.ts [TRAIN.jsonl] [OUT.json]
 *
 * Reproduces models/cue-prior.json from ../shared/data/polnear/train.jsonl
 * (train split only; dev and test are never read).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../src/attribution/tokenize.js';
import { findQuotedSpans } from '../src/attribution/quote-marks.js';

const input = process.argv[2] ?? new URL('../../shared/data/polnear/train.jsonl', import.meta.url).pathname;
const output = process.argv[3] ?? new URL('../models/cue-prior.json', import.meta.url).pathname;
if (!existsSync(input)) {
  console.log(`train-cue-prior: ${input} not found; skipping.`);
  process.exit(0);
}
interface Span { start: number; end: number }
interface Row { text: string; attributions: { cue: Span[] }[] }

const seen = new Map<string, number>();
const cue = new Map<string, number>();
for (const line of readFileSync(input, 'utf8').trim().split('\n')) {
  const row = JSON.parse(line) as Row;
  const spans = row.attributions.flatMap((a) => a.cue);
  const { tokens } = tokenize(row.text);
  // Count only narration: the rules never look for cues inside quotation marks.
  const inQuote = new Uint8Array(tokens.length);
  for (const q of findQuotedSpans(tokens, -1)) for (let k = q.first; k <= q.last; k++) inQuote[k] = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || inQuote[i]) continue;
    seen.set(t.lower, (seen.get(t.lower) ?? 0) + 1);
    if (spans.some((s) => t.start < s.end && t.end > s.start)) cue.set(t.lower, (cue.get(t.lower) ?? 0) + 1);
  }
}
// Keep lower-case forms seen at least five times: [occurrences, times in a cue]. Forms
// never used as a cue are kept too, so the rules can tell "rarely a cue" from "unknown".
const table: Record<string, [number, number]> = {};
for (const [form, n] of [...seen.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (n >= 5 && /^[a-z']+$/.test(form)) table[form] = [n, cue.get(form) ?? 0];
}
writeFileSync(output, JSON.stringify({ source: 'PolNeAR train split', forms: table }) + '\n');
console.log(`train-cue-prior: ${Object.keys(table).length} forms -> ${output}`);
