import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { reportLinks } from './html-links.js';
import { renderDiff, renderQuoteCard, renderVersion } from './html-quotes.js';
import type { Dossier } from './dossier.js';
import { buildFixture, fixtureDossiers, IMG_PAYLOAD, SCRIPT_PAYLOAD } from './test-fixture.js';

/** Attribute names used in real tags (quoted values removed first, so escaped text cannot match). */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][\w-]*(\s[^>]*)?>/g)) {
    const attrs = (tag[1] ?? '').replace(/"[^"]*"/g, '""');
    for (const attr of attrs.matchAll(/\s([\w-]+)=/g)) names.push(attr[1].toLowerCase());
  }
  return names;
}

test('renderHtml should render every section of the dossier', async () => {
  const html = renderHtml(await fixtureDossiers(), { generatedAt: '2026-05-01' });
  for (const marker of [
    'class="dossier-header"', 'class="timeline"', '<svg class="timeline-axis"', 'class="speakers"', 'class="quote-card"',
    'class="copies"', 'class="coverage-matrix"', 'class="messages"', 'class="article"', 'class="toc"',
  ]) {
    assert.ok(html.includes(marker), `missing ${marker}`);
  }
  assert.match(html, /<dt>People<\/dt><dd><span class="person">Mara Quill<\/span>, <span class="person">Tomas Reyes<\/span><\/dd>/);
  assert.match(html, /<dt>Published<\/dt><dd>2026-03-02 – 2026-03-04<\/dd>/);
  assert.match(html, /Generated 2026-05-01/);
});

test('renderHtml should be one self-contained file with no scripts or external resources', async () => {
  const html = renderHtml(await fixtureDossiers());
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<style>/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<link /);
  // Inside real tags only: article text may legitimately *show* `src=` as escaped text.
  const attrs = attributeNames(html);
  assert.ok(!attrs.includes('src') && !attrs.includes('srcset'));
  assert.ok(!attrs.some((a) => a.startsWith('on')));
});

test('renderHtml quote cards should show the canonical wording, each version with diff, drift and flags', async () => {
  const html = renderHtml(await fixtureDossiers());
  assert.match(html, /<blockquote class="canonical">The bridge will reopen in the spring, and not a day later.<\/blockquote>/);
  assert.match(html, /<q class="diff">The bridge will reopen in <del>the<\/del> spring, <del>and not a day later.<\/del><\/q>/);
  assert.match(html, /<span class="drift" title="drift">truncated<\/span>/);
  assert.match(html, /<span class="drift" title="drift">paraphrased as quote<\/span>/);
  assert.match(html, /misattributed to Mara Quill<\/span>/);
  assert.match(html, /<span class="flag recycled"/);
});

test('renderHtml should link every occurrence to an existing span anchor in the article section', async () => {
  const list = await fixtureDossiers();
  const html = renderHtml(list);
  for (const group of list[0].groups) {
    for (const o of group.occurrences) {
      const anchor = `a-${o.articleId}-${o.start}`;
      assert.ok(html.includes(`href="#${anchor}"`), `no link to ${anchor}`);
      assert.ok(html.includes(`id="${anchor}"`), `no target ${anchor}`);
    }
  }
});

test('renderHtml should render the coverage matrix as exact / altered / absent per outlet', async () => {
  const html = renderHtml(await fixtureDossiers());
  assert.match(html, /<thead><tr><th scope="col">Quote<\/th><th scope="col">Daily Ledger<\/th><th scope="col">Evil &lt;b&gt;Gazette&lt;\/b&gt;<\/th><th scope="col">Harbor Times<\/th><\/tr><\/thead>/);
  assert.match(
    html,
    /<tr><th scope="row"><a href="#g-g-promise"[^>]*>Tomas Reyes: We have heard this promise before\.<\/a><\/th><td class="cov altered"><a href="#a-ledger-1-\d+">punctuation<\/a><\/td><td class="cov exact">/,
  );
  const d = (await fixtureDossiers())[0];
  const trimmed: Dossier = { ...d, groups: d.groups.map((g) => ({ ...g, occurrences: g.occurrences.filter((o) => o.articleId !== 'harbor-1') })) };
  const rows = renderHtml([trimmed]).match(/<tr><th scope="row">.*?<\/tr>/g) ?? [];
  assert.equal(rows.length, 2);
  for (const row of rows) assert.match(row, /<td class="cov absent">absent<\/td><\/tr>$/);
});

