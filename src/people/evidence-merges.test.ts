import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Article, EntityMention, Person, Quote } from '../model.js';
import { makeArticle, makeQuote } from '../coverage/test-fixtures.js';
import { resolvePeople } from './index.js';
import { lengthensName } from './nicknames.js';

/** Entities of the given types for every occurrence of each name in the article. */
function analysisOf(article: Article, names: Partial<Record<EntityMention['type'], string[]>>): Analysis {
  const entities = Object.entries(names).flatMap(([type, list]) =>
    (list ?? []).flatMap((name) =>
      [...article.text.matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'))].map((m) => ({
        span: { start: m.index ?? 0, end: (m.index ?? 0) + name.length },
        text: name,
        type: type as EntityMention['type'],
      })),
    ),
  );
  return { articleId: article.id, sentences: [], paragraphs: [], entities, dates: [], tokenCount: 0 };
}

function quote(article: Article, content: string, speaker: string): Quote {
  return makeQuote(article, content, { speaker, personId: null, source: speaker });
}

function personWith(people: Person[], alias: string): Person | undefined {
  return people.find((p) => p.name === alias || p.aliases.includes(alias));
}

/** Every evidence span reads its alias in its article. */
function assertSpans(people: Person[], articles: Article[]): void {
  for (const e of people.flatMap((p) => p.evidence)) {
    assert.equal(articles.find((a) => a.id === e.articleId)?.text.slice(e.span.start, e.span.end), e.alias);
  }
}

test('should join a first name the analysis did not read as a person to the one person of that name', () => {
  const art = makeArticle('dock', 'Harbour concert', [
    'Odessa Vantreel played the harbour stage on Friday.',
    'Fans waited for hours, and Odessa waved from the pier before the encore.',
  ]);
  const out = resolvePeople({ articles: [art], quotes: [], analyses: [analysisOf(art, { person: ['Odessa Vantreel'], other: ['Odessa'] })], known: [] });
  assert.deepEqual(out.people.map((p) => p.name), ['Odessa Vantreel']);
  const ev = out.people[0].evidence.find((e) => e.alias === 'Odessa');
  assert.equal(ev?.rule, 'first-name');
  assertSpans(out.people, [art]);
});

test('should not join a first name that two people of the article share', () => {
  const art = makeArticle('dock2', 'Harbour concert', [
    'Odessa Vantreel and Odessa Marsh played the harbour stage on Friday.',
    'Fans waited for hours, and Odessa waved from the pier before the encore.',
  ]);
  const out = resolvePeople({ articles: [art], quotes: [], analyses: [analysisOf(art, { person: ['Odessa Vantreel', 'Odessa Marsh'], other: ['Odessa'] })], known: [] });
  assert.deepEqual(out.people.map((p) => p.name).sort(), ['Odessa Marsh', 'Odessa Vantreel']);
  assert.ok(out.people.every((p) => p.aliases.length === 0));
});

// The nickname is used in an earlier article than the one stating the name it lengthens.
const early = makeArticle('early', 'Fiddler tour', [
  'Fans hoped Renny would play the festival again, and Ashgrove said he might.',
  '“The road is long,” said Rennick Ashgrove.',
  'Renny was not on the poster, his sister Mirela Ashgrove said.',
], { published: '2031-01-05T08:00:00Z' });
const later = makeArticle('later', 'Fiddler returns', [
  'Rennick Ashgrove (who now goes by Ren) returned to the stage.',
  '“I missed the crowd,” Ren said.',
], { published: '2031-02-05T08:00:00Z' });
const nick = resolvePeople({
  articles: [later, early],
  quotes: [quote(early, 'The road is long,', 'Rennick Ashgrove'), quote(later, 'I missed the crowd,', 'Ren')],
  analyses: [
    analysisOf(early, { person: ['Rennick Ashgrove', 'Mirela Ashgrove', 'Ashgrove', 'Renny'] }),
    analysisOf(later, { person: ['Rennick Ashgrove', 'Ren'] }),
  ],
  known: [],
});

