/**
 * Evaluates the attribute stage: predictions for PolNeAR dev and the five seed articles,
 * scored by the shared scorers, plus the stage's speed in articles per second.
 *
 *   node --import tsx scripts/eval-attribution.ts [--split dev|train] [--out DIR] [--errors]
 *
 * `--errors` also prints an error analysis of the PolNeAR split: the gold attributions
 * missed most often, by cue word, and the commonest false positives, by predicted cue.
 *
 * Skips with exit code 0 when /work/shared (data and scorers) is not present.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { attributeText } from '../src/attribution/index.js';
import { quotesRecord } from '../src/cli/quotes-command.js';

const SHARED = process.env.RETOLD_SHARED ?? '/work/shared';
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : '/tmp/retold-eval';

if (!existsSync(join(SHARED, 'data', 'polnear')) || !existsSync(join(SHARED, 'eval'))) {
  console.log(`eval-attribution: ${SHARED} not found; skipping (nothing to score against).`);
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });

interface GoldArticle { id: string; text: string; date?: string }

/** The first line of a text: PolNeAR and the seeds put the title there. */
function firstLine(text: string): { start: number; end: number } {
  const nl = text.indexOf('\n');
  return { start: 0, end: nl < 0 ? text.length : nl };
}

/** What `retold quotes` writes for a line {id, text, date}: exactly what the scorers are given. */
const recordOf = (id: string, text: string, published: string | null): string =>
  JSON.stringify(quotesRecord(id, text, { title: null, published, outlet: null }));

// PolNeAR.
const goldPath = join(SHARED, 'data', 'polnear', `${split}.jsonl`);
const articles: GoldArticle[] = readFileSync(goldPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldArticle);
const lines: string[] = [];
const t0 = process.hrtime.bigint();
for (const a of articles) {
  lines.push(recordOf(a.id, a.text, a.date ?? null));
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
// Speed: repeat the pass so the figure is not dominated by JIT warm-up.
const reps = 20;
const cpu0 = process.cpuUsage();
const t1 = process.hrtime.bigint();
for (let r = 0; r < reps; r++) for (const a of articles) attributeText(a.text, { published: a.date ?? null, title: firstLine(a.text) });
const msWarm = Number(process.hrtime.bigint() - t1) / 1e6;
const cpu1 = process.cpuUsage(cpu0);
// CPU time is the fairer figure on a shared machine: wall time counts other processes too.
const cpuSeconds = (cpu1.user + cpu1.system) / 1e6;
const predPath = join(outDir, `polnear-${split}.pred.jsonl`);
writeFileSync(predPath, lines.join('\n') + '\n');
console.log(`== PolNeAR ${split}: ${articles.length} articles`);
const score = spawnSync('node', [join(SHARED, 'eval', 'score-attributions.mjs'), goldPath, predPath], { encoding: 'utf8' });
process.stdout.write(score.stdout + score.stderr);

if (args.includes('--errors')) printErrors(articles as ErrorArticle[], lines);

// Seeds: id = file name, title = first line. Scored twice: from the bare text (what a
// plain .txt gives the pipeline), and with the publication date an ingest would get from
// metadata (here gold.json's `published_guess`, the annotators' dating of each page).
const seedDir = join(SHARED, 'seeds');
interface SeedGold { articles: { file: string; published_guess?: string }[] }
const seedGold = JSON.parse(readFileSync(join(seedDir, 'gold.json'), 'utf8')) as SeedGold;
const publishedOf = new Map(seedGold.articles.map((a) => [a.file, a.published_guess ?? null]));
for (const withMeta of [false, true]) {
  const seedLines: string[] = [];
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8');
    const published = withMeta ? publishedOf.get(file) ?? null : null;
    seedLines.push(recordOf(file, text, published));
  }
  const seedPred = join(outDir, withMeta ? 'seeds-published.pred.jsonl' : 'seeds.pred.jsonl');
  writeFileSync(seedPred, seedLines.join('\n') + '\n');
  console.log(withMeta ? '== seeds, with publication dates as metadata (gold.json published_guess)' : '== seeds (bare text, no metadata)');
  const seeds = spawnSync('node', [join(SHARED, 'eval', 'score-seeds.mjs'), seedPred], { encoding: 'utf8' });
  process.stdout.write(withMeta ? seeds.stdout.split('\n').filter((l) => l.startsWith('found')).join('\n') + '\n' : seeds.stdout + seeds.stderr);
}

