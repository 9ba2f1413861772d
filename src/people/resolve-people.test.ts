import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Article, Person, Quote } from '../model.js';
import { makeArticle, makeQuote } from '../coverage/test-fixtures.js';
import { personKeys, resolvePeople } from './index.js';

/** Person entities for every occurrence of the given names in the article. */
function analysisOf(article: Article, names: string[]): Analysis {
  const entities = names.flatMap((name) =>
    [...article.text.matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'))].map((m) => ({
      span: { start: m.index ?? 0, end: (m.index ?? 0) + name.length },
      text: name,
      type: 'person' as const,
    })),
  );
  return { articleId: article.id, sentences: [], paragraphs: [], entities, dates: [], tokenCount: 0 };
}

function quote(article: Article, content: string, speaker: string, source?: string): Quote {
  return makeQuote(article, content, { speaker, personId: null, source });
}

const one = makeArticle('one', 'Singer speaks out', [
  'Mara Quist, the folk singer, spoke to Harbour FM on Friday.',
  '“Hey, it’s MQ. I will sing at the harbour festival,” Quist wrote in a message to fans.',
  'Her brother Tobias Quist, a fisherman, was not available for comment.',
  'Quist (real name: Margit Quistorp) has performed under her stage name since 2020.',
], { published: '2031-03-10T08:00:00Z' });
const two = makeArticle('two', 'Festival line-up', [
  'The singer (who now goes by MQ) will close the festival.',
  '“The sea taught me to sing,” MQ told the Bay Bulletin.',
], { published: '2031-03-11T08:00:00Z' });
const three = makeArticle('three', 'Boats return', ['“The catch is good this year,” Tobias Quist said.'], { published: '2031-03-12T08:00:00Z' });

const q1 = quote(one, 'Hey, it’s MQ. I will sing at the harbour festival,', 'Quist', 'Quist');
const q2 = quote(two, 'The sea taught me to sing,', 'MQ', 'MQ');
const q3 = quote(three, 'The catch is good this year,', 'Tobias Quist', 'Tobias Quist');
const analyses = [analysisOf(one, ['Mara Quist', 'Quist', 'Tobias Quist', 'Margit Quistorp']), analysisOf(two, ['MQ']), analysisOf(three, ['Tobias Quist'])];
const result = resolvePeople({ articles: [one, two, three], quotes: [q1, q2, q3], analyses, known: [] });
const byName = (name: string): Person => {
  const p = result.people.find((x) => x.name === name);
  assert.ok(p, `no person named ${name}`);
  return p;
};

test('should merge a full name with its surname, stated real name and self-named nickname', () => {
  const mara = byName('Mara Quist');
  assert.deepEqual([...mara.aliases].sort(), ['MQ', 'Margit Quistorp', 'Quist']);
  const rules = new Map(mara.evidence.map((e) => [e.alias, e.rule]));
  assert.equal(rules.get('Quist'), 'surname');
  assert.equal(rules.get('Margit Quistorp'), 'stated-real-name');
  assert.equal(rules.get('MQ'), 'nickname-in-text');
  for (const e of mara.evidence) {
    const article = [one, two, three].find((a) => a.id === e.articleId);
    assert.equal(article?.text.slice(e.span.start, e.span.end), e.alias);
  }
});

test('should resolve a nickname used alone in a later article to the same person', () => {
  const mara = byName('Mara Quist');
  const [r1, r2] = result.quotes;
  assert.equal(r1.personId, mara.id);
  assert.equal(r2.personId, mara.id);
});

test('should keep two people who share a surname apart', () => {
  const tobias = byName('Tobias Quist');
  assert.notEqual(tobias.id, byName('Mara Quist').id);
  assert.equal(result.quotes[2].personId, tobias.id);
  assert.deepEqual(tobias.aliases, []);
});

test('should reuse a known person and record only new aliases', () => {
  const known = byName('Mara Quist');
  const four = makeArticle('four', 'Encore', ['“One more song,” said Mara Quist, who also goes by Marquee.'], { published: '2031-04-01T08:00:00Z' });
  const again = resolvePeople({ articles: [four], quotes: [quote(four, 'One more song,', 'Mara Quist')], analyses: [], known: [known] });
  assert.equal(again.quotes[0].personId, known.id);
  const updated = again.people.find((p) => p.id === known.id);
  assert.ok(updated);
  assert.deepEqual(updated.aliases.slice(known.aliases.length), []);
});

