import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Quote, QuoteGroup, Story } from '../model.js';
import { alignQuotes } from './align-quotes.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

const FULL = 'We will rebuild the harbour before winter, and every family will have a home again. Nobody will be left behind,';

const a = makeArticle('a', 'Mayor Quist vows harbour rebuild', [
  'Mayor Mara Quist promised on Monday to restore the storm-damaged port.',
  `“${FULL}” Quist told reporters at the town hall on Monday.`,
], { published: '2031-03-10T09:00:00Z', outlet: 'Harbour Herald' });
const b = makeArticle('b', 'Quist: ‘Nobody will be left behind’', [
  'Quist said the harbour would be rebuilt before winter.',
  '“Every family will have a home again,” she said on Monday.',
], { published: '2031-03-11T09:00:00Z', outlet: 'Coastal Courier' });
const c = makeArticle('c', 'Port plan unveiled', [
  '“We will rebuild the harbour before winter, and every family will have a home again,” said deputy Olaf Brandt.',
], { published: '2031-03-12T09:00:00Z', outlet: 'Bay Bulletin' });
const d = makeArticle('d', 'Quist on the school', [
  '“We will rebuild the school before winter, and every family will have a warm classroom again,” Quist told Harbour FM on Friday.',
], { published: '2031-09-20T09:00:00Z', outlet: 'Harbour FM' });
const e = makeArticle('e', 'A year on', ['“Nobody will be left behind,” Quist said.'], { published: '2032-06-01T09:00:00Z', outlet: 'Late Ledger' });
const f = makeArticle('f', 'Looking back', ['Back in March 2031, Quist said: “Nobody will be left behind.”'], { published: '2032-06-02T09:00:00Z', outlet: 'Slow Post' });

