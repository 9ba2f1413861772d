import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { RawDocument } from '../model.js';
import { cleanDocument } from './index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function raw(fields: Partial<RawDocument>): RawDocument {
  return { source: 'in.txt', format: 'text', id: null, url: null, title: null, byline: null, published: null, outlet: null, language: null, text: null, html: null, ...fields };
}

const seedLike = [
  'Riverside Echo',
  '',
  'Two Old Friends Fall Out Over A Garden Fence',
  '',
  'Two neighbours who were friends for forty years no longer speak, one of them said on Friday.',
  '',
  'Two Old Friends Fall Out Over A Garden Fence',
  'Rosa Lind /',
  '',
  '“We have not spoken since the fence went up,” he said.',
  'The council said it would not get involved.',
  '',
  'Exit mobile version',
].join('\n');

test('should build the article text as title, blank line, then paragraphs', () => {
  const { article, messages } = cleanDocument(raw({ text: seedLike }));
  assert.ok(article);
  assert.equal(article.title, 'Two Old Friends Fall Out Over A Garden Fence');
  assert.equal(
    article.text,
    [
      'Two Old Friends Fall Out Over A Garden Fence',
      'Two neighbours who were friends for forty years no longer speak, one of them said on Friday.',
      '“We have not spoken since the fence went up,” he said.',
      'The council said it would not get involved.',
    ].join('\n\n'),
  );
  assert.deepEqual(article.titleSpan, { start: 0, end: article.title.length });
  assert.equal(article.text.slice(article.titleSpan.start, article.titleSpan.end), article.title);
  assert.deepEqual(messages.map((m) => [m.rule, m.severity, m.articleId]), [
    ['clean/outlet-header', 'info', article.id],
    ['clean/caption', 'info', article.id],
    ['clean/photo-credit', 'info', article.id],
    ['clean/widget', 'info', article.id],
  ]);
  for (const m of messages) {
    assert.ok(m.span);
    assert.ok(m.message.includes(`"${seedLike.slice(m.span.start, m.span.end)}"`));
  }
});

test('should make a stable short id from the URL or content, and prefer the given id', () => {
  const a = cleanDocument(raw({ text: 'Title\n\nBody one.' })).article;
  const b = cleanDocument(raw({ text: 'Title\n\nBody one.', source: 'other.txt' })).article;
  assert.ok(a && b);
  assert.match(a.id, /^a-[0-9a-f]{12}$/);
  assert.equal(a.id, b.id);
  const withUrl = cleanDocument(raw({ text: 'Title\n\nBody one.', url: 'https://x.example/1' })).article;
  assert.notEqual(withUrl?.id, a.id);
  assert.equal(cleanDocument(raw({ text: 'Title\n\nBody one.', id: 'given-1' })).article?.id, 'given-1');
});

