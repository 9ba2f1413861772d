import { createHash } from 'node:crypto';
import type { Article, Message, RawDocument } from '../model.js';
import { analyseLines, type BoilerplateLine, type CleanOptions } from './boilerplate.js';
import { normaliseDate } from './dates.js';
import { readDateline } from './dateline.js';
import { extractHtml, htmlFragmentToText, type ExtractedPage } from './extract-html.js';
import { guessLanguage } from './guess-language.js';
import { splitLines, type Line } from './lines.js';
import { normaliseLanguage } from './page-metadata.js';
import { outletKeyOf } from './repeated-lines.js';

/** The result of cleaning one document: the article (null when none could be made) and messages. */
export interface CleanResult {
  article: Article | null;
  messages: Message[];
}

/** What each removal rule is called in messages. */
const RULE_NAMES: Readonly<Record<string, string>> = {
  'clean/caption': 'a photo caption',
  'clean/photo-credit': 'a photo credit',
  'clean/widget': 'widget or navigation text',
  'clean/newsletter': 'a newsletter prompt',
  'clean/related-link': 'a related-link line',
  'clean/meta-line': 'a date or category line',
  'clean/byline': 'a byline',
  'clean/sign-off': 'a wire sign-off or network line',
  'clean/outlet-header': 'the outlet name heading the page',
  'clean/repeated-line': 'a line repeated across the outlet',
  'clean/duplicate-line': 'a repeat of the line above',
};

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Kept lines to paragraphs: one line, one paragraph, except hard-wrapped prose, joined back. */
function toParagraphs(lines: Line[], kept: boolean[]): string[] {
  const out: string[] = [];
  let previous = -2;
  for (let i = 0; i < lines.length; i++) {
    if (!kept[i] || lines[i].words === 0) continue;
    const text = lines[i].raw.replace(/\s+/g, ' ').trim();
    const last = out.length - 1;
    const wrapped = previous === i - 1 && last >= 0 && out[last].length >= 40 && !/[.!?:;"”’)\]]$/.test(out[last]) && /^\p{Ll}/u.test(text);
    if (wrapped) out[last] = `${out[last]} ${text}`;
    else out.push(text);
    previous = i;
  }
  return out;
}

function info(doc: RawDocument, articleId: string, removed: BoilerplateLine): Message {
  return {
    source: doc.source,
    articleId,
    rule: removed.rule,
    message: `retold clean: ${doc.source}: removed ${RULE_NAMES[removed.rule] ?? removed.rule}: "${removed.line.trim()}"`,
    severity: 'info',
    span: removed.span,
  };
}

function failure(doc: RawDocument, found: string): CleanResult {
  return {
    article: null,
    messages: [{ source: doc.source, articleId: null, rule: 'clean/no-text', message: `retold clean: cannot make an article of ${doc.source}: expected a title and body text, found ${found}`, severity: 'error', span: null }],
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Turn a RawDocument into an Article: extract HTML (feed items as fragments, pages with
 * `extractHtml`), find the title (metadata, else the first line that is not an outlet
 * header or furniture), drop boilerplate lines, and store `title + "\n\n" + paragraphs`
 * joined by blank lines. Every removed line becomes an info Message whose span points into
 * the text before removal (the document's text, or the page's extracted text).
 * @param options `repeatedLines` from `learnRepeatedLines`; `title`/`outlet` override metadata
 */
export function cleanDocument(doc: RawDocument, options: CleanOptions = {}): CleanResult {
  let page: ExtractedPage | null = null;
  let text: string;
  if (doc.html !== null) {
    if (doc.format === 'rss' || doc.format === 'atom') text = htmlFragmentToText(doc.html);
    else {
      page = extractHtml(doc.html, doc.url);
      text = page.text;
    }
  } else {
    text = doc.text ?? '';
  }
  text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const knownTitle = (options.title ?? doc.title ?? page?.title ?? null)?.replace(/\s+/g, ' ').trim() || null;
  const knownOutlet = options.outlet ?? doc.outlet ?? page?.outlet ?? hostOf(doc.url);
  // Repeated lines are looked up under the key `learnRepeatedLines` grouped this document by.
  const analysis = analyseLines(text, { ...options, title: knownTitle, outlet: knownOutlet }, outletKeyOf(doc));
  // Plain-text pages carry outlet and date only in header lines, which are removed below.
  const dateline = readDateline(analysis.removed);
  const outlet = knownOutlet ?? dateline.outlet;
  const lines = splitLines(text);
  const removedStarts = new Set(analysis.removed.map((r) => r.span.start));
  const titleLine = analysis.title;
  const kept = lines.map((line) => !removedStarts.has(line.span.start) && line.span.start !== titleLine?.span.start);
  const title = knownTitle ?? titleLine?.raw.replace(/\s+/g, ' ').trim() ?? null;
  const paragraphs = toParagraphs(lines, kept);
  if (!title) return failure(doc, 'no text');
  if (paragraphs.length === 0) return failure(doc, 'a title and no body');
  const body = paragraphs.join('\n\n');
  const url = doc.url ?? page?.url ?? null;
  const id = doc.id ?? `a-${sha256(url ?? body).slice(0, 12)}`;
  const messages: Message[] = analysis.removed.map((r) => info(doc, id, r));
  const rawDate = doc.published ?? page?.published ?? dateline.published;
  const published = normaliseDate(rawDate);
  if (rawDate && !published) {
    messages.push({ source: doc.source, articleId: id, rule: 'clean/bad-date', message: `retold clean: ${doc.source}: expected an ISO 8601, RFC 822 or month-name publication date, found "${rawDate}"; left unknown`, severity: 'warning', span: null });
  }
  const article: Article = {
    id,
    url,
    outlet,
    title,
    byline: doc.byline ?? page?.byline ?? null,
    published,
    language: normaliseLanguage(doc.language) ?? page?.language ?? guessLanguage(body),
    source: doc.source,
    contentHash: sha256(body.replace(/\s+/g, ' ').trim().toLowerCase()),
    text: `${title}\n\n${body}`,
    titleSpan: { start: 0, end: title.length },
  };
  return { article, messages };
}