const press = 'press conference: town hall';
const quotes: Quote[] = [
  makeQuote(a, FULL, { id: 'a1', occasion: press, said: '2031-03-09' }),
  makeQuote(b, 'Nobody will be left behind', { id: 'b1', kind: 'headline' }),
  makeQuote(b, 'the harbour would be rebuilt before winter', { id: 'b2', kind: 'indirect', said: '2031-03-09' }),
  makeQuote(b, 'Every family will have a home again,', { id: 'b3', said: '2031-03-09' }),
  makeQuote(c, 'We will rebuild the harbour before winter, and every family will have a home again,', { id: 'c1', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
  makeQuote(d, 'We will rebuild the school before winter, and every family will have a warm classroom again,', { id: 'd1', occasion: 'radio: Harbour FM', said: '2031-09-19' }),
  makeQuote(e, 'Nobody will be left behind,', { id: 'e1' }),
  makeQuote(f, 'Nobody will be left behind.', { id: 'f1', said: '2031-03' }),
];
const articles: Article[] = [a, b, c, d, e, f];
const story: Story = { id: 'story-harbour', title: '', articleIds: articles.map((x) => x.id), people: [], firstPublished: null, lastPublished: null };
const people = [
  { id: 'person-mara', name: 'Mara Quist', aliases: ['Quist'], evidence: [] },
  { id: 'person-olaf', name: 'Olaf Brandt', aliases: [], evidence: [] },
];

function groupOf(groups: QuoteGroup[], quoteId: string): QuoteGroup {
  const g = groups.find((x) => x.occurrences.some((o) => o.quoteId === quoteId));
  assert.ok(g, `no group holds ${quoteId}`);
  return g;
}

function occurrence(groups: QuoteGroup[], quoteId: string) {
  const o = groupOf(groups, quoteId).occurrences.find((x) => x.quoteId === quoteId);
  assert.ok(o);
  return o;
}

const groups = alignQuotes({ story, articles, quotes, people });

test('should group renderings of one utterance across outlets', () => {
  const ids = groupOf(groups, 'a1').occurrences.map((o) => o.quoteId).sort();
  assert.deepEqual(ids, ['a1', 'b1', 'b2', 'b3', 'c1', 'e1', 'f1']);
});

test('should keep a similar line said on another occasion apart', () => {
  assert.deepEqual(groupOf(groups, 'd1').occurrences.map((o) => o.quoteId), ['d1']);
});

test('should pick the most complete wording as canonical, comma before the cue as a period', () => {
  const g = groupOf(groups, 'a1');
  assert.equal(g.canonical, FULL.replace(/,$/, '.'));
  assert.equal(g.speaker, 'person-mara');
  assert.equal(g.speakerName, 'Mara Quist');
  assert.deepEqual(g.saidWhen, { value: '2031-03-09', precision: 'day' });
  assert.equal(g.occasion, press);
});

test('should label each rendering', () => {
  assert.equal(occurrence(groups, 'a1').drift, 'exact');
  assert.equal(occurrence(groups, 'b1').drift, 'truncated');
  assert.equal(occurrence(groups, 'b2').drift, 'reported');
  assert.equal(occurrence(groups, 'b3').drift, 'truncated');
  assert.equal(occurrence(groups, 'c1').drift, 'truncated');
});

test('should flag words credited to someone else as misattributed', () => {
  assert.equal(occurrence(groups, 'c1').misattributed, true);
  assert.equal(occurrence(groups, 'b3').misattributed, false);
});

test('should flag an old statement presented as new as recycled, unless the article dates it', () => {
  assert.equal(occurrence(groups, 'e1').recycled, true);
  assert.equal(occurrence(groups, 'f1').recycled, false);
  assert.equal(occurrence(groups, 'b3').recycled, false);
});

test('should give occurrences valid spans and a word diff against the canonical', () => {
  for (const g of groups) {
    for (const o of g.occurrences) {
      const article = articles.find((x) => x.id === o.articleId);
      assert.ok(article && o.start >= 0 && o.end <= article.text.length && o.start < o.end);
    }
  }
  const diff = occurrence(groups, 'b3').diff;
  assert.deepEqual(diff.filter((op) => op.op === 'same').map((op) => op.text), ['Every family will have a home again,']);
  assert.equal(diff[0].op, 'removed');
});

test('should prefer the earliest said among equally complete renderings', () => {
  const x = makeArticle('x', 'T', ['“We will win this; we always do,” Quist said.'], { published: '2031-04-02T00:00:00Z' });
  const y = makeArticle('y', 'T', ['“We will win this, we always do,” Quist said.'], { published: '2031-04-01T00:00:00Z' });
  const qs = [makeQuote(x, 'We will win this; we always do,', { id: 'x1', said: '2031-03-30' }), makeQuote(y, 'We will win this, we always do,', { id: 'y1', said: '2031-03-31' })];
  const [g] = alignQuotes({ story: { ...story, articleIds: ['x', 'y'] }, articles: [x, y], quotes: qs, people });
  assert.equal(g.canonical, 'We will win this; we always do.');
  assert.equal(g.occurrences.find((o) => o.quoteId === 'y1')?.drift, 'punctuation');
});

test('should take the first print of a statement for its canonical when a later one only dates it, and a rendering dated after another for a later statement', () => {
  // The coach's words, printed on Monday with no date, retold on Friday as said after
  // Saturday's match: one statement, and Monday's print is the original.
  const monday = makeArticle('mon', 'T', ['“This is a squad, not a shrine,” Reyes said.'], { published: '2031-04-03T00:00:00Z' });
  const friday = makeArticle('fri', 'T', ['After Saturday’s defeat Reyes said: “This is a squad – not a shrine.”'], { published: '2031-04-07T00:00:00Z' });
  const qs = [makeQuote(monday, 'This is a squad, not a shrine,', { id: 'm1' }), makeQuote(friday, 'This is a squad – not a shrine.', { id: 'f1', said: '2031-04-01' })];
  const [g] = alignQuotes({ story: { ...story, articleIds: ['mon', 'fri'] }, articles: [monday, friday], quotes: qs, people });
  assert.equal(g.canonical, 'This is a squad, not a shrine.');
  assert.equal(g.occurrences.find((o) => o.quoteId === 'f1')?.drift, 'punctuation');
  // Dated after the first print was out, the same words are a later statement of them.
  const later = [makeQuote(monday, 'This is a squad, not a shrine,', { id: 'm2' }), makeQuote(friday, 'This is a squad – not a shrine.', { id: 'f2', said: '2031-04-06' })];
  const [h] = alignQuotes({ story: { ...story, articleIds: ['mon', 'fri'] }, articles: [monday, friday], quotes: later, people });
  assert.equal(h.canonical, 'This is a squad, not a shrine.');
});

test('should join consecutive paragraphs of one statement and find a later quote of its second half', () => {
  const l = makeArticle('l', 'Letter', [
    '“Dear friends, the ferry strike ends tonight,” Quist wrote in the letter.',
    'The letter continued, saying, “Every crossing will be free until the end of the month.”',
  ], { published: '2031-05-01T00:00:00Z' });
  const m = makeArticle('m', 'Free crossings', ['Quist wrote that “every crossing will be free until the end of the month.”'], { published: '2031-05-02T00:00:00Z' });
  const qs = [
    makeQuote(l, 'Dear friends, the ferry strike ends tonight,', { id: 'l1', cue: 'wrote', source: 'Quist' }),
    makeQuote(l, 'Every crossing will be free until the end of the month.', { id: 'l2' }),
    makeQuote(m, 'every crossing will be free until the end of the month.', { id: 'm1', kind: 'fragment' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['l', 'm'] }, articles: [l, m], quotes: qs, people });
  const g = groupOf(gs, 'm1');
  assert.deepEqual(g.occurrences.map((o) => o.quoteId).sort(), ['l1', 'l2', 'm1']);
  assert.equal(g.canonical, 'Dear friends, the ferry strike ends tonight. Every crossing will be free until the end of the month.');
});

test('should ignore quotes of articles outside the story and be deterministic', () => {
  const shuffled = alignQuotes({ story: { ...story, articleIds: ['a', 'b'] }, articles: [...articles].reverse(), quotes: [...quotes].reverse(), people });
  const again = alignQuotes({ story: { ...story, articleIds: ['a', 'b'] }, articles, quotes, people });
  assert.deepEqual(shuffled, again);
  assert.ok(again.every((g) => g.occurrences.every((o) => o.articleId === 'a' || o.articleId === 'b')));
});

test('should group a translated quotation of the same speaker and label it other-language', () => {
  const en = makeArticle('en', 'Lighthouse', ['“We will rebuild the harbour and the historic lighthouse before winter, with help from the European Union,” Quist said.'], { published: '2031-03-10T08:00:00Z' });
  const en2 = makeArticle('en2', 'Lighthouse again', ['“We will rebuild the harbour and the historic lighthouse before winter,” Quist said on Monday.'], { published: '2031-03-10T09:00:00Z' });
  const fr = makeArticle('fr', 'Le phare', ['« Nous reconstruirons le port et le phare historique avant l’hiver, avec l’aide de l’Union européenne », a déclaré Quist.'], { published: '2031-03-10T10:00:00Z', language: 'fr' });
  const qs = [
    makeQuote(en, 'We will rebuild the harbour and the historic lighthouse before winter, with help from the European Union,', { id: 'en1' }),
    makeQuote(en2, 'We will rebuild the harbour and the historic lighthouse before winter,', { id: 'en2' }),
    makeQuote(fr, 'Nous reconstruirons le port et le phare historique avant l’hiver, avec l’aide de l’Union européenne', { id: 'fr1' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['en', 'en2', 'fr'] }, articles: [en, en2, fr], quotes: qs, people });
  assert.equal(gs.length, 1);
  assert.equal(gs[0].occurrences.find((o) => o.quoteId === 'fr1')?.drift, 'other-language');
  assert.equal(gs[0].canonical, 'We will rebuild the harbour and the historic lighthouse before winter, with help from the European Union.');
});

test('should keep a reworded line from another news cycle apart, but group a verbatim recycled one', () => {
  const april = makeArticle('apr', 'T', ['“I think the new bridge shows some of the best of this town,” Quist said on the radio.'], { published: '2031-04-27T00:00:00Z' });
  const sept = makeArticle('sep', 'T', ['“The new bridge shows certain parts of the best of this town,” Quist said on a podcast.'], { published: '2031-09-08T00:00:00Z' });
  const later = makeArticle('lat', 'T', ['“I think the new bridge shows some of the best of this town,” Quist said.'], { published: '2031-12-01T00:00:00Z' });
  const qs = [
    makeQuote(april, 'I think the new bridge shows some of the best of this town,', { id: 'apr1' }),
    makeQuote(sept, 'The new bridge shows certain parts of the best of this town,', { id: 'sep1' }),
    makeQuote(later, 'I think the new bridge shows some of the best of this town,', { id: 'lat1' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['apr', 'sep', 'lat'] }, articles: [april, sept, later], quotes: qs, people });
  assert.deepEqual(gs.map((g) => g.occurrences.map((o) => o.quoteId).sort()).sort(), [['apr1', 'lat1'], ['sep1']]);
  assert.equal(groupOf(gs, 'lat1').occurrences.find((o) => o.quoteId === 'lat1')?.recycled, true, 'first reported in April, presented as new in December');
  assert.equal(groupOf(gs, 'apr1').occurrences.find((o) => o.quoteId === 'apr1')?.recycled, false);
});

test('should let a long verbatim match outweigh disagreeing occasion labels, but not a near match', () => {
  const p = makeArticle('p', 'T', ['“The ferry will run every hour from the first of May until the end of October,” Quist said.'], { published: '2031-04-01T00:00:00Z' });
  const r = makeArticle('r', 'T', ['“The ferry will run every hour from the first of May,” Quist told the council.'], { published: '2031-04-02T00:00:00Z' });
  const s = makeArticle('s', 'T', ['“The ferry will run every second hour from the first of June,” Quist told Harbour FM.'], { published: '2031-04-03T00:00:00Z' });
  const qs = [
    makeQuote(p, 'The ferry will run every hour from the first of May until the end of October,', { id: 'p1', occasion: 'interview: Bay Bulletin' }),
    makeQuote(r, 'The ferry will run every hour from the first of May,', { id: 'r1', occasion: 'text message' }),
    makeQuote(s, 'The ferry will run every second hour from the first of June,', { id: 's1', occasion: 'radio: Harbour FM' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['p', 'r', 's'] }, articles: [p, r, s], quotes: qs, people });
  assert.deepEqual(gs.map((g) => g.occurrences.map((o) => o.quoteId).sort()).sort(), [['p1', 'r1'], ['s1']]);
});

test('should read a headline after a colon as the speaker’s words', () => {
  const h = makeArticle('h', 'Quist: Every Family Will Have a Home Again', ['“Every family will have a home again, and soon,” Quist said.'], { published: '2031-03-10T00:00:00Z' });
  const qs = [
    makeQuote(h, 'Every Family Will Have a Home Again', { id: 'h1', kind: 'headline' }),
    makeQuote(h, 'Every family will have a home again, and soon,', { id: 'h2' }),
  ];
  const [g] = alignQuotes({ story: { ...story, articleIds: ['h'] }, articles: [h], quotes: qs, people });
  assert.equal(g.occurrences.find((o) => o.quoteId === 'h1')?.drift, 'truncated');
});

test('should keep the earlier original as canonical when a later copy swaps a word and adds one', () => {
  const original = 'My aunt mended fishing nets on this quay for thirty years. Opening a kitchen here feels like paying a debt.';
  const copy = 'My aunt repaired fishing nets on this quay for thirty years. Opening a kitchen here feels like paying back a debt.';
  const early = makeArticle('n1', 'Chef opens on the quay', [`“${original}” Quist said.`], { published: '2031-02-18T09:00:00Z', outlet: 'Harbour Herald' });
  const late = makeArticle('n2', 'A kitchen on the quay', [`“${copy}” Quist said.`], { published: '2031-03-28T09:00:00Z', outlet: 'Bay Bulletin' });
  const netQuotes = [makeQuote(early, original, { id: 'n1q', said: '2031-02-18' }), makeQuote(late, copy, { id: 'n2q', said: '2031-02' })];
  const netStory: Story = { ...story, id: 'story-nets', articleIds: ['n1', 'n2'] };
  const netGroups = alignQuotes({ story: netStory, articles: [early, late], quotes: netQuotes, people });
  const group = groupOf(netGroups, 'n1q');
  assert.equal(group.canonical, original);
  assert.equal(occurrence(netGroups, 'n1q').drift, 'exact');
  assert.equal(occurrence(netGroups, 'n2q').drift, 'minor-wording');
});

test('should group the same long wording even when the articles date it differently', () => {
  const line = 'The ferry will run every hour from the first of June, and nobody will pay more than two crowns for a crossing.';
  const first = makeArticle('r1', 'Ferry promise', [`“${line}” Quist said on Monday.`], { published: '2031-05-13T09:00:00Z', outlet: 'Harbour Herald' });
  const later = makeArticle('r2', 'Quist repeats ferry promise', [`On Friday's radio show she read it out again: “${line}”`], { published: '2031-05-17T09:00:00Z', outlet: 'Bay Bulletin' });
  const restated = makeArticle('r3', 'Quist on fares', ['“Nobody will pay more than two crowns, that I promise,” Quist said in June.'], { published: '2031-06-20T09:00:00Z', outlet: 'Late Ledger' });
  const lineQuotes = [
    makeQuote(first, line, { id: 'r1q', said: '2031-05-12' }),
    makeQuote(later, line, { id: 'r2q', said: '2031-05-16' }),
    makeQuote(restated, 'Nobody will pay more than two crowns, that I promise,', { id: 'r3q', said: '2031-06' }),
  ];
  const lineStory: Story = { ...story, id: 'story-ferry', articleIds: ['r1', 'r2', 'r3'] };
  const lineGroups = alignQuotes({ story: lineStory, articles: [first, later, restated], quotes: lineQuotes, people });
  assert.equal(groupOf(lineGroups, 'r1q').id, groupOf(lineGroups, 'r2q').id);
  assert.notEqual(groupOf(lineGroups, 'r1q').id, groupOf(lineGroups, 'r3q').id, 'a short restatement on another date stays apart');
});

test('should not let an inferred publication year split an old message from its dated renderings', () => {
  const old = makeArticle('old', 'T', ['In May 2028 Quist texted the council: “Keep the ferry running through the winter, whatever it costs.”'], { published: '2028-05-20T00:00:00Z' });
  const recap = makeArticle('rec', 'T', ['Quist once wrote in a message: “Keep the ferry running through the winter, whatever it costs.”'], { published: '2031-08-01T00:00:00Z' });
  const qs = [
    makeQuote(old, 'Keep the ferry running through the winter, whatever it costs.', { id: 'old1', said: '2028-05', occasion: 'text message' }),
    // The recap states no date; the attribute stage guessed its publication year.
    makeQuote(recap, 'Keep the ferry running through the winter, whatever it costs.', { id: 'rec1', said: '2031', inferredSaid: true, occasion: 'text message' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['old', 'rec'] }, articles: [old, recap], quotes: qs, people });
  assert.deepEqual(gs.map((g) => g.occurrences.map((o) => o.quoteId).sort()), [['old1', 'rec1']]);
  assert.deepEqual(gs[0].saidWhen, { value: '2028-05', precision: 'month' });
  // With no stated date anywhere, the group still gets the inferred year.
  const alone = alignQuotes({ story: { ...story, articleIds: ['rec'] }, articles: [recap], quotes: [qs[1]], people });
  assert.deepEqual(alone[0].saidWhen, { value: '2031', precision: 'year' });
});

test('should label a mixed quote by its marked words, not the reporter’s words around them', () => {
  const line = 'turn the old gasworks into the finest park on the coast';
  const first = makeArticle('g1', 'Gasworks plan', [`Quist said the council would “${line}.”`], { published: '2031-03-10T09:00:00Z', outlet: 'Harbour Herald' });
  const second = makeArticle('g2', 'Park vote', [`The mayor promised the plan would "${line}."`], { published: '2031-03-11T09:00:00Z', outlet: 'Bay Bulletin' });
  const third = makeArticle('g3', 'Park vote', [`The mayor promised the plan would "${line.replace('gasworks', 'gasworks,')}."`], { published: '2031-03-12T09:00:00Z', outlet: 'Late Ledger' });
  const qs = [
    makeQuote(first, `the council would “${line}.”`, { id: 'g1q', kind: 'mixed' }),
    makeQuote(second, `the plan would "${line}."`, { id: 'g2q', kind: 'mixed' }),
    makeQuote(third, `the plan would "${line.replace('gasworks', 'gasworks,')}."`, { id: 'g3q', kind: 'mixed' }),
  ];
  const [g] = alignQuotes({ story: { ...story, articleIds: ['g1', 'g2', 'g3'] }, articles: [first, second, third], quotes: qs, people });
  assert.equal(g.canonical, `${line}.`);
  assert.equal(g.occurrences.find((o) => o.quoteId === 'g2q')?.drift, 'exact', 'the same marked words, straight marks');
  assert.equal(g.occurrences.find((o) => o.quoteId === 'g3q')?.drift, 'punctuation', 'a comma added inside the marks');
});

test('should judge a headline by its marked words when words of the headline stand outside the marks', () => {
  const line = 'It took a week of talks, but the fares are frozen until the end of next year, for every crossing.';
  const wire = makeArticle('w1', 'Ferry fares frozen', [`“${line}” Quist said.`], { published: '2031-03-10T09:00:00Z', outlet: 'Harbour Herald' });
  // The headline starts the article text and ends in a closing mark, but opens with the
  // reporter's words.
  const later = makeArticle('w2', 'Ferry deal: fares ‘frozen until the end of next year’', [`“${line}” Quist said.`], { published: '2031-03-11T09:00:00Z', outlet: 'Bay Bulletin' });
  const qs = [
    makeQuote(wire, line, { id: 'w1q' }),
    makeQuote(later, 'Ferry deal: fares ‘frozen until the end of next year’', { id: 'w2h', kind: 'headline' }),
    makeQuote(later, line, { id: 'w2q' }),
  ];
  const [g, ...rest] = alignQuotes({ story: { ...story, articleIds: ['w1', 'w2'] }, articles: [wire, later], quotes: qs, people });
  assert.equal(rest.length, 0);
  assert.equal(g.canonical, line);
  assert.equal(g.occurrences.find((o) => o.quoteId === 'w2h')?.drift, 'truncated');
});

// One utterance printed the same day by several outlets, one of them with a dash for a comma.
const CROWN_COMMA = 'I never took a single coin from the ferry company, not in cash, not in favours. My record is clean.';
const CROWN_DASH = 'I never took a single coin from the ferry company - not in cash, not in favours. My record is clean.';

function sameDayGroup(renderings: { id: string; text: string; published: string; headline?: string }[]): QuoteGroup {
  const arts = renderings.map((r) => makeArticle(r.id, r.headline ?? 'Quist testifies', [`“${r.text}” Quist told the court.`], { published: r.published, outlet: `${r.id} Times` }));
  const qs = renderings.flatMap((r, i) => [
    makeQuote(arts[i], r.text, { id: `${r.id}q` }),
    ...(r.headline ? [makeQuote(arts[i], r.headline, { id: `${r.id}h`, kind: 'headline' as const })] : []),
  ]);
  const gs = alignQuotes({ story: { ...story, articleIds: arts.map((x) => x.id) }, articles: arts, quotes: qs, people });
  assert.equal(gs.length, 1);
  return gs[0];
}

test('should break a same-day tie between equally complete wordings by the outlets carrying each', () => {
  // The dash version has the lowest id, which used to decide.
  const g = sameDayGroup([
    { id: 'k0', text: CROWN_DASH, published: '2031-03-18' },
    { id: 'k1', text: CROWN_COMMA, published: '2031-03-18' },
    { id: 'k2', text: CROWN_COMMA, published: '2031-03-18' },
  ]);
  assert.equal(g.canonical, CROWN_COMMA);
  assert.deepEqual(g.occurrences.map((o) => [o.quoteId, o.drift]).sort(), [['k0q', 'punctuation'], ['k1q', 'exact'], ['k2q', 'exact']]);
});

test('should count a bare publication date as tied with any time of that day', () => {
  // A date without a time parses as midnight, which is no evidence of coming first.
  const g = sameDayGroup([
    { id: 'k0', text: CROWN_DASH, published: '2031-03-18' },
    { id: 'k1', text: CROWN_COMMA, published: '2031-03-18T09:00:00Z' },
    { id: 'k2', text: CROWN_COMMA, published: '2031-03-18T15:00:00Z' },
  ]);
  assert.equal(g.canonical, CROWN_COMMA);
  // Earlier publication still wins over the majority.
  const earlier = sameDayGroup([
    { id: 'k0', text: CROWN_DASH, published: '2031-03-17' },
    { id: 'k1', text: CROWN_COMMA, published: '2031-03-18' },
    { id: 'k2', text: CROWN_COMMA, published: '2031-03-18' },
  ]);
  assert.equal(earlier.canonical, CROWN_DASH);
});

test('should not count a truncation both wordings contain as a vote for either', () => {
  // One outlet each; the dash outlet's headline is a stretch of both wordings, so it is
  // no evidence for the comma version. The tie falls to the lowest quote id, documented
  // as arbitrary but stable.
  const g = sameDayGroup([
    { id: 'k0', text: CROWN_DASH, published: '2031-03-18', headline: 'Quist: ‘My record is clean’' },
    { id: 'k1', text: CROWN_COMMA, published: '2031-03-18' },
  ]);
  assert.equal(g.canonical, CROWN_DASH);
});

test('should group translations that share only cognates with one of the speaker’s statements, and not guess between two', () => {
  const en = makeArticle('en', 'Ferry', ['“Every day the ferry stays in port costs the town two million crowns,” Quist said.', '“I signed the contract for the new pier myself,” Quist added.'], { published: '2031-03-10T08:00:00Z' });
  const en2 = makeArticle('en2', 'Ferry 2', ['“Every day the ferry stays in port costs the town two million crowns,” Quist told reporters.'], { published: '2031-03-10T09:00:00Z' });
  // Spanish: only `millones`/`million` and `coronas`/`crowns` are cognates; no stem is shared.
  const es = makeArticle('es', 'Transbordador', ['«Cada día que el transbordador sigue amarrado le cuesta a la ciudad dos millones de coronas», dijo Quist.'], { published: '2031-03-10T10:00:00Z', language: 'es' });
  const qs = [
    makeQuote(en, 'Every day the ferry stays in port costs the town two million crowns,', { id: 'en1' }),
    makeQuote(en, 'I signed the contract for the new pier myself,', { id: 'en3' }),
    makeQuote(en2, 'Every day the ferry stays in port costs the town two million crowns,', { id: 'en2' }),
    makeQuote(es, 'Cada día que el transbordador sigue amarrado le cuesta a la ciudad dos millones de coronas', { id: 'es1' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['en', 'en2', 'es'] }, articles: [en, en2, es], quotes: qs, people });
  assert.deepEqual(groupOf(gs, 'es1').occurrences.map((o) => o.quoteId).sort(), ['en1', 'en2', 'es1']);
  assert.equal(groupOf(gs, 'es1').occurrences.find((o) => o.quoteId === 'es1')?.drift, 'other-language');
  // A sentence whose cognates point to no statement more than another stays alone.
  const de = makeArticle('de', 'Fähre', ['„Die Fähre und der Vertrag sind mir wichtig“, sagte Quist.'], { published: '2031-03-10T11:00:00Z', language: 'de' });
  const lone = makeQuote(de, 'Die Fähre und der Vertrag sind mir wichtig', { id: 'de1' });
  const gs2 = alignQuotes({ story: { ...story, articleIds: ['en', 'en2', 'de'] }, articles: [en, en2, de], quotes: [...qs.slice(0, 3), lone], people });
  assert.deepEqual(groupOf(gs2, 'de1').occurrences.map((o) => o.quoteId), ['de1']);
});

test('should attach a report in the writer’s words to the one utterance it shares rare words with, but not guess between two', () => {
  const quoted = makeArticle('q', 'Testimony', ['“If I had known about the envelope, I would have ended it that afternoon,” Quist said.', 'The court then heard from the harbour clerk about the tender.', '“The harbour contract was signed by the whole council,” Quist added.'], { published: '2031-03-18T08:00:00Z' });
  const quoted2 = makeArticle('q2', 'Testimony 2', ['“If I had known about the envelope, I would have ended it that afternoon,” Quist told the court.', '“The harbour contract was signed by the whole council,” she said.'], { published: '2031-03-18T09:00:00Z' });
  const report = makeArticle('r', 'Trial', ['Quist said he would have ended the arrangement immediately had he known.'], { published: '2031-03-19T08:00:00Z' });
  const qs = [
    makeQuote(quoted, 'If I had known about the envelope, I would have ended it that afternoon,', { id: 'q1' }),
    makeQuote(quoted, 'The harbour contract was signed by the whole council,', { id: 'q3' }),
    makeQuote(quoted2, 'If I had known about the envelope, I would have ended it that afternoon,', { id: 'q2' }),
    makeQuote(quoted2, 'The harbour contract was signed by the whole council,', { id: 'q4' }),
    makeQuote(report, 'he would have ended the arrangement immediately had he known', { id: 'r1', kind: 'indirect' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['q', 'q2', 'r'] }, articles: [quoted, quoted2, report], quotes: qs, people });
  assert.deepEqual(groupOf(gs, 'r1').occurrences.map((o) => o.quoteId).sort(), ['q1', 'q2', 'r1']);
  // A report sharing as much with two statements of the speaker stays alone.
  const vague = makeArticle('v', 'Trial 3', ['Quist said the envelope came that afternoon the council signed.'], { published: '2031-03-19T09:00:00Z' });
  const v1 = makeQuote(vague, 'the envelope came that afternoon the council signed', { id: 'v1', kind: 'indirect' });
  const gs2 = alignQuotes({ story: { ...story, articleIds: ['q', 'q2', 'v'] }, articles: [quoted, quoted2, vague], quotes: [...qs.slice(0, 4), v1], people });
  assert.deepEqual(groupOf(gs2, 'v1').occurrences.map((o) => o.quoteId), ['v1']);
});

test('should let only an occasion the quote’s own sentence states keep a report apart, not one carried from elsewhere', () => {
  const p = makeArticle('p', 'T', ['“The ferry will run every hour from the first of May until the end of October,” Quist told the Bay Bulletin.'], { published: '2031-04-01T00:00:00Z' });
  const carried = makeArticle('r', 'T', ['Quist spoke to Harbour FM about the summer timetable.', 'Earlier she said the ferry would run every hour from the first of May.'], { published: '2031-04-02T00:00:00Z' });
  const stated = makeArticle('s', 'T', ['Quist told Harbour FM the ferry would run every hour from the first of May.'], { published: '2031-04-03T00:00:00Z' });
  const qs = [
    makeQuote(p, 'The ferry will run every hour from the first of May until the end of October,', { id: 'p1', occasion: 'interview: Bay Bulletin', occasionAt: 'Bay Bulletin' }),
    makeQuote(carried, 'the ferry would run every hour from the first of May', { id: 'r1', kind: 'indirect', occasion: 'radio: Harbour FM', occasionAt: 'Harbour FM', source: 'she', cue: 'said' }),
    makeQuote(stated, 'the ferry would run every hour from the first of May', { id: 's1', kind: 'indirect', occasion: 'radio: Harbour FM', occasionAt: 'Harbour FM', source: 'Quist', cue: 'told' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['p', 'r', 's'] }, articles: [p, carried, stated], quotes: qs, people });
  assert.deepEqual(gs.map((g) => g.occurrences.map((o) => o.quoteId).sort()).sort(), [['p1', 'r1'], ['s1']]);
});

test('should let only a date the report’s own paragraph states keep it apart, not one its lede carried, unless a news cycle apart', () => {
  const p = makeArticle('p', 'T', ['“Until we know how deep the cracks go, the bridge stays shut,” Quist told reporters on Monday.'], { published: '2031-04-01T00:00:00Z' });
  // The lede's `on Friday` is carried to a report of Monday's words further down.
  const carried = makeArticle('r', 'T', ['Engineers said on Friday that the repairs would take weeks.', 'Quist closed the bridge a week ago.', 'She has said the bridge would stay shut until engineers knew how deep the cracks went.'], { published: '2031-04-05T00:00:00Z' });
  const stated = makeArticle('s', 'T', ['On Friday Quist said the bridge would stay shut until engineers knew how deep the cracks went.'], { published: '2031-04-05T00:00:00Z' });
  const late = makeArticle('l', 'T', ['Engineers said on Friday that the repairs were done.', 'She has said the bridge would stay shut until engineers knew how deep the cracks went.'], { published: '2031-06-20T00:00:00Z' });
  const report = { kind: 'indirect' as const, source: 'She', cue: 'has said' };
  const qs = [
    makeQuote(p, 'Until we know how deep the cracks go, the bridge stays shut,', { id: 'p1', said: '2031-03-31', saidAt: 'on Monday' }),
    makeQuote(carried, 'the bridge would stay shut until engineers knew how deep the cracks went', { id: 'r1', ...report, said: '2031-04-04', saidAt: 'on Friday' }),
    makeQuote(stated, 'the bridge would stay shut until engineers knew how deep the cracks went', { id: 's1', kind: 'indirect', said: '2031-04-04', saidAt: 'On Friday' }),
    makeQuote(late, 'the bridge would stay shut until engineers knew how deep the cracks went', { id: 'l1', ...report, said: '2031-06-19', saidAt: 'on Friday' }),
  ];
  const withReport = (article: Article, id: string) => {
    const gs = alignQuotes({ story: { ...story, articleIds: ['p', article.id] }, articles: [p, article], quotes: [qs[0], ...qs.filter((q) => q.id === id)], people });
    return groupOf(gs, 'p1').occurrences.map((o) => o.quoteId).sort();
  };
  assert.deepEqual(withReport(carried, 'r1'), ['p1', 'r1']);
  assert.deepEqual(withReport(stated, 's1'), ['p1']);
  assert.deepEqual(withReport(late, 'l1'), ['p1']);
});

test('should diff a mixed quote by its marked words only, not the reporter’s words around them', () => {
  const full = makeArticle('mf', 'T', ['“The new pier will open in June and carry ferries all summer,” Quist said.'], { published: '2031-04-01T00:00:00Z' });
  const mixed = makeArticle('mm', 'T', ['Quist promised the pier “will open in June and carry ferries all summer.”'], { published: '2031-04-02T00:00:00Z' });
  const qs = [
    makeQuote(full, 'The new pier will open in June and carry ferries all summer,', { id: 'f1' }),
    makeQuote(mixed, 'the pier “will open in June and carry ferries all summer.”', { id: 'm1', kind: 'mixed' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['mf', 'mm'] }, articles: [full, mixed], quotes: qs, people });
  const m = groupOf(gs, 'm1').occurrences.find((o) => o.quoteId === 'm1')!;
  assert.equal(m.drift, 'truncated');
  assert.deepEqual(m.diff.filter((op) => op.op === 'added'), [], 'the reporter’s “the pier” is not an addition to the quote');
  assert.ok(m.diff.some((op) => op.op === 'removed' && /new pier/i.test(op.text)));
});

test('should flag a rendering that keeps the words a negation governed but drops the negation', () => {
  const said = makeArticle('neg-said', 'T', ['“I never said teachers are paid too much. I said they are paid far too little,” Quist said.'], { published: '2031-04-01T00:00:00Z' });
  const cut = makeArticle('neg-cut', 'T', ['Quist said that teachers “are paid too much”.'], { published: '2031-04-02T00:00:00Z' });
  const fair = makeArticle('neg-fair', 'T', ['“I said they are paid far too little,” Quist said.'], { published: '2031-04-02T00:00:00Z' });
  const qs = [
    makeQuote(said, 'I never said teachers are paid too much. I said they are paid far too little,', { id: 'said1' }),
    makeQuote(cut, 'teachers “are paid too much”', { id: 'cut1', kind: 'mixed' }),
    makeQuote(fair, 'I said they are paid far too little,', { id: 'fair1' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['neg-said', 'neg-cut', 'neg-fair'] }, articles: [said, cut, fair], quotes: qs, people });
  assert.equal(gs.length, 1);
  const flag = (id: string) => gs[0].occurrences.find((o) => o.quoteId === id)?.negationChanged;
  assert.equal(flag('cut1'), true, 'the negation is gone, the words it governed stay');
  assert.equal(flag('fair1'), false, 'a truncation that drops a whole negated sentence changes nothing it keeps');
  assert.equal(flag('said1'), false);
});

test('should not flag an article that credits the words to the speaker itself and cites a conduit', () => {
  const line = 'The ferry to Skarr will run every hour from the first of May';
  const told = makeArticle('con-told', 'T', [`“${line},” Quist said, according to Harbour FM.`], { published: '2031-04-01T00:00:00Z' });
  const other = makeArticle('con-other', 'T', [`“${line},” said Olaf Brandt.`], { published: '2031-04-02T00:00:00Z' });
  const qs = [
    makeQuote(told, `${line},`, { id: 'told1' }),
    // What an extractor reads as Harbour FM's report of Quist's words, marks included.
    makeQuote(told, `“${line},” Quist said`, { id: 'told2', kind: 'mixed', speaker: 'Harbour FM', personId: 'person-fm' }),
    makeQuote(other, `${line},`, { id: 'other1', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['con-told', 'con-other'] }, articles: [told, other], quotes: qs, people });
  assert.equal(gs.length, 1);
  const flag = (id: string) => gs[0].occurrences.find((o) => o.quoteId === id)?.misattributed;
  assert.equal(gs[0].speaker, 'person-mara');
  assert.equal(flag('told2'), false, 'the article credits Quist itself');
  assert.equal(flag('other1'), true, 'another outlet credits Brandt');
});

test('should not flag a bare rendering as recycled when its article dates another rendering of the words', () => {
  const line = 'Nobody will be left behind,';
  const first = makeArticle('rc-first', 'T', [`“${line}” Quist said at the town hall.`], { published: '2031-03-10T09:00:00Z' });
  const dated = makeArticle('rc-dated', 'T', [
    `Back in March 2031, Quist said: “${line}”`,
    `Her critics still cite it: “${line}” Quist said.`,
  ], { published: '2032-06-02T09:00:00Z' });
  const bare = makeArticle('rc-bare', 'T', [`“${line}” Quist said.`], { published: '2032-06-03T09:00:00Z' });
  const qs = [
    makeQuote(first, line, { id: 'first1' }),
    makeQuote(dated, line, { id: 'dated1', said: '2031-03' }),
    makeQuote(dated, line, { id: 'dated2', nth: 1 }),
    makeQuote(bare, line, { id: 'bare1' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['rc-first', 'rc-dated', 'rc-bare'] }, articles: [first, dated, bare], quotes: qs, people });
  assert.equal(gs.length, 1);
  const flag = (id: string) => gs[0].occurrences.find((o) => o.quoteId === id)?.recycled;
  assert.equal(flag('dated2'), false, 'the article dated the words a paragraph earlier');
  assert.equal(flag('bare1'), true);
});

test('should want two articles, or an old publication, before calling a rendering recycled', () => {
  const line = 'The tram will reach the harbour before the bridge is finished,';
  const dating = (id: string, day: string) =>
    makeArticle(id, 'T', [`In 2029 Quist said: “${line}”`], { published: `2032-06-0${day}T09:00:00Z` });
  const bare = makeArticle('cr-bare', 'T', [`“${line}” Quist said.`], { published: '2032-06-02T09:00:00Z' });
  const run = (datingArticles: Article[]) => {
    const qs = [...datingArticles.map((a) => makeQuote(a, line, { id: `${a.id}-q`, said: '2029' })), makeQuote(bare, line, { id: 'bare-q' })];
    const all = [...datingArticles, bare];
    const gs = alignQuotes({ story: { ...story, articleIds: all.map((a) => a.id) }, articles: all, quotes: qs, people });
    assert.equal(gs.length, 1);
    return gs[0].occurrences.find((o) => o.quoteId === 'bare-q')?.recycled;
  };
  assert.equal(run([dating('cr-one', '1')]), false, 'one article’s reading of “in 2029” is not enough');
  assert.equal(run([dating('cr-one', '1'), dating('cr-two', '3')]), true, 'two articles date the words to 2029');
});

test('should not flag words the canonical speaker quoted from someone else when an outlet credits that someone', () => {
  const inner = 'the pier will not survive another winter without new piles';
  const quoting = makeArticle('nq-quoting', 'T', [`“When Brandt wrote ‘${inner}’ she was right, and we ignored her,” Quist said.`], { published: '2031-04-01T00:00:00Z' });
  const source = makeArticle('nq-source', 'T', [`“The pier will not survive another winter without new piles,” Olaf Brandt wrote.`], { published: '2031-04-02T00:00:00Z' });
  const other = makeArticle('nq-other', 'T', [`“She was right, and we ignored her,” said Ilse Varga.`], { published: '2031-04-02T00:00:00Z' });
  const qs = [
    makeQuote(quoting, `When Brandt wrote ‘${inner}’ she was right, and we ignored her,`, { id: 'nq1' }),
    makeQuote(source, 'The pier will not survive another winter without new piles,', { id: 'nq2', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
    makeQuote(other, 'She was right, and we ignored her,', { id: 'nq3', speaker: 'Ilse Varga', personId: 'person-ilse' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['nq-quoting', 'nq-source', 'nq-other'] }, articles: [quoting, source, other], quotes: qs, people });
  const g = groupOf(gs, 'nq1');
  assert.equal(g.speaker, 'person-mara');
  assert.ok(g.occurrences.some((o) => o.quoteId === 'nq2'), 'the quoted words are grouped with the quotation that holds them');
  const flag = (id: string) => gs.flatMap((x) => x.occurrences).find((o) => o.quoteId === id)?.misattributed;
  assert.equal(flag('nq2'), false, 'Quist was quoting Brandt');
  assert.ok(g.occurrences.some((o) => o.quoteId === 'nq3'));
  assert.equal(flag('nq3'), true, 'Quist’s own words credited to someone else');
});

test('should judge a report by its marked words when it credits someone the canonical speaker quoted', () => {
  const quoting = makeArticle('nr-quoting', 'T', [
    '“Brandt called the pier ‘a death trap for the ferries’ and we ignored her,” Quist said.',
    'The council later repeated the words ‘a death trap for the ferries’ in its minutes.',
  ], { published: '2031-04-01T00:00:00Z' });
  const report = makeArticle('nr-report', 'T', ['Brandt, who resigned from the harbour board in the spring, had warned councillors that the old pier was “a death trap” for the ferries.'], { published: '2031-04-02T00:00:00Z' });
  const qs = [
    makeQuote(quoting, 'Brandt called the pier ‘a death trap for the ferries’ and we ignored her,', { id: 'nr1' }),
    makeQuote(quoting, 'a death trap for the ferries', { id: 'nr2', kind: 'fragment', speaker: null, personId: null }),
    makeQuote(report, 'the old pier was “a death trap” for the ferries', { id: 'nr3', kind: 'mixed', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['nr-quoting', 'nr-report'] }, articles: [quoting, report], quotes: qs, people });
  const g = groupOf(gs, 'nr3');
  assert.equal(g.speaker, 'person-mara');
  assert.equal(g.occurrences.find((o) => o.quoteId === 'nr3')?.misattributed, false, 'the marked words are the ones Quist quoted from Brandt');
});

test('should say whether the canonical wording was quoted or is a report nobody quoted', () => {
  const reportOnly = makeArticle('cq-report', 'T', ['Quist accused the ferry company of stalling the pier repairs for a year.'], { published: '2031-05-01T00:00:00Z' });
  const reportAgain = makeArticle('cq-again', 'T', ['The mayor has accused the ferry company of stalling the pier repairs.'], { published: '2031-05-02T00:00:00Z' });
  const mixed = makeArticle('cq-mixed', 'T', ['Quist said the ferry company was “stalling the pier repairs for a year” and would pay for it.'], { published: '2031-05-03T00:00:00Z' });
  const qs = [
    makeQuote(reportOnly, 'the ferry company of stalling the pier repairs for a year', { id: 'cq1', kind: 'indirect' }),
    makeQuote(reportAgain, 'the ferry company of stalling the pier repairs', { id: 'cq2', kind: 'indirect' }),
  ];
  const run = (articles: Article[], quotes: Quote[]) =>
    alignQuotes({ story: { ...story, articleIds: articles.map((x) => x.id) }, articles, quotes, people });
  const reported = groupOf(run([reportOnly, reportAgain], qs), 'cq1');
  assert.ok(reported.occurrences.some((o) => o.quoteId === 'cq2'));
  assert.equal(reported.canonicalQuoted, false, 'two reports and no quotation');
  const withMarks = [...qs, makeQuote(mixed, 'the ferry company was “stalling the pier repairs for a year” and would pay for it', { id: 'cq3', kind: 'mixed' })];
  const quoted = groupOf(run([reportOnly, reportAgain, mixed], withMarks), 'cq3');
  assert.equal(quoted.canonical, 'stalling the pier repairs for a year');
  assert.equal(quoted.canonicalQuoted, true, 'the marked words of a mixed quote are words someone printed as said');
});

test('should not attach a name set in marks to a statement that names the same thing', () => {
  const said = makeArticle('nm-said', 'T', ['“The Harbour Lights festival has been a cherished part of this town for a decade, and it will go on,” Quist said.'], { published: '2031-06-01T00:00:00Z' });
  const named = makeArticle('nm-named', 'T', ['The council voted to fund ‘Harbour Lights’ for another year.'], { published: '2031-06-02T00:00:00Z' });
  const echoed = makeArticle('nm-echo', 'T', ['The mayor said the festival would “go on” whatever the council decided.'], { published: '2031-06-02T00:00:00Z' });
  const qs = [
    makeQuote(said, 'The Harbour Lights festival has been a cherished part of this town for a decade, and it will go on,', { id: 'nm1' }),
    makeQuote(named, 'Harbour Lights', { id: 'nm2', kind: 'fragment', speaker: null, personId: null }),
    makeQuote(echoed, 'go on', { id: 'nm3', kind: 'fragment' }),
  ];
  const articles = [said, named, echoed];
  const gs = alignQuotes({ story: { ...story, articleIds: articles.map((x) => x.id) }, articles, quotes: qs, people });
  const g = groupOf(gs, 'nm1');
  assert.ok(!g.occurrences.some((o) => o.quoteId === 'nm2'), 'the festival’s name in marks quotes nobody');
  assert.ok(g.occurrences.some((o) => o.quoteId === 'nm3'), 'a phrase in the speaker’s own words still joins');
});

test('should count a rendering as said no later than the day it was printed when choosing the canonical', () => {
  // The wire prints the original on the 6th and dates it by the year alone; a tabloid
  // swaps a word two days later and dates the quote "Tuesday", the 7th.
  const original = 'These are not cracks you can paint over. You could slide a coin into the worst of them.';
  const swapped = 'These are not cracks you can paint over. You could post a coin into the worst of them.';
  const wire = makeArticle('sb-wire', 'T', [`“${original}” Brandt said.`], { published: '2031-06-06', outlet: 'Harbour Wire' });
  const tabloid = makeArticle('sb-tabloid', 'T', [`“${swapped}” Brandt warned on Tuesday.`], { published: '2031-06-08', outlet: 'Bay Bugle' });
  const qs = [
    makeQuote(wire, original, { id: 'sb1', said: '2031', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
    makeQuote(tabloid, swapped, { id: 'sb2', said: '2031-06-07', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['sb-wire', 'sb-tabloid'] }, articles: [wire, tabloid], quotes: qs, people });
  assert.equal(groupOf(gs, 'sb1').canonical, original);
  assert.equal(occurrence(gs, 'sb1').drift, 'exact');
  assert.equal(occurrence(gs, 'sb2').drift, 'minor-wording');
});

test('should label a report that quotes a stretch of the utterance truncated, and one that borrows a word reported', () => {
  const line = 'These are not hairline cracks, and the bridge stays shut until we know how deep they go.';
  const said = makeArticle('pq-said', 'T', [`“${line}” Quist said.`], { published: '2031-06-06T09:00:00Z' });
  const stretch = makeArticle('pq-stretch', 'T', ['Quist said the damage was serious, that the fractures were “not hairline cracks” and that the bridge would stay shut for now.'], { published: '2031-06-07T09:00:00Z' });
  const word = makeArticle('pq-word', 'T', ['Quist said the bridge would stay shut until engineers knew how “deep” the cracks went.'], { published: '2031-06-07T10:00:00Z' });
  const qs = [
    makeQuote(said, line, { id: 'pq1' }),
    makeQuote(stretch, 'the damage was serious, that the fractures were “not hairline cracks” and that the bridge would stay shut for now', { id: 'pq2', kind: 'mixed' }),
    makeQuote(word, 'the bridge would stay shut until engineers knew how “deep” the cracks went', { id: 'pq3', kind: 'mixed' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['pq-said', 'pq-stretch', 'pq-word'] }, articles: [said, stretch, word], quotes: qs, people });
  assert.equal(occurrence(gs, 'pq2').drift, 'truncated', 'three marked words of the utterance, in the reporter’s sentence');
  assert.equal(groupOf(gs, 'pq2').id, groupOf(gs, 'pq1').id);
  assert.equal(groupOf(gs, 'pq3').id, groupOf(gs, 'pq1').id);
  assert.equal(occurrence(gs, 'pq3').drift, 'reported', 'one word in marks');
});

test('should join a stretch of a quotation printed word for word whatever date its article gives it', () => {
  const line = 'Half my customers come over that bridge before eight. I found out from a sign on the railings.';
  const first = makeArticle('wd-first', 'T', [`“${line}” said the baker Olaf Brandt.`], { published: '2031-06-07T09:00:00Z' });
  // A later round-up dates the whole article by a month its lead mentions, and a report of
  // the council session by that session's day.
  const roundup = makeArticle('wd-roundup', 'T', ['The bridge stays shut until August. Brandt said this week that he “found out from a sign on the railings” when it shut.'], { published: '2031-06-10T09:00:00Z' });
  const session = makeArticle('wd-session', 'T', ['The council heard on Wednesday that Brandt had been told “nothing, not a word” and that the bridge was “over that bridge before eight” for half his trade.'], { published: '2031-06-09T09:00:00Z' });
  const qs = [
    makeQuote(first, line, { id: 'wd1', said: '2031-06-06', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
    makeQuote(roundup, 'he “found out from a sign on the railings” when it shut', { id: 'wd2', kind: 'mixed', said: '2030-08', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
    makeQuote(session, 'the bridge was “over that bridge before eight” for half his trade', { id: 'wd3', kind: 'mixed', said: '2031-06-08', speaker: 'Olaf Brandt', personId: 'person-olaf' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['wd-first', 'wd-roundup', 'wd-session'] }, articles: [first, roundup, session], quotes: qs, people });
  const g = groupOf(gs, 'wd1');
  assert.equal(groupOf(gs, 'wd2').id, g.id, 'six words of the quotation, in order');
  assert.equal(occurrence(gs, 'wd2').drift, 'truncated');
  assert.equal(groupOf(gs, 'wd3').id, g.id, 'four words of it');
});

test('should judge a headline after a colon by its marked words when it marks some', () => {
  const line = 'I read that report in May. It was a worst case, and I asked for a second opinion.';
  const wire = makeArticle('x1', 'Quist answers critics', [`“${line}” Quist said.`], { published: '2031-03-10T09:00:00Z', outlet: 'Harbour Herald' });
  // The claim after the colon is the headline writer's, save the marked words.
  const later = makeArticle('x2', 'Quist: harbour report was ‘a worst case’', [`“${line}” Quist said.`], { published: '2031-03-11T09:00:00Z', outlet: 'Bay Bulletin' });
  const qs = [
    makeQuote(wire, line, { id: 'x1q' }),
    makeQuote(later, 'harbour report was ‘a worst case’', { id: 'x2h', kind: 'headline' }),
    makeQuote(later, line, { id: 'x2q' }),
  ];
  const [g, ...rest] = alignQuotes({ story: { ...story, articleIds: ['x1', 'x2'] }, articles: [wire, later], quotes: qs, people });
  assert.equal(rest.length, 0);
  assert.equal(g.occurrences.find((o) => o.quoteId === 'x2h')?.drift, 'truncated');
});

test('should join a short phrase to the quotation it comes from even when a copy of its article printed the phrase too', () => {
  const line = 'The ferry is not for sale. Not this year, not to anyone, and not at any price.';
  const wire = makeArticle('y1', 'Ferry stays', [`“${line}” Quist said in a statement.`], { published: '2031-03-10T09:00:00Z', outlet: 'Harbour Herald' });
  // A report and its spun copy each quote the same three words; the copy's sentence shares
  // more with the report's than with the statement's.
  const report = 'The board turned down an offer from a mainland operator, and Quist said on Tuesday the ferry was “not for sale”.';
  const spun = 'The board rejected an offer from a mainland operator, and Quist declared on Tuesday the ferry was “not for sale”.';
  const r1 = makeArticle('y2', 'Offer rejected', [report], { published: '2031-03-12T09:00:00Z', outlet: 'Bay Bulletin' });
  const r2 = makeArticle('y3', 'Offer turned down', [spun], { published: '2031-03-13T09:00:00Z', outlet: 'Late Ledger' });
  const qs = [
    makeQuote(wire, line, { id: 'y1q' }),
    makeQuote(r1, 'the ferry was “not for sale”', { id: 'y2q', kind: 'mixed' }),
    makeQuote(r2, 'the ferry was “not for sale”', { id: 'y3q', kind: 'mixed' }),
  ];
  const gs = alignQuotes({ story: { ...story, articleIds: ['y1', 'y2', 'y3'] }, articles: [wire, r1, r2], quotes: qs, people });
  assert.equal(gs.length, 1, JSON.stringify(gs.map((g) => g.occurrences.map((o) => o.quoteId))));
  assert.deepEqual(gs[0].occurrences.map((o) => o.drift).sort(), ['exact', 'truncated', 'truncated']);
});
