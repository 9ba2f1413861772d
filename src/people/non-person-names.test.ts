import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Article, EntityMention, Quote } from '../model.js';
import { makeArticle, makeQuote } from '../coverage/test-fixtures.js';
import { resolvePeople } from './index.js';

/** Entities for every occurrence of the given names in the article: people, or of the given type. */
function analysisOf(article: Article, names: string[], type: EntityMention['type'] = 'person'): Analysis {
  const entities = names.flatMap((name) =>
    [...article.text.matchAll(new RegExp(`(?<!\\p{L})${name.replace(/[.]/g, '\\.')}(?!\\p{L})`, 'gu'))].map((m) => ({
      span: { start: m.index ?? 0, end: (m.index ?? 0) + name.length },
      text: name,
      type,
    })),
  );
  return { articleId: article.id, sentences: [], paragraphs: [], entities, dates: [], tokenCount: 0 };
}

/** The names of the people found in one article, given its person entities and speakers. */
function peopleIn(article: Article, entities: string[], quotes: Quote[] = []): string[] {
  const out = resolvePeople({ articles: [article], quotes, analyses: [analysisOf(article, entities)], known: [] });
  return out.people.map((p) => p.name).sort();
}

test('should not take a pronoun-led fragment of a quote for a person', () => {
  const a = makeArticle('frag', 'Ferry talks', ['“Because I know the tides, I stayed,” Ilsa Marrow said.']);
  assert.deepEqual(peopleIn(a, ['Because I', 'Ilsa Marrow']), ['Ilsa Marrow']);
});

test('should read a name behind a sentence opener and a job title as the name', () => {
  const a = makeArticle('opener', 'Ferry talks', ['Ilsa Marrow runs the ferry café.', 'Meanwhile Chef Ilsa has opened a second kitchen.']);
  const out = resolvePeople({ articles: [a], quotes: [], analyses: [analysisOf(a, ['Ilsa Marrow', 'Meanwhile Chef Ilsa'])], known: [] });
  assert.deepEqual(out.people.map((p) => p.name), ['Ilsa Marrow']);
  assert.deepEqual(out.people[0].aliases, ['Ilsa']);
  assert.equal(out.people[0].evidence[1].rule, 'first-name');
});

test('should not make a person of an acronym', () => {
  const a = makeArticle('acro', 'Tide rally', ['“Every boat counts,” said Ilsa Marrow, wearing a TIDE cap.', '“TIDE folks never give up,” TIDE said in a statement.']);
  const quotes = [makeQuote(a, 'TIDE folks never give up,', { speaker: 'TIDE', personId: null })];
  const out = resolvePeople({ articles: [a], quotes, analyses: [analysisOf(a, ['Ilsa Marrow', 'TIDE'])], known: [] });
  assert.deepEqual(out.people.map((p) => p.name), ['Ilsa Marrow']);
  assert.equal(out.quotes[0].personId, null);
});

test('should not make a person of a show named before "podcast" or in quotation marks', () => {
  const a = makeArticle('show', 'On air', [
    'Ilsa Marrow spoke on her Salt Lantern podcast on Monday.',
    'She had just filmed the ‘Harbour Lights Forever’ special.',
  ]);
  assert.deepEqual(peopleIn(a, ['Ilsa Marrow', 'Salt Lantern', 'Harbour Lights Forever']), ['Ilsa Marrow']);
});

test('should not make a person of a restaurant named in apposition, even when a quote is credited to it', () => {
  const a = makeArticle('venue', 'Opening night', [
    'Ilsa Marrow opened a second restaurant, Casa Orvalho, on the quay.',
    '“We are full until June,” Casa Orvalho said.',
  ]);
  const quotes = [makeQuote(a, 'We are full until June,', { speaker: 'Casa Orvalho', personId: null })];
  const out = resolvePeople({ articles: [a], quotes, analyses: [analysisOf(a, ['Ilsa Marrow', 'Casa Orvalho'])], known: [] });
  assert.deepEqual(out.people.map((p) => p.name), ['Ilsa Marrow']);
  assert.equal(out.quotes[0].personId, null);
});

test('should keep a person named before a work noun when the surname is used alone too', () => {
  const a = makeArticle('song', 'New song', ['Fans queued for the Ilsa Marrow album.', '“It took two winters,” Marrow said.']);
  assert.deepEqual(peopleIn(a, ['Ilsa Marrow', 'Marrow']), ['Ilsa Marrow']);
});

test('should not make a person of words capitalised only in a title-case headline', () => {
  const a = makeArticle('headline', "Skipper Ilsa's Harbour Horror! Ferry Boss Blasts Former Partner Over Timetable", [
    'Ilsa Marrow did not hold back. “He never read a tide table,” the ferry boss said.',
  ]);
  const quotes = [makeQuote(a, 'He never read a tide table,', { speaker: 'Harbour Horror', personId: null })];
  const out = resolvePeople({ articles: [a], quotes, analyses: [analysisOf(a, ['Ilsa Marrow', 'Harbour Horror'])], known: [] });
  assert.deepEqual(out.people.map((p) => p.name), ['Ilsa Marrow']);
  assert.equal(out.quotes[0].personId, null);
});

test('should keep a person named in a caption line full of names', () => {
  const a = makeArticle('caption', 'Ferry returns', ['Marrow and Quell at a 2029 Regatta after-party (Photo: TIDEWIRE/Oskar Brenlund)', 'The ferry sailed on Monday.']);
  assert.deepEqual(peopleIn(a, ['Oskar Brenlund']), ['Oskar Brenlund']);
});

test('should not make a person of a title-case line, an organisation or a number', () => {
  const a = makeArticle('junk', 'Ferry returns', [
    'Ilsa Marrow sailed on Monday. No. 12 stayed in port.',
    'Gullwing Images',
    'Share This Story, Choose Your Platform!',
  ]);
  assert.deepEqual(peopleIn(a, ['Ilsa Marrow', 'No. 12', 'Gullwing Images', 'Share This Story', 'Choose Your Platform']), ['Ilsa Marrow']);
});

test('should not make a person of a source the analysis reads as an organisation', () => {
  const a = makeArticle('org', 'Ferry delays', ['Ilsa Marrow missed the morning ferry, Tidewire reported.', 'Marrow said the timetable had changed twice.']);
  const quotes = [
    makeQuote(a, 'Ilsa Marrow missed the morning ferry,', { kind: 'indirect', speaker: 'Tidewire', personId: null, source: 'Tidewire' }),
    makeQuote(a, 'the timetable had changed twice', { kind: 'indirect', speaker: 'Marrow', personId: null, source: 'Marrow' }),
  ];
  const people = analysisOf(a, ['Ilsa Marrow']);
  // "Marrow", read as an organisation too, still joins the one person with that surname.
  const others = analysisOf(a, ['Tidewire', 'Marrow'], 'organization');
  const out = resolvePeople({ articles: [a], quotes, analyses: [{ ...people, entities: [...people.entities, ...others.entities] }], known: [] });
  assert.deepEqual(out.people.map((p) => p.name), ['Ilsa Marrow']);
  assert.equal(out.quotes[0].personId, null);
  assert.equal(out.quotes[1].personId, out.people[0].id);
});
