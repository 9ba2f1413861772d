import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { buildFixture, IMG_PAYLOAD, SCRIPT_PAYLOAD } from '../report/test-fixture.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { createMemoryStore } from './test-store.js';
import * as server from './index.js';

const app = (): Hono => createApp(createMemoryStore(buildFixture()));

async function getPage(path: string, status = 200): Promise<string> {
  const res = await app().request(path);
  assert.equal(res.status, status, `${path}: status`);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  const html = await res.text();
  // What the CSP forbids must not be relied on: no inline script, style or event handler.
  assert.doesNotMatch(html, /<script|<style/i, `${path}: inline script or style element`);
  for (const tag of html.matchAll(/<[a-zA-Z][\w-]*(\s[^>]*)?>/g)) {
    // Quoted values removed first, so escaped article text cannot match.
    const attrs = (tag[1] ?? '').replace(/"[^"]*"/g, '""');
    assert.doesNotMatch(attrs, /\s(style|on[a-z]+)=/i, `${path}: inline style or event handler in ${tag[0]}`);
  }
  return html;
}

test('every response should carry the CSP, nosniff and referrer headers, errors included', async () => {
  for (const path of ['/', '/stories/story-bridge', '/articles/ledger-1', '/search?q=bridge', '/assets/retold.css', '/nope', '/api/stories', '/api/nope', '/?sort=bad']) {
    const res = await app().request(path);
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
  }
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
  assert.match(CONTENT_SECURITY_POLICY, /style-src 'self'/);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'/);
  assert.match(CONTENT_SECURITY_POLICY, /img-src 'self' data:/);
});

test('GET / should list stories with title, people, outlets, date range and article count', async () => {
  const html = await getPage('/');
  assert.match(html, /<h2><a href="\/stories\/story-bridge">Bridge reopening<\/a><\/h2>/);
  assert.match(html, /2026-03-02 – 2026-03-04 · 3 articles · 2 quotes/);
  assert.match(html, /People: <a class="person" href="\/search\?speaker=p-quill">Mara Quill<\/a>/);
  assert.match(html, /Outlets: <span class="outlet">Daily Ledger<\/span>, <span class="outlet">Evil &lt;b&gt;Gazette&lt;\/b&gt;<\/span>/);
  assert.ok(html.indexOf('Ferry timetable') < html.indexOf('Bridge reopening'), 'most recent first');
  assert.match(html, /<input type="search" name="q"/);
});

test('GET /?sort=size&q= should sort by size and filter', async () => {
  const bySize = await getPage('/?sort=size');
  assert.ok(bySize.indexOf('Bridge reopening') < bySize.indexOf('Ferry timetable'));
  assert.match(bySize, /<strong aria-current="true">most articles<\/strong>/);
  const filtered = await getPage('/?q=ferry');
  assert.ok(filtered.includes('Ferry timetable') && !filtered.includes('Bridge reopening'));
  const none = await getPage('/?q=%3Cscript%3E');
  assert.match(none, /No story matches “&lt;script&gt;”/);
  await getPage('/?sort=oldest', 400);
});

test('GET /stories/:id should render the dossier sections linking occurrences to article spans', async () => {
  const html = await getPage('/stories/story-bridge');
  for (const marker of ['class="dossier-header"', '<svg class="timeline-axis"', 'class="speakers"', 'class="quote-card"', 'class="copy-list"', 'class="coverage-matrix"', 'class="article-index"']) {
    assert.ok(html.includes(marker), `missing ${marker}`);
  }
  assert.match(html, /<a class="occ-link" href="\/articles\/harbor-1#a-harbor-1-\d+" title="Quill: bridge to reopen &quot;in spring&quot;">/);
  assert.match(html, /<link rel="stylesheet" href="\/assets\/retold.css">/);
  assert.ok(!html.includes(SCRIPT_PAYLOAD) && !html.includes(IMG_PAYLOAD));
  const missing = await getPage('/stories/nope', 404);
  assert.match(missing, /No story with id &quot;nope&quot;/);
});

