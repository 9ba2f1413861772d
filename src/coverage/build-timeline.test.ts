import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteGroup, Story } from '../model.js';
import { buildTimeline } from './build-timeline.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

const story: Story = { id: 'st', title: 'Harbour', articleIds: ['a', 'b'], people: [], firstPublished: null, lastPublished: null };
const a = makeArticle('a', 'Storm wrecks quay', ['Body.'], { published: '2031-03-10T08:00:00Z', outlet: 'Harbour Herald' });
const b = makeArticle('b', 'Repairs begin', ['Body.'], { published: '2031-03-09T23:00:00-05:00', outlet: 'Coastal Courier' });
const outside = makeArticle('z', 'Elsewhere', ['Body.'], { published: '2031-01-01T00:00:00Z' });

function group(id: string, value: string | null, precision: 'day' | 'month' | 'year' = 'day'): QuoteGroup {
  return {
    id,
    storyId: 'st',
    speaker: 'person-mara',
    speakerName: 'Mara Quist',
    canonical: 'We will rebuild the harbour before winter, and every family will have a home again, whatever it costs the town and however long it takes.',
    canonicalQuoted: true,
    saidWhen: value ? { value, precision } : null,
    occasion: id === 'g1' ? 'press conference' : null,
    occurrences: [],
  };
}

test('should order said and published events by date, said first on the same day', () => {
  const events = buildTimeline({ story, articles: [a, b, outside], groups: [group('g1', '2031-03-10'), group('g2', '2031-03'), group('g3', null), group('g4', '2030', 'year')], quotes: [] });
  assert.deepEqual(
    events.map((e) => [e.kind, e.date, e.quoteGroupId ?? e.articleId]),
    [
      ['said', '2030', 'g4'],
      ['said', '2031-03', 'g2'],
      ['said', '2031-03-10', 'g1'],
      ['published', '2031-03-10', 'b'],
      ['published', '2031-03-10', 'a'],
    ],
  );
});

test('should label events with speaker, occasion and a shortened quote, or outlet and title', () => {
  const [said, , pub] = buildTimeline({ story, articles: [a], groups: [group('g1', '2031-03-09'), group('g2', '2031-03-10')], quotes: [] });
  assert.equal(said.storyId, 'st');
  assert.equal(said.precision, 'day');
  assert.ok(said.label.startsWith('Mara Quist (press conference): “We will rebuild'));
  assert.ok(said.label.endsWith('…”') && said.label.length < 130);
  assert.equal(pub.label, 'Harbour Herald: Storm wrecks quay');
  assert.equal(pub.quoteGroupId, null);
});

test('should label a said event whose canonical nobody quoted as reported, without quotation marks', () => {
  const reported = { ...group('g1', '2031-03-09'), canonical: 'the harbour would be rebuilt before winter', canonicalQuoted: false };
  const [said] = buildTimeline({ story, articles: [a, b], groups: [reported], quotes: [] }).filter((e) => e.kind === 'said');
  assert.equal(said.label, 'Mara Quist (press conference), reported: the harbour would be rebuilt before winter');
});

test('should lead a reported canonical with the cue right before its words, as the dossiers show it', () => {
  const words = 'the council of hiding the harbour accounts';
  const article = makeArticle('c', 'Quist hits back', [`Mara Quist accused ${words} on Monday.`], { published: '2031-03-10T08:00:00Z' });
  const quote = makeQuote(article, words, { kind: 'indirect', cue: 'accused' });
  const start = article.text.indexOf(words);
  const occurrence = { quoteId: quote.id, articleId: 'c', start, end: start + words.length, text: words, kind: 'indirect' as const, drift: 'exact' as const, diff: [], misattributed: false, recycled: false, negationChanged: false };
  const reported = { ...group('g1', '2031-03-09'), canonical: words, canonicalQuoted: false, occurrences: [occurrence] };
  const said = (quotes: typeof quote[]) => buildTimeline({ story: { ...story, articleIds: ['c'] }, articles: [article], groups: [reported], quotes }).find((e) => e.kind === 'said');
  assert.equal(said([quote])?.label, `Mara Quist (press conference), reported: accused ${words}`);
  // Without the quote's cue the words are shown as they are.
  assert.equal(said([])?.label, `Mara Quist (press conference), reported: ${words}`);
});
