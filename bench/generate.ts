/**
 * Writes a synthetic news corpus for benchmarks: stories of several articles from several
 * outlets, each quoting its speakers with drift (truncation, rewording, splicing), relative
 * dates, captions and widget lines. Deterministic for a given seed.
 *
 *   node --import tsx bench/generate.ts --n 10000 --out bench/out/corpus.jsonl [--seed 1] [--offset 0]
 */
import { mkdirSync, createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const FIRST = ['Mara', 'Tomas', 'Ilse', 'Jonah', 'Priya', 'Dmitri', 'Aiko', 'Rafael', 'Noor', 'Elias', 'Greta', 'Kofi', 'Lena', 'Osman', 'Wren', 'Bastian'];
const LAST = ['Quist', 'Varga', 'Okafor', 'Lindqvist', 'Moreau', 'Haldane', 'Castellanos', 'Brennan', 'Sato', 'Adeyemi', 'Falk', 'Rourke', 'Ibsen', 'Marchetti', 'Thorne', 'Kowal'];
const ROLES = ['singer', 'producer', 'chef', 'mayor', 'striker', 'novelist', 'director', 'senator', 'founder', 'coach'];
const OUTLETS = ['The Harbor Ledger', 'Metro Pulse', 'Northwind News', 'Culture Wire', 'Daily Echo', 'Riverside Tribune', 'Signal Post', 'Lantern Review'];
const VENUES = ['podcast', 'radio show', 'interview', 'press conference', 'livestream'];
const TOPICS = ['the tour', 'the lawsuit', 'the merger', 'the election', 'the album', 'the stadium deal', 'the festival', 'the book'];
const CLAUSES = [
  'I never wanted this to become a public fight',
  'we talked for hours and I still think we can fix it',
  'people keep telling a story that is not what happened',
  'the numbers speak for themselves and I stand by them',
  'I was surprised when the messages came out',
  'nobody asked me before they made that decision',
  'it is up to them whether we can move past this',
  'I am proud of every word I said in private',
  'the truth is we simply disagreed about the plan',
  'I would do it again tomorrow without hesitation',
];
const FILLER = [
  'The dispute has drawn attention across the industry in recent weeks.',
  'Representatives for both sides did not respond to requests for comment.',
  'Fans reacted quickly on social media after the remarks were published.',
  'The two first worked together more than a decade ago.',
  'Observers say the disagreement reflects a wider split in the field.',
  'A spokesperson declined to elaborate on the timeline.',
];
const JUNK = ['Share this article', 'Something went wrong. Please refresh.', 'Photo: Staff/Wire Images', 'Back to top'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `n` articles as JSONL to `out`; stories have 5–12 articles. Returns the count. */
export async function generateCorpus(n: number, out: string, seed = 1, offset = 0): Promise<number> {
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  let written = 0;
  let story = 0;
  while (written < n) {
    story++;
    const s = offset + story;
    const speaker = `${pick(FIRST)} ${pick(LAST)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}`;
    const role = pick(ROLES);
    const topic = pick(TOPICS);
    const venue = pick(VENUES);
    const quotes = [0, 1, 2].map(() => `${pick(CLAUSES)}. ${pick(CLAUSES)}`.replace(/^./, (c) => c.toUpperCase()));
    const size = 5 + Math.floor(rand() * 8);
    const day = 1 + (s % 27);
    for (let k = 0; k < size && written < n; k++, written++) {
      const outlet = OUTLETS[(s + k) % OUTLETS.length];
      const surname = speaker.split(' ')[1];
      const variant = (q: string): string => {
        const r = rand();
        if (r < 0.3) return q.split('. ')[0];
        if (r < 0.5) return q.replace(' I ', ' I really ');
        return q;
      };
      const paras = [
        `${speaker}, the ${role} at the centre of ${topic}, spoke about ${other} on a ${venue} on Friday. Story ${s}.`,
        `"${variant(quotes[0])}," ${surname} said. "${variant(quotes[1])}."`,
        pick(FILLER),
        `${pick(JUNK)}`,
        `According to ${surname}, ${quotes[2].charAt(0).toLowerCase()}${quotes[2].slice(1)}.`,
        `"${variant(quotes[2])}," said the ${role}.`,
        pick(FILLER),
        `${other} said in a statement last year that the matter was closed.`,
      ];
      const record = {
        id: `gen-${s}-${k}`,
        url: `https://example.org/${outlet.toLowerCase().replace(/\W+/g, '-')}/story-${s}-${k}`,
        title: `${speaker} on ${topic}: '${variant(quotes[0]).split(' ').slice(0, 8).join(' ')}'`,
        text: paras.join('\n\n'),
        published: `2025-05-${String(day).padStart(2, '0')}T${String(8 + k).padStart(2, '0')}:00:00Z`,
        outlet,
      };
      if (!stream.write(JSON.stringify(record) + '\n')) await once(stream, 'drain');
    }
  }
  stream.end();
  await once(stream, 'finish');
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, out: { type: 'string', default: 'bench/out/corpus.jsonl' }, seed: { type: 'string', default: '1' }, offset: { type: 'string', default: '0' } } });
  const count = await generateCorpus(Number(values.n), values.out!, Number(values.seed), Number(values.offset));
  console.log(`wrote ${count} articles to ${values.out}`);
}
