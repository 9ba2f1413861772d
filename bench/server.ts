/**
 * Server-side render time of the web pages for one large story: 100 articles of news
 * length (about 3,000 characters, about ten quotes each) from twelve outlets, retelling
 * 36 utterances of four speakers (about thirty quote groups), with wire copies. The
 * story is built by the real pipeline (`analyze`) in a temporary SQLite store, then every
 * page is requested in-process through `createApp(store)`: 5 warm-up requests, then 50 timed.
 *
 *   node --import tsx bench/server.ts
 *
 * Prints a table (median, p95, max in ms per route) and whether the median story page is
 * under the 100 ms target; nothing else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { rng } from './generate.js';
import { createApp } from '../src/server/index.js';
import { openSqliteStore, type Store } from '../src/store/index.js';

/** Articles in the benchmarked story. */
const storySize = 100;
/** Distinct utterances the story's articles retell. */
const utteranceCount = 36;
/** Quotes each article carries (direct and reported). */
const quotesPerArticle = 10;
/** Stored text length each article is filled up to, in characters. */
const articleLength = 3000;
const warmup = 5;
const timed = 50;
const targetMs = 100;

const OUTLETS = ['The Harbor Ledger', 'Metro Pulse', 'Northwind News', 'Culture Wire', 'Daily Echo', 'Riverside Tribune',
  'Signal Post', 'Lantern Review', 'Coastal Courier', 'The Morning Slate', 'Evening Register', 'Bayline Times'];
const SPEAKERS = [
  { name: 'Mara Velquist', role: 'harbor commissioner' },
  { name: 'Tomas Borelind', role: 'union steward' },
  { name: 'Priya Kastanel', role: 'city engineer' },
  { name: 'Jonah Fennimore', role: 'ferry operator' },
];
const SUBJECTS = ['we', 'the board', 'nobody on the crew', 'the city', 'our engineers', 'the committee', 'the inspectors',
  'everyone on the pier', 'the insurers', 'the night shift'];
const VERBS = ['never trusted', 'always paid for', 'could not afford', 'quietly approved', 'openly ignored', 'kept paying for',
  'finally bought', 'tried to stop', 'paid dearly for', 'lost sleep over', 'fought hard over', 'paid extra for'];
const OBJECTS = ['the second contract', 'the cracked pylon', 'the missing money', 'the new ferry schedule', 'the final vote',
  'the early survey', 'the detour plan', 'the whole arrangement', 'a quiet settlement', 'the load test', 'the dredging lease'];
const TAILS = ['and I stand by that', 'long before anyone noticed', 'without telling the public', 'and the numbers prove it',
  'the moment it leaked', 'after weeks of talks', 'because it was the right thing', 'even when it hurt',
  'in front of everyone', 'behind closed doors', 'at the worst possible time'];
// Narration: short sentences of picked words around invented names, with no reporting
// verbs (so it adds no quotes) and no fixed wording, so that the articles share their
// quotes and not their prose, as independent write-ups of one event do.
const GROUPS = ['commuters', 'shop owners', 'school buses', 'fishing crews', 'engineers', 'cyclists', 'assessors',
  'harbor pilots', 'delivery vans', 'residents', 'survey divers', 'tourist coaches', 'night porters', 'market traders',
  'wardens'];
const ACTIONS = ['waited beside', 'queued along', 'photographed', 'crowded around', 'walked past',
  'parked beside', 'circled', 'hosed down', 'repainted', 'fenced off', 'swept', 'cleared'];
const COUNTS = ['the', 'two', 'three', 'several', 'both', 'four'];
const STATES = ['rusted', 'flooded', 'empty', 'narrow', 'temporary', 'shuttered', 'crowded', 'unlit', 'muddy', 'repaired',
  'closed', 'busy', 'old', 'new', 'cracked'];
const SITES = ['ramps', 'embankments', 'depots', 'quays', 'gates', 'slipways', 'toll booths', 'boathouses', 'warehouses',
  'tram stops', 'car parks', 'footpaths', 'pontoons', 'sheds', 'railings'];