test('should be deterministic and not depend on article order', () => {
  const reversed = resolvePeople({ articles: [three, two, one], quotes: [q3, q2, q1], analyses: [...analyses].reverse(), known: [] });
  assert.deepEqual(reversed.people, result.people);
});

test('should derive lookup keys from names without titles or possessives', () => {
  assert.deepEqual(personKeys('Mayor Mara Quist’s'), ['name:mara quist', 'surname:quist', 'first:mara']);
  assert.deepEqual(personKeys('Quist'), ['name:quist', 'surname:quist', 'first:quist']);
  assert.deepEqual(personKeys('Vincent van Gogh'), ['name:vincent van gogh', 'surname:van gogh', 'first:vincent']);
  assert.deepEqual(personKeys('  '), []);
});

test('should find the full name of a one-word speaker in the text when there is no entity analysis', () => {
  const art = makeArticle('solo', 'Quarrel', [
    'Tobias Quist and his sister Mara Quist run the ferry.',
    'While Quist was abroad, the ferry stopped. “We lost a month,” Quist said.',
  ]);
  const out = resolvePeople({ articles: [art], quotes: [quote(art, 'We lost a month,', 'Quist')], analyses: [], known: [] });
  const speaker = out.people.find((p) => p.id === out.quotes[0].personId);
  assert.equal(speaker?.name, 'Tobias Quist');
  assert.ok(out.people.some((p) => p.name === 'Mara Quist'));
  assert.ok(!out.people.some((p) => /While/.test(p.name)));
});

test('should not take an outlet cited as a source for a person', () => {
  const ledger = makeArticle('ledger', 'Ferry talks', [
    '“We lost a month,” Tobias Quist said. The Bay Bulletin first reported the ferry plan, and Bay Bulletin said talks were tense.',
  ], { outlet: 'The Bay Bulletin (baybulletin.example)' });
  const out = resolvePeople({
    articles: [ledger],
    quotes: [quote(ledger, 'We lost a month,', 'Tobias Quist'), makeQuote(ledger, 'talks were tense', { kind: 'indirect', speaker: 'Bay Bulletin', personId: null })],
    analyses: [analysisOf(ledger, ['Tobias Quist', 'Bay Bulletin'])],
    known: [],
  });
  assert.deepEqual(out.people.map((p) => p.name), ['Tobias Quist']);
  assert.equal(out.quotes[1].personId, null);
});

test('should merge a pet form of a first name with the formal one under the same surname (Tim Varga, Timothy Varga), and not a different name (Tom Varga)', () => {
  const a = makeArticle('pet-a', 'Envoy testifies', ['“The call worried me,” Tim Varga said.'], { published: '2031-04-01T08:00:00Z' });
  const b = makeArticle('pet-b', 'Envoy speaks again', ['“I reported the call,” Timothy Varga said.'], { published: '2031-04-02T08:00:00Z' });
  const c = makeArticle('pet-c', 'Brother speaks', ['“He told me nothing,” Tom Varga said.'], { published: '2031-04-03T08:00:00Z' });
  const quotes = [quote(a, 'The call worried me,', 'Tim Varga'), quote(b, 'I reported the call,', 'Timothy Varga'), quote(c, 'He told me nothing,', 'Tom Varga')];
  const analyses = [analysisOf(a, ['Tim Varga']), analysisOf(b, ['Timothy Varga']), analysisOf(c, ['Tom Varga'])];
  const r = resolvePeople({ articles: [a, b, c], quotes, analyses, known: [] });
  const [qa, qb, qc] = r.quotes;
  assert.ok(qa.personId);
  assert.equal(qb.personId, qa.personId);
  assert.notEqual(qc.personId, qa.personId);
});