test('should hash the normalised body, so case and spacing do not matter', () => {
  const a = cleanDocument(raw({ text: 'Title\n\nThe Body  is here.' })).article;
  const b = cleanDocument(raw({ text: 'Other title\n\nthe body is   here.\n' })).article;
  assert.ok(a && b);
  assert.match(a.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(a.contentHash, b.contentHash);
});

test('should use metadata title, outlet, byline, date and language from JSON input', () => {
  const { article } = cleanDocument(
    raw({ format: 'jsonl', title: 'Council approves new cycle lanes', text: 'The city council approved new cycle lanes on Thursday.\n\n“This is a start,” said a councillor.', published: '2024-02-15 16:40:00', outlet: 'citydesk.example', byline: 'Jon Abara', language: 'en-GB' }),
  );
  assert.ok(article);
  assert.equal(article.text.split('\n\n')[0], 'Council approves new cycle lanes');
  assert.equal(article.text.split('\n\n').length, 3);
  assert.equal(article.published, '2024-02-15T16:40:00');
  assert.equal(article.outlet, 'citydesk.example');
  assert.equal(article.byline, 'Jon Abara');
  assert.equal(article.language, 'en');
});

test('should not repeat the title when the body already starts with it', () => {
  const { article } = cleanDocument(raw({ title: 'Bakery wins prize', text: 'Bakery wins prize\n\nA family bakery won the regional prize.' }));
  assert.equal(article?.text, 'Bakery wins prize\n\nA family bakery won the regional prize.');
});

test('should clean an HTML page into an article with its metadata', () => {
  const html = readFileSync(join(fixtures, 'news-page.html'), 'utf8');
  const { article } = cleanDocument(raw({ format: 'html', html, source: 'page.html' }));
  assert.ok(article);
  assert.equal(article.title, 'Canal footbridge reopens after two-year closure');
  assert.equal(article.outlet, 'The Riverside Courier');
  assert.equal(article.byline, 'Priya Lund');
  assert.equal(article.published, '2024-06-11T07:45:00+01:00');
  assert.match(article.text, /^Canal footbridge reopens after two-year closure\n\nThe footbridge over the Old Canal/);
});

test('should clean an RSS item fragment and convert its RFC 822 date', () => {
  const { article } = cleanDocument(
    raw({ format: 'rss', source: 'feed.rss#1', title: 'Ferry timetable changes', html: '<p>The morning ferry will leave later from Monday.</p><p>“We would rather be late than unsafe,” said the harbour master.</p>', published: 'Tue, 05 Mar 2024 09:30:00 GMT' }),
  );
  assert.ok(article);
  assert.equal(article.published, '2024-03-05T09:30:00.000Z');
  assert.equal(article.text.split('\n\n').length, 3);
});

test('should warn about a date it cannot read and leave it unknown', () => {
  const { article, messages } = cleanDocument(raw({ text: 'Title\n\nBody.', published: 'sometime last week' }));
  assert.equal(article?.published, null);
  assert.deepEqual(messages.map((m) => [m.rule, m.severity]), [['clean/bad-date', 'warning']]);
});

test('should guess the language when none is given', () => {
  const { article } = cleanDocument(raw({ text: 'El alcalde habla\n\nEl alcalde de la ciudad dijo que las obras del puente terminarán en mayo, y que los vecinos podrán cruzar por la noche.' }));
  assert.equal(article?.language, 'es');
});

test('should join hard-wrapped lines of one paragraph', () => {
  const { article } = cleanDocument(raw({ text: 'Title\n\nThe committee met on Tuesday evening and agreed\nthat the hall should stay open until the end of\nthe year.\n\nNext paragraph.' }));
  assert.equal(article?.text, 'Title\n\nThe committee met on Tuesday evening and agreed that the hall should stay open until the end of the year.\n\nNext paragraph.');
});

test('should report a document with no text as an error and make no article', () => {
  for (const text of ['', '   \n\n', 'Only A Title']) {
    const { article, messages } = cleanDocument(raw({ text }));
    assert.equal(article, null);
    assert.equal(messages[0].rule, 'clean/no-text');
    assert.equal(messages[0].severity, 'error');
  }
});

test('should never throw, keep spans valid and keep the title at titleSpan, on any text', () => {
  const line = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('Getty Images', 'Oops!', 'Jane Roe /', 'Go to Top', 'Same Line', '', '  • Share'));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 12 }), fc.option(fc.string({ maxLength: 30 })), (lines, title) => {
      const text = lines.join('\n');
      const { article, messages } = cleanDocument(raw({ text, title }));
      for (const m of messages) {
        if (m.span === null) continue;
        assert.ok(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= text.length);
      }
      if (article) {
        assert.equal(article.text.slice(article.titleSpan.start, article.titleSpan.end), article.title);
        assert.ok(article.title.length > 0);
        assert.ok(!article.title.includes('\n'));
        assert.ok(article.text.startsWith(`${article.title}\n\n`));
      }
    }),
    { numRuns: 500 },
  );
});

test('should never throw on arbitrary HTML', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('html', 'rss', 'warc'), (html, format) => {
      const { article } = cleanDocument(raw({ format: format as RawDocument['format'], html: `<html><body><p>${html}</p>${html}</body></html>` }));
      if (article) assert.equal(article.text.slice(article.titleSpan.start, article.titleSpan.end), article.title);
    }),
    { numRuns: 200 },
  );
});
