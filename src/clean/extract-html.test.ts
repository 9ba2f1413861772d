import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractHtml } from './index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const page = readFileSync(join(fixtures, 'news-page.html'), 'utf8');

test('should read metadata from OpenGraph, JSON-LD, canonical link and <html lang>', () => {
  const { text, ...meta } = extractHtml(page, 'https://courier.example/news/x?utm=1');
  assert.deepEqual(meta, {
    title: 'Canal footbridge reopens after two-year closure',
    byline: 'Priya Lund',
    published: '2024-06-11T07:45:00+01:00',
    modified: '2024-06-11T09:10:00+01:00',
    outlet: 'The Riverside Courier',
    language: 'en',
    url: 'https://courier.example/news/canal-footbridge-reopens',
  });
  assert.ok(text.length > 0);
});

test('should keep the article paragraphs and subheads, in order, separated by blank lines', () => {
  const { text } = extractHtml(page);
  assert.deepEqual(text.split('\n\n').map((p) => p.slice(0, 40)), [
    'The footbridge over the Old Canal reopen',
    '“People have been walking an extra mile ',
    'Costs rose by a third',
    'The repairs cost the council £2.4 millio',
    'Engineers also added lighting, a wider r',
    'The old ferry, which had carried walkers',
  ]);
});

test('should leave out navigation, captions, share bars, ads, newsletter boxes, related links and hidden text', () => {
  const { text } = extractHtml(page);
  for (const furniture of ['Home', 'Share on', 'Photo: Sam Okafor', 'Advertisement', 'newsletter', 'Station car park', 'Most read', 'Hidden text', 'All rights reserved', 'By Priya Lund']) {
    assert.ok(!text.includes(furniture), `should not contain ${furniture}`);
  }
});

test('should skip a hover card inside a sentence, which the page shows only under the pointer', () => {
  const card = (name: string): string =>
    `<span class="rollover-people"><a href="/people/1">${name}</a><span class="rollover-people-block" id="rollover-people-1"><span class="rollover-block">` +
    `<a class="name" href="/people/1">${name}</a><a href="/a">Council votes on harbour fees</a> <a href="/b">Ferry strike ends</a></span></span></span>`;
  const lead = '<p>The ferry union voted on Tuesday to end the strike after three weeks, and the harbour reopened on Wednesday morning for the first sailings.</p>';
  const html = `<html><body><article>${lead}<p>Rep. ${card('Ana Ruiz')} said the vote was fair, and <span class="tooltip">Harbor Board: five members</span>the board agreed.</p>${lead}</article></body></html>`;
  const { text } = extractHtml(html);
  assert.ok(text.includes('Rep. Ana Ruiz said the vote was fair, and the board agreed.'), text);
  assert.ok(!text.includes('Ferry strike ends'));
});

test('should fall back to the JSON-LD articleBody when the page shows almost no text', () => {
  const body = 'The orchestra will tour five cities next spring, its director said on Monday.\nTickets go on sale in October, and students will pay half price at every concert.\nThe tour ends with two nights in the restored opera house by the harbour.';
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Orchestra plans tour', articleBody: body })}</script></head><body><div id="app">Loading…</div></body></html>`;
  const result = extractHtml(html);
  assert.equal(result.title, 'Orchestra plans tour');
  assert.equal(result.text, body.split('\n').join('\n\n'));
});

test('should prefer the JSON-LD articleBody when the DOM text is about something else', () => {
  const body = 'The library will open on Sundays from May, the council said on Friday, after a petition signed by two thousand residents.\nThe extra hours will cost about forty thousand pounds a year, to be met from the reserves.';
  const other = '<p>Weather, traffic, parking, bins, roadworks, markets, fairs, concerts, lectures, quizzes, walks, talks, and more, all week long, every week, in every ward, for every resident, young and old, near and far.</p>'.repeat(6);
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Library opens on Sundays', articleBody: body })}</script></head><body><div>${other}</div><div><p>Library opens on Sundays.</p></div></body></html>`;
  assert.equal(extractHtml(html).text, body.split('\n').join('\n\n'));
});

test('should read the title from <title> without the site suffix, and the date from <time>', () => {
  const html = '<html><head><title>Lake swimmers brave the cold water - Northern Post</title></head><body><article><time datetime="2023-12-25">Christmas Day</time><p>Around forty swimmers entered the lake at noon on Christmas Day, raising money for the lifeboat crew, and most stayed in for less than a minute.</p></article></body></html>';
  const result = extractHtml(html, 'https://post.example/lake');
  assert.equal(result.title, 'Lake swimmers brave the cold water');
  assert.equal(result.published, '2023-12-25');
  assert.equal(result.outlet, 'post.example');
  assert.match(result.text, /^Around forty swimmers/);
});

test('should read the byline from visible text when metadata has none', () => {
  const html = '<html><body><article><p class="by">By Ines Varga | May 2, 2024 10:00</p><p>The ferry company ordered two electric boats on Thursday, its chief executive said, and the first will sail next year.</p></article></body></html>';
  const result = extractHtml(html);
  assert.equal(result.byline, 'Ines Varga');
  assert.doesNotMatch(result.text, /Ines Varga/);
});

test('should not throw on empty or broken markup', () => {
  for (const html of ['', '<', '<html', '<p>unclosed <b>bold', '<svg/><p>After a self-closing svg the paragraph stays.</p>']) {
    const result = extractHtml(html);
    assert.equal(typeof result.text, 'string');
  }
  assert.match(extractHtml('<svg/><p>After a self-closing svg the paragraph stays.</p>').text, /paragraph stays/);
});

test('should pass over a placeholder publication date (0001-01-01) for the next one, down to the day in the URL', () => {
  const body = '<p>The ferry company ordered two electric boats on Thursday, its chief executive said, and the first will sail next year from the harbour.</p>';
  const zero = `<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"><meta name="date" content="2024-05-02T10:00:00Z"></head><body><article>${body}</article></body></html>`;
  assert.equal(extractHtml(zero, 'https://news.example/a').published, '2024-05-02T10:00:00Z');
  const epoch = `<html><head><meta property="article:published_time" content="1970-01-01T00:00:00Z"></head><body><article>${body}</article></body></html>`;
  assert.equal(extractHtml(epoch, 'https://news.example/story/2024/05/02/ferry-boats/123/').published, '2024-05-02');
  assert.equal(extractHtml(epoch, 'https://news.example/ferry-boats').published, null);
});
