import { parseHTML } from 'linkedom';
import { BYLINE_LINE } from './boilerplate-patterns.js';
import { collectBlocks, type TextBlock } from './dom-blocks.js';
import { readLinkedArticle } from './json-ld.js';
import { selectMainText } from './main-text.js';
import { readPageMetadata, type PageMetadata } from './page-metadata.js';

/** What `extractHtml` finds in a page: metadata and the main text. */
export interface ExtractedPage extends PageMetadata {
  /** Main text: paragraphs separated by blank lines, without the title. */
  text: string;
}

/** The texts of a page's `<script type="application/ld+json">` elements. */
function findJsonLd(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) out.push(m[1]);
  return out;
}

/**
 * Remove what can never be article text before parsing (comments, scripts, styles, SVG,
 * media, form controls, and the navigation, aside and footer elements that extraction
 * skips anyway): building a DOM is most of the cost of extraction, and these
 * are a large share of a modern page's bytes and nodes. Self-closing forms are left alone
 * so that a stray `<svg/>` cannot swallow the text up to the next `</svg>`.
 */
function stripInert(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|svg|noscript|iframe|select|button|template|video|audio|picture|object|canvas|textarea|nav|aside|footer)\b[^>]*(?<!\/)>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(img|source|input|wbr|track|embed)\b[^>]*>/gi, '');
}

/** A DOM for any markup: pages without `<body>` (feed items, fragments) are wrapped first. */
function parseDocument(html: string): Document {
  // linkedom wants a root element: an empty string or bare text has none and throws.
  if (/^\s*(<\?xml[^>]*>\s*)?<(!doctype|html)\b/i.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement?.localName === 'html' && document.body) return document;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/** Split a JSON-LD articleBody (plain text, sometimes with markup) into paragraphs. */
function bodyParagraphs(body: string): string[] {
  const plain = /<\/?(p|br|div)\b/i.test(body)
    ? body.replace(/<(br|\/p|\/div)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    : body;
  return plain.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}

/**
 * Extract an article page: metadata from `<meta>`, OpenGraph, JSON-LD and `<time>`, and the
 * main text by scoring text blocks on a linkedom DOM (Readability's container scoring,
 * plus removal of link lists, captions, share bars and other furniture). When the page's
 * JSON-LD `articleBody` is much longer than what the DOM yields (text loaded by script),
 * the articleBody is used instead.
 * @param html the page
 * @param url the page's address, used to resolve the canonical URL and name the outlet
 */
export function extractHtml(html: string, url: string | null = null): ExtractedPage {
  const linked = readLinkedArticle(findJsonLd(html));
  const document = parseDocument(stripInert(html));
  const meta = readPageMetadata(document, linked, url);
  const body = document.body ?? document.documentElement;
  const blocks = body ? collectBlocks(body) : null;
  let paragraphs = blocks ? selectMainText(blocks, meta.title) : [];
  const byline = meta.byline ?? (blocks ? visibleByline(blocks.blocks) : null);
  if (linked?.articleBody) {
    const fromLd = bodyParagraphs(linked.articleBody);
    const ldLength = fromLd.reduce((n, p) => n + p.length, 0);
    const domLength = paragraphs.reduce((n, p) => n + p.length, 0);
    // The DOM text wins when it holds the articleBody (it keeps paragraphs and subheads);
    // the articleBody wins when the DOM gave much less, or other text (a wrong container).
    if (ldLength > 200 && (domLength < ldLength * 0.6 || wordCoverage(fromLd, paragraphs) < 0.5)) paragraphs = fromLd;
  }
  return { ...meta, byline, text: paragraphs.join('\n\n') };
}

/** Share of the words of `reference` (counted once each) that also occur in `text`. */
function wordCoverage(reference: string[], text: string[]): number {
  const words = (parts: string[]): Set<string> => new Set(parts.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const want = words(reference);
  if (want.size === 0) return 1;
  const have = words(text);
  let found = 0;
  for (const w of want) if (have.has(w)) found++;
  return found / want.size;
}

/** The first "By Jane Doe" line among the page's blocks, without "By" and any trailing dateline. */
function visibleByline(blocks: TextBlock[]): string | null {
  for (const block of blocks) {
    if (block.text.length > 120 || !BYLINE_LINE.test(block.text)) continue;
    return block.text.replace(/^by\s+/i, '').replace(/\s*[|,–—-]\s*[^|,–—-]*\d.*$/, '').trim() || null;
  }
  return null;
}

/**
 * All the text of an HTML fragment (a feed item's content), block by block, without the
 * scoring that a whole page needs; furniture (captions, share bars) is still left out.
 */
export function htmlFragmentToText(html: string): string {
  const document = parseDocument(html);
  const body = document.body;
  if (!body) return '';
  return collectBlocks(body)
    .blocks.filter((b) => !b.furniture)
    .map((b) => b.text)
    .join('\n\n');
}
