/**
 * The article view: the stored text with quotes, cues, speakers, occasions and dates
 * highlighted. Highlights are placed by span, so what is marked is exactly
 * `text.slice(start, end)`; every text piece between tags is escaped.
 */
import type { Analysis, Article, Message, Occurrence, Quote } from '../model.js';
import { escapeHtml, renderExternalLink, spanAnchor, articleAnchor } from './escape.js';
import { outletOf, toDay } from './dossier-view.js';
import type { Links } from './html-links.js';

/** A highlight over `text.slice(start, end)`. */
export interface Highlight {
  start: number;
  end: number;
  tag: 'mark' | 'span' | 'time';
  className: string;
  /** Element id (already a safe token). */
  id?: string;
  /** Tooltip. */
  title?: string;
  /** `datetime` for `time` elements. */
  datetime?: string;
}

// When highlights overlap, the one listed first in this order becomes the outer element.
const PRIORITY: Record<string, number> = { 'quote-range': 0, quote: 1, occurrence: 1, cue: 2, speaker: 3, occasion: 4, date: 5 };

function priorityOf(h: Highlight): number {
  return PRIORITY[h.className.split(' ')[0] ?? ''] ?? 9;
}

function openTag(h: Highlight): string {
  let attrs = ` class="${escapeHtml(h.className)}"`;
  if (h.id) attrs += ` id="${escapeHtml(h.id)}"`;
  if (h.title) attrs += ` title="${escapeHtml(h.title)}"`;
  if (h.datetime) attrs += ` datetime="${escapeHtml(h.datetime)}"`;
  return `<${h.tag}${attrs}>`;
}

/**
 * Renders text with highlights as properly nested HTML. Invalid spans are dropped; a
 * highlight that crosses the end of an enclosing one is cut at that end, so the markup
 * always nests and the text content is unchanged.
 */
export function renderHighlightedText(text: string, highlights: Highlight[]): string {
  const valid = highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || priorityOf(a) - priorityOf(b));
  let out = '';
  let cursor = 0;
  const stack: { h: Highlight; end: number }[] = [];
  const closeUntil = (pos: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].end <= pos) {
      const top = stack.pop();
      if (!top) break;
      out += escapeHtml(text.slice(cursor, top.end));
      cursor = top.end;
      out += `</${top.h.tag}>`;
    }
  };
  for (const h of valid) {
    closeUntil(h.start);
    const parent = stack[stack.length - 1];
    const end = parent ? Math.min(h.end, parent.end) : h.end;
    if (end <= h.start) continue;
    out += escapeHtml(text.slice(cursor, h.start));
    cursor = h.start;
    out += openTag(h);
    stack.push({ h, end });
  }
  closeUntil(Infinity);
  out += escapeHtml(text.slice(cursor));
  return out;
}

/** What to highlight in an article besides its own quotes. */
export interface ArticleAnnotations {
  quotes: Quote[];
  analysis?: Analysis | null;
  /** Group occurrences in this article; each gets an anchor even if no quote starts there. */
  occurrences?: Occurrence[];
}

/** The highlights of an article: quote parts (the first with its anchor id), cues, speakers, occasions, dates. */
export function articleHighlights(article: Article, notes: ArticleAnnotations): Highlight[] {
  const highlights: Highlight[] = [];
  const ids = new Set<string>();
  for (const quote of notes.quotes) {
    const parts = [...quote.content].sort((a, b) => a.start - b.start);
    const who = quote.speaker ?? 'unknown speaker';
    if (parts.length === 0) continue;
    // The anchor is a <mark> over the whole quote (the occurrence span): the quote itself
    // when it is one part; for an interrupted quote, a range from its first part to its
    // last with the parts marked inside, so that `:target` highlights all of it.
    const range = { start: parts[0].start, end: Math.max(...parts.map((p) => p.end)) };
    const anchor = spanAnchor(article.id, range.start);
    const id = ids.has(anchor) ? undefined : anchor;
    if (id) ids.add(id);
    const title = `${who} (${quote.kind})`;
    if (parts.length === 1) {
      highlights.push({ ...parts[0], tag: 'mark', className: `quote kind-${quote.kind}`, id, title });
    } else {
      if (id) highlights.push({ ...range, tag: 'mark', className: 'quote-range', id, title });
      for (const part of parts) highlights.push({ ...part, tag: 'mark', className: `quote kind-${quote.kind}`, title });
    }
    if (quote.cue) highlights.push({ ...quote.cue, tag: 'span', className: 'cue', title: 'reporting words' });
    if (quote.source) highlights.push({ ...quote.source, tag: 'span', className: 'speaker', title: who });
    if (quote.occasion) highlights.push({ ...quote.occasion.span, tag: 'span', className: 'occasion', title: quote.occasion.label });
    if (quote.saidWhen?.span) {
      highlights.push({ ...quote.saidWhen.span, tag: 'time', className: 'date said', datetime: quote.saidWhen.value, title: `said ${quote.saidWhen.value}` });
    }
  }
  for (const o of notes.occurrences ?? []) {
    const id = spanAnchor(article.id, o.start);
    if (ids.has(id)) continue;
    ids.add(id);
    highlights.push({ start: o.start, end: o.end, tag: 'mark', className: 'occurrence', id, title: o.drift });
  }
  for (const date of notes.analysis?.dates ?? []) {
    highlights.push({ ...date.span, tag: 'time', className: 'date', datetime: date.date.value, title: date.date.value });
  }
  return highlights;
}

/** Options for an article section. */
export interface ArticleSectionOptions {
  links: Links;
  /** Heading level of the article title (default 3). */
  level?: 2 | 3;
  messages?: Message[];
  /** Story the article belongs to, for a back link. */
  storyId?: string;
}

/** Renders an article: title, outlet, date, original link, highlighted text, data messages. */
export function renderArticleSection(article: Article, notes: ArticleAnnotations, options: ArticleSectionOptions): string {
  const level = options.level ?? 3;
  const day = toDay(article.published);
  const meta = [
    `<span class="outlet">${escapeHtml(outletOf(article))}</span>`,
    day ? `<time datetime="${escapeHtml(day)}">${escapeHtml(day)}</time>` : '<span class="undated">undated</span>',
    article.byline ? `<span class="byline">${escapeHtml(article.byline)}</span>` : '',
    article.url ? `original: ${renderExternalLink(article.url)}` : '',
    options.storyId ? `<a href="${escapeHtml(options.links.story(options.storyId))}">back to the story</a>` : '',
  ].filter((x) => x !== '');
  const messages = options.messages ?? [];
  const messageList =
    messages.length === 0
      ? ''
      : `<details class="messages"><summary>${messages.length} data message${messages.length === 1 ? '' : 's'}</summary><ul>${messages
          .map((m) => `<li><code>${escapeHtml(m.rule)}</code> ${escapeHtml(m.message)}</li>`)
          .join('')}</ul></details>`;
  return `<section class="article" id="${escapeHtml(articleAnchor(article.id))}">
<h${level} class="article-title">${escapeHtml(article.title)}</h${level}>
<p class="meta">${meta.join(' · ')}</p>
<div class="article-text" lang="${escapeHtml(article.language)}">${renderHighlightedText(article.text, articleHighlights(article, notes))}</div>
${messageList}</section>`;
}
