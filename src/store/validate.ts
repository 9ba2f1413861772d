/**
 * Checks a store makes before writing, shared by every backend. They catch what a table
 * constraint cannot: records that point at the wrong parent, spans outside their text, and
 * strings that would not survive the trip through UTF-8. Each throws an `Error` whose
 * message says what was expected and what was found; callers prefix where.
 */
import type { Analysis, Article, Quote, Span } from '../model.js';
import type { StoryResults } from './store.js';

/** A lone UTF-16 surrogate: SQLite stores UTF-8, where it would silently become U+FFFD. */
const loneSurrogate = /[\uD800-\uDFFF]/u;

/**
 * Checks that every value of a row survives storage exactly, and returns the row: no
 * undefined (a field the record forgot), no NaN or infinity, no lone surrogate in text.
 * JSON columns are safe from the last already (`JSON.stringify` escapes lone surrogates);
 * plain text columns are not.
 */
export function checkRow<T extends object>(table: string, row: T): T {
  for (const [column, value] of Object.entries(row)) {
    if (value === undefined) {
      throw new Error(`expected ${table}.${column} to be set (null when unknown), found undefined`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`expected ${table}.${column} to be a finite number, found ${value}`);
    }
    if (typeof value !== 'string') continue;
    const match = loneSurrogate.exec(value);
    if (match) {
      throw new Error(
        `expected ${table}.${column} to be well-formed Unicode, found a lone surrogate at offset ${match.index}`,
      );
    }
  }
  return row;
}

/** Checks that `span` is a valid range of a text of `length` code units. */
export function checkSpan(span: Span, length: number, what: string): void {
  const ok =
    span !== null &&
    typeof span === 'object' &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length;
  if (!ok) {
    throw new Error(`expected ${what} to be a span within 0..${length}, found ${describe(span)}`);
  }
}

/** Checks an article, its analysis and its quotes before they are written together. */
export function checkArticleItem(article: Article, analysis: Analysis | null, quotes: Quote[]): void {
  if (typeof article?.id !== 'string' || article.id === '') {
    throw new Error(`expected an article with a non-empty id, found ${describe(article?.id)}`);
  }
  if (typeof article.text !== 'string') throw new Error(`expected text to be a string, found ${describe(article.text)}`);
  checkSpan(article.titleSpan, article.text.length, 'titleSpan');
  if (analysis !== null && analysis.articleId !== article.id) {
    throw new Error(`expected its analysis to have articleId "${article.id}", found "${analysis.articleId}"`);
  }
  const ids = new Set<string>();
  for (const quote of quotes) {
    checkQuote(quote, article.text.length);
    if (quote.articleId !== article.id) {
      throw new Error(`expected quote "${quote.id}" to have articleId "${article.id}", found "${quote.articleId}"`);
    }
    if (ids.has(quote.id)) throw new Error(`expected unique quote ids, found "${quote.id}" twice`);
    ids.add(quote.id);
  }
}

/** Checks one quote against the length of its article's text. */
export function checkQuote(quote: Quote, length: number): void {
  if (typeof quote?.id !== 'string' || quote.id === '') {
    throw new Error(`expected a quote with a non-empty id, found ${describe(quote?.id)}`);
  }
  if (!Array.isArray(quote.content) || quote.content.length === 0) {
    throw new Error(`expected quote "${quote.id}" to have content spans, found ${describe(quote.content)}`);
  }
  quote.content.forEach((span, i) => checkSpan(span, length, `content[${i}] of quote "${quote.id}"`));
  if (quote.cue !== null) checkSpan(quote.cue, length, `cue of quote "${quote.id}"`);
  if (quote.source !== null) checkSpan(quote.source, length, `source of quote "${quote.id}"`);
}

/** Checks that everything in a story's results belongs to that story. */
export function checkStoryResults(results: StoryResults): void {
  const id = results.story?.id;
  if (typeof id !== 'string' || id === '') {
    throw new Error(`expected a story with a non-empty id, found ${describe(id)}`);
  }
  const articles = new Set<string>();
  for (const articleId of results.story.articleIds) {
    if (articles.has(articleId)) throw new Error(`expected each article once in articleIds, found "${articleId}" twice`);
    articles.add(articleId);
  }
  for (const group of results.groups) {
    if (group.storyId !== id) {
      throw new Error(`expected quote group "${group.id}" to have storyId "${id}", found "${group.storyId}"`);
    }
  }
  results.timeline.forEach((event, i) => {
    if (event.storyId !== id) {
      throw new Error(`expected timeline[${i}] to have storyId "${id}", found "${event.storyId}"`);
    }
  });
  const seen = new Set<string>();
  for (const copy of results.copies) {
    const key = `${copy.from}\u0000${copy.to}`;
    if (seen.has(key)) throw new Error(`expected one copy link per pair, found ${copy.from} → ${copy.to} twice`);
    seen.add(key);
  }
}

/** A short, safe rendering of a found value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
