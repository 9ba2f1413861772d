/**
 * Builders for small invented articles and quotes used by the coverage and people tests.
 * Quotes are placed by searching their words in the article text, so fixtures stay
 * readable and spans always round-trip.
 */
import type { Article, Quote, QuoteKind } from '../model.js';

/** An article whose text is its title, a blank line and the body paragraphs. */
export function makeArticle(id: string, title: string, body: string[], options: { published?: string | null; outlet?: string; language?: string } = {}): Article {
  const text = `${title}\n\n${body.join('\n\n')}`;
  return {
    id,
    url: null,
    outlet: options.outlet ?? `${id} Daily`,
    title,
    byline: null,
    published: options.published === undefined ? '2031-03-10T09:00:00Z' : options.published,
    language: options.language ?? 'en',
    source: `${id}.txt`,
    contentHash: id,
    text,
    titleSpan: { start: 0, end: title.length },
  };
}

/** Options of a fixture quote. */
export interface QuoteOptions {
  id?: string;
  kind?: QuoteKind;
  speaker?: string | null;
  personId?: string | null;
  occasion?: string | null;
  /** Words naming the occasion, searched in the text; else the quote's first part stands for them. */
  occasionAt?: string;
  said?: string | null;
  /** Words stating the said-when date, searched in the text; else the quote's first part stands for them. */
  saidAt?: string;
  /** The said-when is inferred (the publication year), not stated in the text. */
  inferredSaid?: boolean;
  /** Which occurrence of the content text to use (0 = first). */
  nth?: number;
  /** Further parts, each searched after the previous one. */
  more?: string[];
  /** The words naming the speaker, searched in the text. */
  source?: string;
  cue?: string;
}

function find(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" not found`);
  return at;
}

/** A quote of `article` whose first content part is the first (or nth) `content` in it. */
export function makeQuote(article: Article, content: string, options: QuoteOptions = {}): Quote {
  let at = -1;
  for (let k = 0; k <= (options.nth ?? 0); k++) at = find(article.text, content, at + 1);
  const parts = [{ start: at, end: at + content.length }];
  let cursor = at + content.length;
  for (const more of options.more ?? []) {
    const start = find(article.text, more, cursor);
    parts.push({ start, end: start + more.length });
    cursor = start + more.length;
  }
  const span = (words: string | undefined) => {
    if (!words) return null;
    const start = find(article.text, words, 0);
    return { start, end: start + words.length };
  };
  const said = options.said ?? null;
  return {
    id: options.id ?? `${article.id}-q${at}`,
    articleId: article.id,
    kind: options.kind ?? 'direct',
    content: parts,
    cue: span(options.cue),
    source: span(options.source),
    speaker: options.speaker === undefined ? 'Mara Quist' : options.speaker,
    personId: options.personId === undefined ? 'person-mara' : options.personId,
    occasion: options.occasion ? { span: span(options.occasionAt) ?? parts[0], label: options.occasion } : null,
    // A stated date points at words; like the occasion above, the fixture lets the quote's
    // first part stand for them. `inferredSaid` is a date the text does not state.
    saidWhen: said
      ? { value: said, precision: said.length === 10 ? 'day' : said.length === 7 ? 'month' : 'year', span: options.inferredSaid ? null : span(options.saidAt) ?? parts[0] }
      : null,
    confidence: 1,
  };
}
