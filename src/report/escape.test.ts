import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown, renderExternalLink, safeHttpUrl, spanAnchor, toIdToken, toPlainLine } from './escape.js';

test('escapeHtml should escape every markup character', () => {
  assert.equal(escapeHtml(`<img src=x onerror="a('1')">&\``), '&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;&#96;');
  assert.equal(escapeHtml(null), '');
  assert.equal(escapeHtml(3), '3');
});

test('escapeHtml should never leave a raw < > " or quote on arbitrary input', () => {
  fc.assert(fc.property(fc.string(), (s) => !/[<>"'`]/.test(escapeHtml(s))));
});

test('safeHttpUrl should pass only absolute http(s) URLs', () => {
  assert.equal(safeHttpUrl('https://a.example/x?y=1'), 'https://a.example/x?y=1');
  assert.equal(safeHttpUrl('http://a.example'), 'http://a.example/');
  assert.equal(safeHttpUrl('javascript:alert(1)'), null);
  assert.equal(safeHttpUrl(' JavaScript:alert(1)'), null);
  assert.equal(safeHttpUrl('data:text/html,<b>'), null);
  assert.equal(safeHttpUrl('/relative'), null);
  assert.equal(safeHttpUrl(null), null);
});

test('renderExternalLink should link http(s) with rel=noopener noreferrer and show other URLs as text', () => {
  assert.equal(
    renderExternalLink('https://a.example/?q="x"'),
    '<a class="external" href="https://a.example/?q=%22x%22" rel="noopener noreferrer" target="_blank">https://a.example/?q=&quot;x&quot;</a>',
  );
  assert.equal(renderExternalLink('javascript:alert(1)'), '<span class="url">javascript:alert(1)</span>');
});

test('toIdToken should keep safe ids and encode the rest injectively', () => {
  assert.equal(toIdToken('nyt-2024_01.a'), 'nyt-2024_01.a');
  assert.equal(toIdToken('a b"'), 'a~20b~22');
  assert.equal(spanAnchor('ledger-1', 75), 'a-ledger-1-75');
  fc.assert(fc.property(fc.string(), (s) => /^[A-Za-z0-9_.~-]*$/.test(toIdToken(s))));
});

test('escapeMarkdown should neutralise Markdown and HTML', () => {
  assert.equal(escapeMarkdown('*a* [b](c) <i>'), '\\*a\\* \\[b\\]\\(c\\) &lt;i&gt;');
  assert.equal(escapeMarkdown('two\nlines'), 'two lines');
});

test('toPlainLine should strip terminal control sequences', () => {
  assert.equal(toPlainLine('red\u001b[31m text\r\nnext'), 'red [31m text next');
});