const NEAR = ['near', 'behind', 'outside', 'beyond', 'under', 'along'];
const TIMES = ['on Monday', 'before dawn', 'at the weekend', 'after high tide', 'during the storm', 'all afternoon',
  'late on Tuesday', 'in the rain', 'at rush hour', 'after dark', 'by midday', 'at first light', 'overnight',
  'on Friday', 'in the fog'];
const SYLLABLES = ['ka', 'lo', 'ven', 'mir', 'tas', 'do', 'rel', 'qui', 'sam', 'bor', 'ne', 'fa', 'lin', 'tor', 'zu', 'pra'];

interface Utterance {
  speaker: (typeof SPEAKERS)[number];
  words: string;
}

/** One JSONL input record, as `bench/generate.ts` writes them. */
interface InputRecord {
  id: string;
  url: string;
  title: string;
  text: string;
  published: string;
  outlet: string;
}

/**
 * The articles of one story, as JSONL input records: each article retells `quotesPerArticle`
 * of the utterances (the first ten far more often, as real coverage repeats a few lines),
 * some truncated or reworded, between narration paragraphs; every seventh article is a
 * wire copy of an earlier one with its own opening paragraph.
 */
function generateStory(seed: number): InputRecord[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const invent = (syllables: number): string => {
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const clause = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
  const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  const narration = (): string => {
    const who = `${invent(2)} ${pick(GROUPS)}`;
    const what = `${pick(ACTIONS)} ${pick(COUNTS)} ${pick(STATES)} ${pick(SITES)} ${pick(NEAR)} ${invent(3)}`;
    return rand() < 0.5 ? `${who} ${what} ${pick(TIMES)}.` : `${capitalise(pick(TIMES))}, ${who} ${what}.`;
  };
  const utterances: Utterance[] = Array.from({ length: utteranceCount }, (_, i) => ({
    speaker: SPEAKERS[i % SPEAKERS.length],
    words: `${capitalise(clause())} at the ${invent(3)} yard. ${capitalise(clause())} in ${invent(2)}`,
  }));
  const weight = (i: number): number => (i < 10 ? 6 : 1);
  const variant = (words: string): string => {
    const r = rand();
    if (r < 0.25) return words.split('. ')[0];
    if (r < 0.4) return words.replace(' the ', ' the whole ');
    return words;
  };
  const chooseUtterances = (): Utterance[] => {
    const left = utterances.map((u, i) => ({ u, w: weight(i) }));
    const chosen: Utterance[] = [];
    while (chosen.length < quotesPerArticle) {
      let r = rand() * left.reduce((sum, x) => sum + x.w, 0);
      const k = left.findIndex((x) => (r -= x.w) < 0);
      chosen.push(left.splice(k < 0 ? left.length - 1 : k, 1)[0].u);
    }
    return chosen;
  };
  const quoteParagraph = ({ speaker, words }: Utterance, n: number): string => {
    const surname = speaker.name.split(' ')[1];
    const text = variant(words);
    if (n % 4 === 0 || n % 4 === 2) return `"${text}," ${surname} said.`;
    if (n % 4 === 1) return `"${text}," said ${speaker.name}, the ${speaker.role}.`;
    // Reported speech keeps one sentence: the words after it would read as narration.
    const first = text.split('. ')[0];
    return `According to ${surname}, ${first.charAt(0).toLowerCase()}${first.slice(1)}.`;
  };

  const records: InputRecord[] = [];
  const bodies: string[][] = [];
  for (let k = 0; k < storySize; k++) {
    const outlet = OUTLETS[k % OUTLETS.length];
    const lead = pick(SPEAKERS);
    const opening = `${lead.name}, the ${lead.role}, ${pick(ACTIONS)} the closed Kelvarro bridge ${pick(TIMES)}. ${narration()}`;
    let paragraphs: string[];
    if (k % 7 === 6) {
      paragraphs = [opening, ...bodies[Math.floor(rand() * k)].slice(1)];
    } else {
      paragraphs = [opening];
      const chosen = chooseUtterances();
      chosen.forEach((u, n) => {
        paragraphs.push(quoteParagraph(u, n + k));
        paragraphs.push(narration());
      });
      while (paragraphs.join('\n\n').length < articleLength) paragraphs.push(narration());
    }
    bodies.push(paragraphs);
    const day = 1 + Math.floor((k * 14) / storySize);
    const hour = 6 + (k % 14);
    records.push({
      id: `bench-story-${k}`,
      url: `https://example.org/${outlet.toLowerCase().replace(/\W+/g, '-')}/kelvarro-bridge-${k}`,
      title: `Kelvarro bridge: ${lead.name} on ${pick(OBJECTS)} (${k + 1})`,
      text: paragraphs.join('\n\n'),
      published: `2025-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`,
      outlet,
    });
  }
  return records;
}

interface Timing {
  route: string;
  median: number;
  p95: number;
  max: number;
}

/** Requests `path` `warmup` times untimed, then `timed` times timed, failing on a non-200. */
async function timeRoute(app: ReturnType<typeof createApp>, route: string, path: string): Promise<Timing> {
  const request = async (): Promise<void> => {
    const res = await app.request(path);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`bench server: expected 200 from ${path}, found ${res.status}: ${body.slice(0, 200)}`);
  };
  for (let i = 0; i < warmup; i++) await request();
  const ms: number[] = [];
  for (let i = 0; i < timed; i++) {
    const t0 = performance.now();
    await request();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const mid = ms.length / 2;
  return {
    route,
    median: ms.length % 2 === 0 ? (ms[mid - 1] + ms[mid]) / 2 : ms[Math.floor(mid)],
    p95: ms[Math.ceil(0.95 * ms.length) - 1],
    max: ms[ms.length - 1],
  };
}

/** The stored story with the most articles. */
async function largestStory(store: Store): Promise<{ id: string; articleIds: string[]; groups: number }> {
  const [story] = (await store.listStories()).sort((a, b) => b.articleIds.length - a.articleIds.length);
  if (!story) throw new Error('bench server: expected the pipeline to store a story, found none');
  const results = await store.getStoryResults(story.id);
  return { id: story.id, articleIds: story.articleIds, groups: results?.groups.length ?? 0 };
}

const dir = mkdtempSync(join(tmpdir(), 'retold-bench-server-'));
const store = openSqliteStore(join(dir, 'bench.db'));
try {
  const input = join(dir, 'story.jsonl');
  writeFileSync(input, generateStory(1).map((r) => JSON.stringify(r)).join('\n') + '\n');
  const result = await analyze([input], { store });
  if (result.failed.length > 0) throw new Error(`bench server: expected every input to be read, found ${result.failed.length} failed`);
  const story = await largestStory(store);
  const app = createApp(store);
  const article = story.articleIds[0];
  const rows = [
    await timeRoute(app, `/stories/:id`, `/stories/${encodeURIComponent(story.id)}`),
    await timeRoute(app, `/api/stories/:id`, `/api/stories/${encodeURIComponent(story.id)}`),
    await timeRoute(app, `/`, `/`),
    await timeRoute(app, `/articles/:id`, `/articles/${encodeURIComponent(article)}`),
  ];
  const cell = (ms: number): string => ms.toFixed(1).padStart(8);
  console.log(`${'route'.padEnd(18)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}   (ms, ${timed} requests after ${warmup} warm-up)`);
  for (const row of rows) console.log(`${row.route.padEnd(18)}${cell(row.median)}${cell(row.p95)}${cell(row.max)}`);
  const page = rows[0].median;
  console.log(
    `story page (${story.articleIds.length} articles, ${story.groups} quote groups): median ${page.toFixed(1)} ms is ` +
      `${page < targetMs ? 'under' : 'over'} the ${targetMs} ms target`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
