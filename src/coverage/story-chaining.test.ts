/**
 * Story clustering must not chain: articles of different stories that share a page
 * template, stock phrases in their quotations, an outlet cited as a source, or a person
 * named in passing stay in their own stories, and one article that resembles two stories
 * joins at most one of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Person, Quote } from '../model.js';
import { clusterStories } from './cluster-stories.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

interface Cast {
  id: string;
  name: string;
  surname: string;
  personId: string;
  role: string;
  place: string;
  project: string;
  topic: string;
  lines: [string, string];
}

const casts: Cast[] = [
  {
    id: 'flood', name: 'Mara Quist', surname: 'Quist', personId: 'person-quist', role: 'mayor', place: 'Port Elsby', project: 'Tarvan sea wall', topic: 'the harbour flood',
    lines: ['The pumps at Tarvan failed twice before dawn', 'Port Elsby will pay for every flooded cellar'],
  },
  {
    id: 'stadium', name: 'Tobias Renk', surname: 'Renk', personId: 'person-renk', role: 'club owner', place: 'Vellinge', project: 'Oderbruch arena', topic: 'the stadium deal',
    lines: ['The Oderbruch arena needs forty thousand seats', 'Vellinge council delayed the building permit again'],
  },
  {
    id: 'festival', name: 'Ilse Varga', surname: 'Varga', personId: 'person-varga', role: 'festival director', place: 'Kalmar Bay', project: 'Lumen stage', topic: 'the summer festival',
    lines: ['The Lumen stage will open with a choir of children', 'Kalmar Bay hotels are already booked out for August'],
  },
];
const outlets = ['Harbor Ledger', 'Metro Pulse', 'Daily Echo'];
// What every article of every story shares: the outlet's page template and the
// speakers' stock phrases.
const STOCK = 'and I stand by that for reasons I still do not understand';

function storyArticle(cast: Cast, k: number, extra: string[] = []): { article: Article; quotes: Quote[] } {
  const outlet = outlets[k % outlets.length];
  const quoted = `${cast.lines[k % 2]} ${STOCK},`;
  const article = makeArticle(`${cast.id}-${k}`, `${cast.name} on ${cast.topic} in ${cast.place}`, [
    `${cast.name}, the ${cast.role} at the centre of ${cast.topic} in ${cast.place}, spoke to reporters on Friday about the ${cast.project}.`,
    `“${quoted}” ${cast.surname} said.`,
    `A spokesperson declined to comment further. ${outlet} first reported the plan, and ${outlet} said the talks were tense.`,
    `Share this article`,
    ...extra,
  ], { published: `2031-05-0${1 + k}T08:00:00Z`, outlet });
  const quotes = [
    makeQuote(article, quoted, { speaker: cast.name, personId: cast.personId }),
    makeQuote(article, 'the talks were tense', { kind: 'indirect', speaker: outlet, personId: `person-${outlet.replace(' ', '-').toLowerCase()}` }),
  ];
  return { article, quotes };
}

const people: Person[] = [
  ...casts.map((c) => ({ id: c.personId, name: c.name, aliases: [c.surname], evidence: [] })),
  // An outlet that an extractor took for a person: it is cited in every story.
  ...outlets.map((o) => ({ id: `person-${o.replace(' ', '-').toLowerCase()}`, name: o, aliases: [], evidence: [] })),
];

const corpus = casts.flatMap((c) => [0, 1, 2].map((k) => storyArticle(c, k)));
const all = { articles: corpus.map((x) => x.article), quotes: corpus.flatMap((x) => x.quotes) };
const partition = (stories: { articleIds: string[] }[]) => stories.map((s) => [...s.articleIds].sort()).sort();

test('should keep three stories that share a template, stock phrases and a cited outlet apart', () => {
  const stories = clusterStories({ ...all, people, existing: [] });
  assert.deepEqual(partition(stories), [
    ['festival-0', 'festival-1', 'festival-2'],
    ['flood-0', 'flood-1', 'flood-2'],
    ['stadium-0', 'stadium-1', 'stadium-2'],
  ]);
});

test('should keep them apart when they arrive in batches', () => {
  const [first, ...rest] = [0, 1, 2].map((k) => corpus.filter((x) => x.article.id.endsWith(`-${k}`)));
  let stored = clusterStories({ articles: first.map((x) => x.article), quotes: first.flatMap((x) => x.quotes), people, existing: [] });
  for (const batch of rest) {
    const existing = stored.map((story) => {
      const members = corpus.filter((x) => story.articleIds.includes(x.article.id));
      return { story, articles: members.map((x) => x.article), quotes: members.flatMap((x) => x.quotes) };
    });
    const changed = clusterStories({ articles: batch.map((x) => x.article), quotes: batch.flatMap((x) => x.quotes), people, existing });
    stored = [...stored.filter((s) => !changed.some((c) => c.id === s.id)), ...changed];
  }
  assert.deepEqual(partition(stored), partition(clusterStories({ ...all, people, existing: [] })));
  assert.equal(stored.length, 3);
});

test('should not let one article that resembles two stories join them', () => {
  // A stadium article that also quotes the flood story's line and names the mayor in passing.
  const flood = casts[0];
  const bridge = storyArticle(casts[1], 3, [
    `As ${flood.name} said of the flood last week: “${flood.lines[0]} ${STOCK}.”`,
  ]);
  const bridgeQuote = makeQuote(bridge.article, `${flood.lines[0]} ${STOCK}.`, { speaker: flood.name, personId: flood.personId });
  const stories = clusterStories({
    articles: [...all.articles, bridge.article],
    quotes: [...all.quotes, ...bridge.quotes, bridgeQuote],
    people,
    existing: [],
  });
  const of = (id: string) => stories.find((s) => s.articleIds.includes(id))?.id;
  assert.equal(stories.length, 3);
  assert.notEqual(of('flood-0'), of('stadium-0'), 'the bridge must not merge the flood and the stadium');
  assert.equal(of('stadium-3'), of('stadium-0'), 'the bridge article belongs with the stadium story');
});

test('should not chain stories through a run of bridge articles', () => {
  // Each bridge resembles its neighbours a little; together they would chain all three.
  const bridges = casts.map((c, i) => {
    const next = casts[(i + 1) % casts.length];
    const b = storyArticle(c, 4 + i, [`${next.name} of ${next.place} was also there, talking about the ${next.project}.`]);
    return b;
  });
  const stories = clusterStories({
    articles: [...all.articles, ...bridges.map((b) => b.article)],
    quotes: [...all.quotes, ...bridges.flatMap((b) => b.quotes)],
    people,
    existing: [],
  });
  assert.equal(stories.length, 3);
  for (const s of stories) assert.equal(new Set(s.articleIds.map((id) => id.split('-')[0])).size, 1, `one story per cast: ${s.articleIds.join(', ')}`);
});

test('should not count a stock phrase two different speakers used as a shared quotation', () => {
  // Two stories that both name the mayor; their speakers share a stock phrase.
  const flood = storyArticle(casts[0], 0);
  const stadium = storyArticle(casts[1], 0, [`${casts[0].name} attended the council meeting.`]);
  const stories = clusterStories({
    articles: [flood.article, stadium.article],
    quotes: [...flood.quotes, ...stadium.quotes],
    people,
    existing: [],
  });
  assert.equal(stories.length, 2);
});