test('renderHtml should render the copy list with who, from whom, when and how much', async () => {
  const html = renderHtml(await fixtureDossiers());
  assert.match(html, /<li class="copy verbatim"><a href="#article-harbor-1"><span class="outlet">Harbor Times<\/span><\/a> \(<time datetime="2026-03-03">/);
  assert.match(html, /reused verbatim text from<\/span> <a href="#article-ledger-1">/);
  assert.match(html, /<strong>42%<\/strong>/);
});

test('renderHtml should render hostile article text, titles, outlets and URLs as inert escaped text', async () => {
  const html = renderHtml(await fixtureDossiers());
  assert.ok(!html.includes(SCRIPT_PAYLOAD), 'raw script payload');
  assert.ok(!html.includes(IMG_PAYLOAD), 'raw img payload');
  assert.doesNotMatch(html, /<img|<b>/i);
  assert.ok(html.includes('Bridge &lt;script&gt;alert(1)&lt;/script&gt; news'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('Evil &lt;b&gt;Gazette&lt;/b&gt;'));
  assert.doesNotMatch(html, /href="javascript:/i);
  assert.ok(html.includes('<span class="url">javascript:alert(1)</span>'));
});

test('renderHtml should render an empty report', () => {
  assert.match(renderHtml([]), /No stories\./);
});

test('renderDiff should wrap added and removed words', () => {
  assert.equal(
    renderDiff([{ op: 'same', text: 'a' }, { op: 'added', text: 'b<' }, { op: 'removed', text: 'c' }, { op: 'same', text: ', d' }]),
    'a <ins>b&lt;</ins> <del>c</del>, d',
  );
});

test('renderHtml should emit only its own elements whatever the article-derived text (property)', async () => {
  const [base] = await fixtureDossiers();
  const allowed = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'section', 'header', 'nav', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'span', 'a',
    'svg', 'text', 'line', 'circle', 'rect', 'ol', 'ul', 'li', 'p', 'article', 'blockquote', 'div', 'time', 'q', 'ins', 'del', 'table',
    'thead', 'tbody', 'tr', 'th', 'td', 'meter', 'strong', 'code', 'details', 'summary', 'mark',
  ]);
  const hostile = fc.oneof(fc.string(), fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')"));
  fc.assert(
    fc.property(hostile, hostile, hostile, hostile, (title, outlet, body, name) => {
      const article = { ...base.articles[0], title, outlet, url: body, text: `${title}\n\n${body}` };
      const d: Dossier = {
        ...base,
        story: { ...base.story, title },
        articles: [article, ...base.articles.slice(1)],
        people: base.people.map((p) => ({ ...p, name })),
        groups: base.groups.map((g) => ({ ...g, canonical: body, speakerName: name, occasion: outlet, occurrences: g.occurrences.map((o) => ({ ...o, text: body, diff: [{ op: 'added' as const, text: body }] })) })),
        timeline: base.timeline.map((e) => ({ ...e, label: body })),
      };
      const html = renderHtml([d]);
      for (const match of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(allowed.has(match[1]), `unexpected element ${match[1]}`);
      assert.ok(!attributeNames(html).some((a) => a.startsWith('on') || a === 'src'), 'event handler or src attribute');
      assert.doesNotMatch(html, /href="javascript:/i);
    }),
    { numRuns: 60 },
  );
});

test('renderVersion should show the outlet wording as printed with the diff placed on it', () => {
  assert.equal(
    renderVersion({ text: 'Hers, and mine — always.', diff: [{ op: 'same', text: 'Hers and' }, { op: 'removed', text: 'not' }, { op: 'added', text: 'mine' }, { op: 'same', text: 'always' }] }),
    'Hers, and <del>not</del> <ins>mine</ins> — always.',
  );
  assert.equal(renderVersion({ text: 'a b', diff: [{ op: 'same', text: 'x y' }] }), 'x y', 'falls back to the diff');
  assert.equal(renderVersion({ text: 'a <b>', diff: [] }), 'a &lt;b&gt;');
});

test('renderHtml should render an article shared by two stories once, so anchors stay unique', async () => {
  const [bridge] = await fixtureDossiers();
  const copy: Dossier = { ...bridge, story: { ...bridge.story, id: 'story-copy', title: 'Copy' } };
  const html = renderHtml([bridge, copy]);
  assert.equal(html.split('id="article-ledger-1"').length - 1, 1);
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const groupIds = ids.filter((id) => !id.startsWith('g-'));
  assert.equal(new Set(groupIds).size, groupIds.length, 'duplicate element ids');
});

test('quote cards should list outlets printing the same version together, each linking to its span', async () => {
  const [d] = await fixtureDossiers();
  const promise = d.groups.find((g) => g.id === 'g-promise');
  assert.ok(promise);
  const reprint = { ...promise.occurrences[1], articleId: 'ledger-1', start: 9999 };
  const group = { ...promise, occurrences: [...promise.occurrences, reprint] };
  const html = renderHtml([{ ...d, groups: [group] }]);
  const card = html.slice(html.indexOf('id="g-g-promise"'), html.indexOf('</article>', html.indexOf('id="g-g-promise"')));
  assert.equal((card.match(/<li class="occurrence/g) ?? []).length, 3, 'four occurrences, three versions');
  assert.match(card, /href="#a-ledger-1-9999"[^>]*><span class="outlet">Daily Ledger<\/span><\/a> <time datetime="2026-03-02">2026-03-02<\/time>, <a class="occ-link" href="#a-harbor-1-\d+"/);
  assert.match(card, /4 occurrences in 3 outlets, 3 versions/);
});

test('renderQuoteCard should cut versions and outlet lists when asked', async () => {
  const [d] = await fixtureDossiers();
  const reopen = d.groups.find((g) => g.id === 'g-reopen');
  assert.ok(reopen);
  const card = renderQuoteCard(reopen, d, reportLinks, undefined, { maxVersions: 1 });
  assert.equal((card.match(/<li class="occurrence/g) ?? []).length, 1);
  assert.match(card, /<p class="more">and 2 later versions<\/p>/);
});

test('renderHtml and renderMarkdown should flag a rendering whose negation changed', async () => {
  const dossiers = await fixtureDossiers();
  const occurrence = dossiers[0].groups[0].occurrences[1];
  occurrence.negationChanged = true;
  assert.match(renderHtml(dossiers), /<span class="flag negation" title="[^"]*">negation changed<\/span>/);
  assert.match(renderMarkdown(dossiers), /\| negation changed \|/);
});
