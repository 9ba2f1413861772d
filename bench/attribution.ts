/**
 * Attribution speed: the `attribute` stage (`attributeText`: tokens, quotes, reported
 * speech, speakers, occasions, dates) on one thread, over PolNeAR's dev texts when
 * ../shared is present, else over the bundled sample corpus. After a warm-up pass it times
 * passes of about a second each over the texts and reports the median and the best
 * pass, in wall time and per CPU-second (CPU time also counts the collector's helper
 * threads; wall time counts other tenants of a shared machine). Issue #4's target: 1,000
 * articles per second on PolNeAR texts.
 *
 * It measures the compiled build that `retold` runs (`dist/`, from `npm run build`, which
 * `npm run bench` runs first); `--source` measures the TypeScript source through tsx's
 * loader instead, which runs the same code about a tenth slower.
 *
 *   node --import tsx bench/attribution.ts [--rounds 7] [--source]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { attributeText as AttributeText } from '../src/attribution/index.js';

/** The stage's entry point: from the build, unless `--source`; a build older than the source is refused. */
async function loadStage(fromSource: boolean): Promise<typeof AttributeText> {
  if (fromSource) return (await import('../src/attribution/index.js')).attributeText;
  const built = join(here, '..', 'dist', 'attribution', 'index.js');
  const sources = join(here, '..', 'src', 'attribution');
  if (!existsSync(built)) throw new Error('bench/attribution: no build in dist/; run `npm run build` first (or pass --source)');
  const newest = Math.max(...readdirSync(sources).map((f) => statSync(join(sources, f)).mtimeMs));
  if (statSync(built).mtimeMs < newest) throw new Error('bench/attribution: dist/ is older than src/attribution; run `npm run build` first (or pass --source)');
  return ((await import(pathToFileURL(built).href)) as { attributeText: typeof AttributeText }).attributeText;
}

interface Text {
  text: string;
  published: string | null;
}

const here = dirname(fileURLToPath(import.meta.url));
const polnear = join(here, '..', '..', 'shared', 'data', 'polnear', 'dev.jsonl');
const samples = join(here, '..', 'samples', 'corpus', 'text');

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, source: { type: 'boolean', default: false } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new TypeError(`bench/attribution: --rounds expects a positive integer, found "${values.rounds}"`);
const attributeText = await loadStage(values.source ?? false);

function loadTexts(): { what: string; texts: Text[] } {
  if (existsSync(polnear)) {
    const texts = readFileSync(polnear, 'utf8').trim().split('\n').map((line) => {
      const a = JSON.parse(line) as { text: string; date?: string };
      return { text: a.text, published: a.date ?? null };
    });
    return { what: 'PolNeAR dev texts', texts };
  }
  const texts = readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => ({ text: readFileSync(join(samples, f), 'utf8'), published: null }));
  return { what: 'sample corpus texts (../shared absent)', texts };
}

/** One pass over the texts, `repeat` times: wall and CPU milliseconds. */
function pass(texts: Text[], repeat: number): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let quotes = 0;
  for (let r = 0; r < repeat; r++) for (const t of texts) {
    const nl = t.text.indexOf('\n');
    quotes += attributeText(t.text, { published: t.published, title: { start: 0, end: nl < 0 ? t.text.length : nl } }).length;
  }
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  if (quotes === 0) throw new Error('bench/attribution: no quote found in any text');
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { what, texts } = loadTexts();
// Warm-up (JIT, lazily built tables), which also sizes a pass to about a second.
const warm = pass(texts, 1);
const repeat = Math.max(1, Math.ceil(1000 / Math.max(1, warm.wall)));
const passes = Array.from({ length: rounds }, () => pass(texts, repeat));
const rate = (ms: number): string => ((texts.length * repeat) / (ms / 1000)).toFixed(0).padStart(6);
const wall = passes.map((p) => p.wall);
const cpu = passes.map((p) => p.cpu);
console.log(`attribute stage (${values.source ? 'TypeScript source through tsx' : 'compiled build, dist/'}), one thread, ${texts.length} ${what} × ${repeat} per pass, ${rounds} passes`);
console.log('               median    best   (articles/s)');
console.log(`wall time      ${rate(median(wall))}  ${rate(Math.min(...wall))}`);
console.log(`CPU time       ${rate(median(cpu))}  ${rate(Math.min(...cpu))}`);