test('GET /articles/:id should highlight quotes, speakers and dates and link to the original safely', async () => {
  const html = await getPage('/articles/ledger-1');
  assert.match(html, /<mark class="quote kind-direct" id="a-ledger-1-75" title="Mara Quill \(direct\)">The bridge will reopen in the spring, and not a day later\.<\/mark>/);
  assert.match(html, /<span class="speaker" title="Mara Quill">Mayor Mara Quill<\/span>/);
  assert.match(html, /<time class="date" title="2026-03-02" datetime="2026-03-02">Monday<\/time>/);
  assert.match(html, /<a class="external" href="https:\/\/ledger.example\/bridge" rel="noopener noreferrer" target="_blank">/);
  assert.match(html, /<li><a href="#a-ledger-1-75">The bridge will reopen/);
  assert.match(html, /Story: <a href="\/stories\/story-bridge">Bridge reopening<\/a>/);
});

test('GET /articles/:id should render hostile title, body, outlet and URL as inert text', async () => {
  const html = await getPage('/articles/evil-1');
  assert.ok(!html.includes(SCRIPT_PAYLOAD), 'raw script');
  assert.ok(!html.includes(IMG_PAYLOAD), 'raw img');
  assert.doesNotMatch(html, /<img|<b>|href="javascript/i);
  assert.match(html, /<title>Bridge &lt;script&gt;alert\(1\)&lt;\/script&gt; news · Retold<\/title>/);
  assert.match(html, /the bridge will reopen &lt;img src=x onerror=alert\(1\)&gt; soon<\/mark>/);
  assert.match(html, /original: <span class="url">javascript:alert\(1\)<\/span>/);
  await getPage('/articles/nope', 404);
});

test('GET /search should find quotes, link them to their spans and apply filters', async () => {
  const html = await getPage('/search?q=promise');
  assert.match(html, /<li class="hit quote"><a href="\/articles\/ledger-1#a-ledger-1-203">We have heard this <b>promise<\/b> before,<\/a>/);
  const bySpeaker = await getPage('/search?speaker=p-quill');
  assert.match(bySpeaker, /4 results/);
  assert.match(bySpeaker, /<h1>Quotes by Mara Quill<\/h1>/);
  const byOutlet = await getPage('/search?q=promise&outlet=Daily+Ledger');
  assert.ok(byOutlet.includes('ledger-1') && !byOutlet.includes('/articles/harbor-1'));
  assert.match(await getPage('/search'), /Type words to search/);
  assert.match(await getPage('/search?from=nope', 400), /expected &quot;from&quot;/);
});

test('unknown pages should answer an HTML 404 and the stylesheet should be served as CSS', async () => {
  assert.match(await getPage('/no/such/page', 404), /404 · Not found/);
  const css = await app().request('/assets/retold.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  assert.match(await css.text(), /mark:target/);
});

test('server index should export createApp and serve', () => {
  assert.equal(typeof server.createApp, 'function');
  assert.equal(typeof server.serve, 'function');
});

test('GET /stories/:id should cut a large story to the most carried quotes and offer everything with ?full=1', async () => {
  const fixture = buildFixture();
  const [bridge] = fixture.results;
  const template = bridge.groups[1];
  for (let i = 0; i < 70; i++) bridge.groups.push({ ...template, id: `g-extra-${i}`, occurrences: template.occurrences.slice(0, 1) });
  const big = createApp(createMemoryStore(fixture));
  const page = await (await big.request('/stories/story-bridge')).text();
  assert.match(page, /<p class="notice">This page shows 60 of 72 quotes \(the most carried\)\. <a href="\/stories\/story-bridge\?full=1">Show everything<\/a><\/p>/);
  assert.equal((page.match(/<article class="quote-card"/g) ?? []).length, 60);
  assert.ok(page.includes('id="g-g-reopen"'), 'the most carried quotes are kept');
  const full = await (await big.request('/stories/story-bridge?full=1')).text();
  assert.equal((full.match(/<article class="quote-card"/g) ?? []).length, 72);
  assert.ok(!full.includes('class="notice"'));
  assert.equal((await big.request('/stories/story-bridge?full=yes')).status, 400);
});
