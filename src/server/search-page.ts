/**
 * Search: full-text search over articles and quotes through the store, with speaker,
 * outlet and date filters. With no words but a filter, it lists the matching quotes
 * (so `/search?speaker=p-1` is a speaker's page).
 */
import { escapeHtml, spanAnchor, truncate } from '../report/index.js';
import type { QuoteFilter, SearchHit, Store } from '../store/store.js';
import { renderLayout } from './layout.js';
import { serverLinks } from './links.js';

/** A search hit with the link target of its span (quotes) or article. */
export interface SearchResult extends SearchHit {
  /** Start of the quote's first part in the article text, for quote hits. */
  start: number | null;
}

/** Runs a search: FTS when `query` has words, else the quotes matching `filter`. */
export async function runSearch(store: Store, query: string | undefined, filter: QuoteFilter): Promise<SearchResult[]> {
  if (query !== undefined) {
    const hits = await store.search(query, filter);
    const quoteArticles = [...new Set(hits.filter((h) => h.type === 'quote').map((h) => h.articleId))];
    const quotes = quoteArticles.length > 0 ? await store.getQuotes(quoteArticles) : [];
    const starts = new Map(quotes.map((q) => [q.id, Math.min(...q.content.map((s) => s.start))]));
    return hits.map((h) => ({ ...h, start: h.quoteId !== null ? (starts.get(h.quoteId) ?? null) : null }));
  }
  const quotes = await store.listQuotes({ limit: 200, ...filter });
  const articles = new Map((await store.getArticles([...new Set(quotes.map((q) => q.articleId))])).map((a) => [a.id, a]));
  return quotes.flatMap((q): SearchResult[] => {
    const article = articles.get(q.articleId);
    if (!article || q.content.length === 0) return [];
    return [{
      type: 'quote', articleId: article.id, quoteId: q.id, title: article.title, outlet: article.outlet, published: article.published,
      snippet: q.content.map((s) => article.text.slice(s.start, s.end)).join(' … '), speaker: q.speaker, kind: q.kind,
      start: Math.min(...q.content.map((s) => s.start)),
    }];
  });
}

/** Escapes a snippet and turns its `[`…`]` match delimiters into `<b>`. */
export function renderSnippet(snippet: string): string {
  return escapeHtml(snippet).replace(/\[([^[\]]*)\]/g, '<b>$1</b>');
}

/** Values of the search form. */
export interface SearchForm {
  q?: string;
  speaker?: string;
  outlet?: string;
  from?: string;
  to?: string;
}

/**
 * Renders the search page with its form and results (null results: nothing asked yet).
 *
 * @param speakerName Name of the person the `speaker` filter names, for the heading.
 */
export function renderSearchPage(form: SearchForm, results: SearchResult[] | null, speakerName?: string): string {
  const field = (name: keyof SearchForm, label: string, type = 'text', placeholder = ''): string =>
    `<label>${label} <input type="${type}" name="${name}" value="${escapeHtml(form[name] ?? '')}"${placeholder ? ` placeholder="${escapeHtml(placeholder)}"` : ''}></label>`;
  const items = (results ?? []).map((r) => {
    const href = r.type === 'quote' && r.start !== null ? serverLinks.span(r.articleId, r.start) : serverLinks.article(r.articleId);
    const who = r.speaker ? `<span class="speaker">${escapeHtml(r.speaker)}</span> · ` : '';
    return `<li class="hit ${r.type}"><a href="${escapeHtml(href)}">${renderSnippet(r.snippet)}</a>
<div class="meta">${who}${r.type}${r.kind ? ` (${escapeHtml(r.kind)})` : ''} · <span class="outlet">${escapeHtml(r.outlet ?? 'unknown outlet')}</span> · ${escapeHtml(r.published?.slice(0, 10) ?? 'undated')} · ${escapeHtml(truncate(r.title, 90))}</div></li>`;
  });
  const summary =
    results === null
      ? '<p class="empty">Type words to search article text and quotes, or filter by speaker, outlet and dates.</p>'
      : results.length === 0
        ? '<p class="empty">No matches.</p>'
        : `<p class="meta">${results.length} result${results.length === 1 ? '' : 's'}</p><ol class="hits">${items.join('\n')}</ol>`;
  const heading = speakerName && !form.q ? `Quotes by ${escapeHtml(speakerName)}` : 'Search';
  const body = `<h1>${heading}</h1>
<form class="filters" action="/search" method="get" role="search">
${field('q', 'Words', 'search', 'e.g. reopen bridge')}${field('speaker', 'Speaker', 'text', 'name or person id')}${field('outlet', 'Outlet')}${field('from', 'From', 'text', 'YYYY-MM-DD')}${field('to', 'To', 'text', 'YYYY-MM-DD')}
<button type="submit">Search</button></form>
<section class="search-results">${summary}</section>`;
  return renderLayout(form.q ? `Search: ${form.q}` : 'Search', body, form.q ?? '');
}
