import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleHighlights, renderHighlightedText, type Highlight } from './html-article.js';
import { buildFixture } from './test-fixture.js';

const unescape = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&amp;/g, '&');

test('renderHighlightedText should mark exactly the span text', () => {
  const html = renderHighlightedText('He said "go" today.', [{ start: 9, end: 11, tag: 'mark', className: 'quote', id: 'a-x-9' }]);
  assert.equal(html, 'He said &quot;<mark class="quote" id="a-x-9">go</mark>&quot; today.');
});

test('renderHighlightedText should nest overlapping highlights by cutting the inner one', () => {
  const html = renderHighlightedText('abcdefgh', [
    { start: 1, end: 5, tag: 'mark', className: 'quote' },
    { start: 3, end: 7, tag: 'time', className: 'date' },
  ]);
  assert.equal(html, 'a<mark class="quote">bc<time class="date">de</time></mark>fgh');
});

test('renderHighlightedText should keep the text unchanged for any highlights (property)', () => {
  const highlight = fc.record({
    start: fc.integer({ min: -2, max: 30 }),
    end: fc.integer({ min: -2, max: 30 }),
    tag: fc.constantFrom<Highlight['tag']>('mark', 'span', 'time'),
    className: fc.constantFrom('quote', 'cue', 'speaker', 'date'),
  });
  fc.assert(
    fc.property(fc.string({ maxLength: 25 }), fc.array(highlight, { maxLength: 6 }), (text, hs) => {
      const html = renderHighlightedText(text, hs);
      assert.equal(unescape(html), text);
      const opens = (html.match(/<(mark|span|time)\b/g) ?? []).length;
      const closes = (html.match(/<\/(mark|span|time)>/g) ?? []).length;
      assert.equal(opens, closes);
    }),
  );
});

test('articleHighlights should anchor an interrupted quote from its first part to its last', () => {
  const f = buildFixture();
  const article = { ...f.articles[0], text: '"We will," she said, "open in March."' };
  const quote = { ...f.quotes[0], articleId: article.id, content: [{ start: 22, end: 36 }, { start: 1, end: 9 }], cue: null, source: null, occasion: null, saidWhen: null };
  const html = renderHighlightedText(article.text, articleHighlights(article, { quotes: [quote] }));
  assert.equal(
    html,
    '&quot;<mark class="quote-range" id="a-ledger-1-1" title="Mara Quill (direct)"><mark class="quote kind-direct" title="Mara Quill (direct)">We will,</mark>&quot; she said, &quot;<mark class="quote kind-direct" title="Mara Quill (direct)">open in March.</mark></mark>&quot;',
  );
});

test('articleHighlights should give each quote an anchor at its first content part', () => {
  const f = buildFixture();
  const article = f.articles[0];
  const quotes = f.quotes.filter((q) => q.articleId === article.id);
  const html = renderHighlightedText(article.text, articleHighlights(article, { quotes, analysis: f.analyses[0] }));
  const start = quotes[0].content[0].start;
  assert.match(html, new RegExp(`<mark class="quote kind-direct" id="a-ledger-1-${start}" title="Mara Quill \\(direct\\)">The bridge will reopen`));
  assert.match(html, /<time class="date said" title="said 2026-03-02" datetime="2026-03-02">/);
  assert.match(html, /<span class="speaker" title="Mara Quill">Mayor Mara Quill<\/span>/);
  assert.equal(unescape(html), article.text);
});