console.log(
  `== speed (attribution stage on PolNeAR ${split} texts, one thread): first pass ${(articles.length / (ms / 1000)).toFixed(0)} articles/s; ` +
    `warm ${((articles.length * reps) / (msWarm / 1000)).toFixed(0)} articles/s wall, ${((articles.length * reps) / cpuSeconds).toFixed(0)} articles per CPU-second`,
);

interface ErrorSpan { start: number; end: number; text?: string }
interface ErrorAttribution { source?: ErrorSpan[] | null; cue?: ErrorSpan[] | null; content?: ErrorSpan[] | null }
interface ErrorArticle { id: string; text: string; attributions: ErrorAttribution[] }

/**
 * Top missed gold attributions by cue word and top false positives by predicted cue. A
 * gold attribution counts as found when a prediction covers half its content tokens
 * and touches its source (the scorer's rule, without its one-to-one pairing).
 */
function printErrors(gold: ErrorArticle[], predLines: string[]): void {
  const tokenSet = (text: string, spans: ErrorSpan[] | null | undefined): Set<number> => {
    const out = new Set<number>();
    for (const s of spans ?? []) for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(s.start + (m.index ?? 0));
    return out;
  };
  const cueOf = (text: string, a: ErrorAttribution): string =>
    (a.cue ?? []).map((s) => text.slice(s.start, s.end)).join(' ').toLowerCase().replace(/\s+/g, ' ') || '(no cue)';
  const missed = new Map<string, { n: number; example: string }>();
  const falsePos = new Map<string, { n: number; example: string }>();
  const bump = (m: Map<string, { n: number; example: string }>, key: string, example: string): void => {
    const e = m.get(key) ?? { n: 0, example };
    e.n++;
    m.set(key, e);
  };
  gold.forEach((g, i) => {
    const pred = (JSON.parse(predLines[i]) as { attributions: ErrorAttribution[] }).attributions;
    const pairs = (a: ErrorAttribution, b: ErrorAttribution): boolean => {
      const ga = tokenSet(g.text, a.content);
      const pb = tokenSet(g.text, b.content);
      let n = 0;
      for (const t of ga) if (pb.has(t)) n++;
      if (ga.size === 0 || n / ga.size < 0.5) return false;
      const gs = tokenSet(g.text, a.source);
      const ps = tokenSet(g.text, b.source);
      if (gs.size === 0 && ps.size === 0) return true;
      for (const t of gs) if (ps.has(t)) return true;
      return false;
    };
    const snippet = (a: ErrorAttribution): string => {
      const c = (a.content ?? [])[0];
      const src = (a.source ?? []).map((s) => g.text.slice(s.start, s.end)).join(' ');
      return `${src} | ${cueOf(g.text, a)} | ${c ? g.text.slice(c.start, c.end).slice(0, 70).replace(/\s+/g, ' ') : ''}`;
    };
    for (const a of g.attributions) if (!pred.some((p) => pairs(a, p))) bump(missed, cueOf(g.text, a), snippet(a));
    for (const p of pred) if (!g.attributions.some((a) => pairs(a, p))) bump(falsePos, cueOf(g.text, p), snippet(p));
  });
  const top = (m: Map<string, { n: number; example: string }>, title: string): void => {
    const total = [...m.values()].reduce((s, e) => s + e.n, 0);
    console.log(`== ${title} (${total})`);
    for (const [k, e] of [...m].sort((a, b) => b[1].n - a[1].n).slice(0, 30)) console.log(`${String(e.n).padStart(4)}  ${k.padEnd(22)}  e.g. ${e.example}`);
  };
  top(missed, 'missed gold attributions by cue');
  top(falsePos, 'false positives by predicted cue');
}
