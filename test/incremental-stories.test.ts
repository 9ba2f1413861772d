/**
 * Stories built across runs: an article of a later run must find and join the story an
 * earlier run stored, with what the earlier run knew about its people.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, openSqliteStore } from '../src/index.js';
import { loadCorpus } from '../src/report/index.js';

interface Record { id: string; title: string; text: string; published: string | null; outlet: string }

// The first report quotes the harbour master, which makes her a person; the later column
// names her twice but credits her with nothing, so only the store knows she is a person.
const storm: Record = {
  id: 'storm-report',
  title: 'Storm sinks three trawlers at Kettleby harbour',
  published: '2031-02-10T08:00:00Z',
  outlet: 'Coast Courier',
  text: [
    'A winter storm sank three trawlers at Kettleby harbour on Sunday night and cracked the breakwater along its whole northern arm.',
    '“We lost the breakwater lights first, then the moorings went one after another,” harbour master Ysolde Marrak said on Monday.',
    'Ysolde Marrak said divers would inspect the cracked breakwater before any trawler returns to sea.',
  ].join('\n\n'),
};
const column: Record = {
  id: 'harbour-column',
  title: 'Who pays for the Kettleby breakwater?',
  published: '2031-02-14T08:00:00Z',
  outlet: 'Northern Ledger',
  text: [
    'Nobody in the council chamber wants to talk about money, but the cracked breakwater will not mend itself.',
    'Ysolde Marrak has run Kettleby harbour for twelve years, and the trawler owners trust Ysolde Marrak more than any councillor.',
    'The insurers will pay for the sunken trawlers; the breakwater belongs to the town, and the town has no reserve left for it.',
  ].join('\n\n'),
};
const bakery: Record = {
  id: 'bakery',
  title: 'Rye bakery opens on Mill Street',
  published: '2031-02-14T09:00:00Z',
  outlet: 'Northern Ledger',
  text: [
    'A rye bakery opened on Mill Street on Saturday, selling sourdough loaves baked in a wood oven.',
    '“We bake through the night so the bread is warm at seven,” owner Tomas Brell said.',
  ].join('\n\n'),
};

async function storiesAfterRuns(runs: Record[][]): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'retold-incremental-'));
  const store = openSqliteStore(':memory:');
  try {
    for (const [i, run] of runs.entries()) {
      const file = join(dir, `run-${i}.jsonl`);
      writeFileSync(file, run.map((r) => JSON.stringify(r)).join('\n'));
      await analyze([file], { store });
    }
    const corpus = await loadCorpus(store);
    const source = new Map(corpus.articles.map((a) => [a.id, a.title]));
    return corpus.stories.map((s) => s.articleIds.map((id) => source.get(id) ?? id).sort()).sort();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('should join a later article to the stored story it names a stored person of, as one run does', async () => {
  const together = await storiesAfterRuns([[storm, column, bakery]]);
  assert.deepEqual(together, [[bakery.title], [column.title, storm.title].sort()]);
  assert.deepEqual(await storiesAfterRuns([[storm], [column, bakery]]), together);
});

test('should join an undated later article to a dated stored story, as one run does', async () => {
  // It also names others, so that its names as a whole differ from the report's.
  const undated = {
    ...column,
    published: null,
    text: `${column.text}\n\nCouncil leader Pim Roderick and treasurer Anouk Sterre meet the Harbour Trust on Friday. Pim Roderick wants a loan from the Fenwater Bank; Anouk Sterre and the Harbour Trust want a levy, and the Fenwater Bank has said nothing.`,
  };
  const together = await storiesAfterRuns([[storm, undated, bakery]]);
  assert.deepEqual(together, [[bakery.title], [column.title, storm.title].sort()]);
  assert.deepEqual(await storiesAfterRuns([[storm], [undated, bakery]]), together);
});