test('should join a nickname that lengthens a stated alias of a person named in the same sentence', () => {
  const rennick = personWith(nick.people, 'Rennick Ashgrove');
  assert.ok(rennick);
  assert.ok(rennick.aliases.includes('Ren') && rennick.aliases.includes('Renny'), rennick.aliases.join(', '));
  const ev = rennick.evidence.find((e) => e.alias === 'Renny');
  assert.equal(ev?.rule, 'nickname-of-name');
  // The first "Renny", in the sentence naming Ashgrove, is the evidence.
  assert.equal(ev?.span.start, early.text.indexOf('Renny'));
  assertSpans(nick.people, [early, later]);
  assert.equal(nick.quotes[1].personId, rennick.id);
});

test('should keep a relative who shares the surname apart from the nickname merge', () => {
  const mirela = personWith(nick.people, 'Mirela Ashgrove');
  assert.ok(mirela);
  assert.notEqual(mirela.id, personWith(nick.people, 'Rennick Ashgrove')?.id);
  assert.deepEqual(mirela.aliases, []);
});

test('should take a pet-name ending only', () => {
  assert.ok(lengthensName('renny', 'ren'));
  assert.ok(lengthensName('robbie', 'rob'));
  assert.ok(!lengthensName('jordan', 'jo'));
  assert.ok(!lengthensName('ren', 'ren'));
  assert.ok(!lengthensName('ay', 'a'));
});

test('should not join a lengthened name when the person is not named in its sentence', () => {
  const a = makeArticle('apart', 'Fiddler tour', ['Rennick Ashgrove (who now goes by Ren) toured the coast.', 'Later that week Renny opened a bakery on the pier.']);
  const out = resolvePeople({ articles: [a], quotes: [], analyses: [analysisOf(a, { person: ['Rennick Ashgrove', 'Renny'] })], known: [] });
  const renny = personWith(out.people, 'Renny');
  assert.ok(renny);
  assert.notEqual(renny.id, personWith(out.people, 'Rennick Ashgrove')?.id);
});

test('should resolve a lone surname in an earlier article to the person a later article names in full', () => {
  const first = makeArticle('first', 'Ferry delay', ['“The tide was against us,” Vantreel said.'], { published: '2031-01-01T08:00:00Z' });
  const second = makeArticle('second', 'Ferry back', ['Odessa Vantreel, the ferry captain, sailed again on Monday.'], { published: '2031-01-09T08:00:00Z' });
  const out = resolvePeople({
    articles: [first, second],
    quotes: [quote(first, 'The tide was against us,', 'Vantreel')],
    analyses: [analysisOf(first, { person: ['Vantreel'] }), analysisOf(second, { person: ['Odessa Vantreel'] })],
    known: [],
  });
  assert.deepEqual(out.people.map((p) => p.name), ['Odessa Vantreel']);
  assert.equal(out.quotes[0].personId, out.people[0].id);
  assert.equal(out.people[0].evidence.find((e) => e.articleId === 'first')?.rule, 'surname');
});

test('should keep a lone surname apart when the later articles name two people with it', () => {
  const first = makeArticle('first', 'Ferry delay', ['“The tide was against us,” Vantreel said.'], { published: '2031-01-01T08:00:00Z' });
  const second = makeArticle('second', 'Ferry back', ['Odessa Vantreel and her cousin Piet Vantreel sailed again on Monday.'], { published: '2031-01-09T08:00:00Z' });
  const out = resolvePeople({
    articles: [first, second],
    quotes: [quote(first, 'The tide was against us,', 'Vantreel')],
    analyses: [analysisOf(first, { person: ['Vantreel'] }), analysisOf(second, { person: ['Odessa Vantreel', 'Piet Vantreel'] })],
    known: [],
  });
  assert.deepEqual(out.people.map((p) => p.name).sort(), ['Odessa Vantreel', 'Piet Vantreel', 'Vantreel']);
  assert.ok(out.people.every((p) => p.aliases.length === 0));
});