test('should let a name nothing shows to be a person’s join a known person, and never make one', () => {
  const typed = (article: Article, names: [string, 'person' | 'other' | 'place'][]): Analysis => {
    const base = analysisOf(article, names.map(([n]) => n));
    return { ...base, entities: base.entities.map((e) => ({ ...e, type: names.find(([n]) => n === e.text)![1] })) };
  };
  const english = makeArticle('dock-en', 'Strike vote', ['“We walk out on Monday,” union leader Teodor Blix said.'], { published: '2031-03-10T08:00:00Z' });
  const french = makeArticle('dock-fr', 'Grève au port', ['« Nous partons lundi », a déclaré Teodor Blix au port.'], { published: '2031-03-09T08:00:00Z' });
  const games = makeArticle('games', 'Console delayed', [
    '“The console ships in May,” Tidewater Games said. South Harbor said it would stock it. “Queues are long,” Kelp Fest added.',
  ], { published: '2031-03-12T08:00:00Z' });
  const quotes = [
    quote(english, 'We walk out on Monday,', 'Teodor Blix', 'Teodor Blix'),
    quote(french, 'Nous partons lundi', 'Teodor Blix', 'Teodor Blix'),
    quote(games, 'The console ships in May,', 'Tidewater Games', 'Tidewater Games'),
    quote(games, 'it would stock it', 'South Harbor', 'South Harbor'),
    quote(games, 'Queues are long,', 'Kelp Fest', 'Kelp Fest'),
  ];
  const analyses = [
    typed(english, [['Teodor Blix', 'person']]),
    // The English-reading analysis finds the name in the French text but sees nothing of a person.
    typed(french, [['Teodor Blix', 'other']]),
    typed(games, [['Tidewater Games', 'other'], ['South Harbor', 'place']]),
  ];
  const run = resolvePeople({ articles: [french, english, games], quotes, analyses, known: [] });
  const [en, fr, company, place, unseen] = run.quotes;
  assert.ok(en.personId, 'the English speaker is a person');
  assert.equal(fr.personId, en.personId, 'the French rendering is credited to the same person');
  assert.equal(company.personId, null);
  assert.equal(place.personId, null);
  assert.equal(unseen.personId, null, 'a speaker the analysis found nowhere in the text');
  assert.deepEqual(run.people.map((p) => p.name), ['Teodor Blix']);
  // Alone, the French article makes nobody.
  const alone = resolvePeople({ articles: [french], quotes: [quotes[1]], analyses: [analyses[1]], known: [] });
  assert.deepEqual(alone.people, []);
  assert.equal(alone.quotes[0].personId, null);
});

test('should keep a speaker’s evidence on its source span when the name is not the text there (speaker “Dr. Mara Quist. Ada Brandt” on `she`)', () => {
  // Trimming a sentence tail or an opener off a speaker's name must not move the span of the
  // source it stands on: the span's characters are `she`, not the name.
  const article = makeArticle('a1', 'Harbor row', ['“We sail at dawn,” she said.']);
  for (const speaker of ['AA. B', 'Dr. Mara Quist. Ada Brandt', 'Meanwhile Ada Brandt']) {
    const quote = { ...makeQuote(article, '“We sail at dawn,”', { source: 'she' }), speaker };
    const out = resolvePeople({ articles: [article], quotes: [quote], analyses: [], known: [] });
    for (const p of out.people) {
      for (const e of p.evidence) assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= article.text.length, `${speaker}: ${JSON.stringify(e.span)}`);
    }
  }
});

test('should give a stated real name to the one-word name it follows, not to a person named before it', () => {
  const row = makeArticle('row', 'Feud', [
    'The designer Ines Marrow spoke on Monday.',
    'Vela, whose real name is Oda Brandt, answered her on a podcast. “I am done with her,” Vela said.',
  ], { published: '2031-03-10T08:00:00Z' });
  const q = quote(row, 'I am done with her,', 'Vela', 'Vela');
  const out = resolvePeople({ articles: [row], quotes: [q], analyses: [analysisOf(row, ['Ines Marrow', 'Vela', 'Oda Brandt'])], known: [] });
  const vela = out.people.find((p) => p.name === 'Vela' || p.aliases.includes('Vela'));
  assert.ok(vela, JSON.stringify(out.people));
  assert.ok([vela.name, ...vela.aliases].includes('Oda Brandt'), JSON.stringify(vela));
  const marrow = out.people.find((p) => p.name === 'Ines Marrow');
  assert.ok(marrow && !marrow.aliases.includes('Oda Brandt'), JSON.stringify(marrow));
  assert.equal(out.quotes[0].personId, vela.id);
});
