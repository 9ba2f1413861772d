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
const ROLES = ['singer', 'producer', 'chef', 'mayor', 'striker', 'novelist', 'director', 'senator', 'founder', 'coach'];
const OUTLETS = ['The Harbor Ledger', 'Metro Pulse', 'Northwind News', 'Culture Wire', 'Daily Echo', 'Riverside Tribune', 'Signal Post', 'Lantern Review'];
const VENUES = ['podcast', 'radio show', 'interview', 'press conference', 'livestream'];
const TOPICS = ['the tour', 'the lawsuit', 'the merger', 'the election', 'the album', 'the stadium deal', 'the festival', 'the book'];
// A small sentence grammar: the articles of one story share their clauses, and two stories
// rarely share a whole clause, but often a run of its words ("finally signed the warehouse
// lease with a straight face"): a deliberately hard case of the stock phrases unrelated
// real stories share, which story clustering must not take for a shared quotation.
const SUBJECTS = ['I', 'we', 'the board', 'my lawyer', 'nobody on the team', 'the city', 'my family', 'the fans', 'our partners', 'the committee', 'my manager', 'the crew', 'everyone involved', 'the investors', 'my old friend'];
const VERBS = ['never wanted', 'always expected', 'could not accept', 'quietly approved', 'openly rejected', 'kept asking for', 'finally signed', 'tried to stop', 'paid dearly for', 'was shocked by', 'begged me to drop', 'laughed at', 'promised to fund', 'refused to discuss', 'warned me about'];
const OBJECTS = ['the second contract', 'a public fight', 'the missing money', 'the new schedule', 'that private message', 'the final vote', 'the early draft', 'the venue change', 'the whole arrangement', 'a quiet settlement', 'the press release', 'the warehouse lease', 'the summer plan', 'the first offer', 'the recording'];
const TAILS = ['and I stand by that', 'long before anyone noticed', 'without telling me', 'for reasons I still do not understand', 'and the numbers prove it', 'the moment it leaked', 'after weeks of talks', 'because it was the right thing', 'even when it hurt', 'and that is the whole story', 'in front of everyone', 'behind closed doors', 'two winters ago', 'at the worst possible time', 'with a straight face'];
const FILLER_OPENERS = ['Neither side', 'A spokesperson', 'Local officials', 'Several former colleagues', 'Industry analysts', 'Court records', 'Ticket sellers', 'Two people familiar with the talks'];
const FILLER_ENDS = ['declined to comment further', 'described the talks as tense', 'expect a ruling within weeks', 'said the dispute began last spring', 'pointed to an unpaid invoice', 'noted the deadline had already passed', 'called the claims exaggerated', 'confirmed a meeting took place'];
const JUNK = ['Share this article', 'Something went wrong. Please refresh.', 'Photo: Staff/Wire Images', 'Back to top'];

const SYLLABLES = ['ka', 'lo', 'ven', 'mir', 'tas', 'do', 'rel', 'qui', 'sam', 'bor', 'ne', 'fa', 'lin', 'tor', 'e', 'zu', 'pra', 'gol', 'is', 'han'];

/** A pronounceable invented word, so every story has words no other story uses. */
function inventWord(pick: <T>(xs: T[]) => T, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A seeded pseudo-random generator (mulberry32), so every run generates the same corpus. */
export function rng(seed: number): () => number {
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
  // Real stories share people: the person one story is about turns up in the next story
  // from the same town or team. So half the stories name (and cite) the previous story's
  // speaker as the person they talk about.
  let previous: string | null = null;
  while (written < n) {
    story++;
    const s = offset + story;
    // Real stories differ in people, places and wording; invented words give each its own.
    const speaker = `${pick(FIRST)} ${inventWord(pick, 3)}`;
    const newcomer = `${pick(FIRST)} ${inventWord(pick, 3)}`;
    const other = previous !== null && rand() < 0.5 ? previous : newcomer;
    previous = speaker;
    const place = inventWord(pick, 2);
    const project = inventWord(pick, 3);
    const role = pick(ROLES);
    const topic = `${pick(TOPICS)} in ${place}`;
    const venue = pick(VENUES);
    const clause = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
    const filler = () => `${pick(FILLER_OPENERS)} ${pick(FILLER_ENDS)} about ${project}.`;
    const quotes = [0, 1, 2].map(() => `${clause()} at ${project}. ${clause()} in ${place}`.replace(/^./, (c) => c.toUpperCase()));
    const fillers = [filler(), filler()];
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
        // No story number in the text: real articles carry nothing that names their story,
        // and a number unique to each story would make the benchmark's stories easy to tell apart.
        `${speaker}, the ${role} at the centre of ${topic}, spoke about ${other} on a ${venue} on Friday.`,
        `"${variant(quotes[0])}," ${surname} said. "${variant(quotes[1])}."`,
        `${fillers[0]} ${outlet} first reported the ${project} plan.`,
        `${pick(JUNK)}`,
        `According to ${surname}, ${quotes[2].charAt(0).toLowerCase()}${quotes[2].slice(1)}.`,
        `"${variant(quotes[2])}," said the ${role}.`,
        fillers[1],
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
