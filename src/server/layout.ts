/**
 * The page frame of the web UI: navigation bar with a search box, the shared stylesheet
 * from `/assets`, and the error page.
 */
import { escapeHtml, renderPage } from '../report/index.js';
import { STYLESHEET_PATH } from './links.js';

/** Renders a full page of the web UI around `body`. */
export function renderLayout(title: string, body: string, query = ''): string {
  const header = `<nav class="topbar" aria-label="Main">
<a href="/">Retold</a><a href="/">Stories</a><a href="/search">Search</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${escapeHtml(query)}" placeholder="Search quotes and articles" aria-label="Search quotes and articles"><button type="submit">Search</button></form>
</nav>`;
  return renderPage({ title: `${title} · Retold`, body, header, style: { href: STYLESHEET_PATH } });
}

/** Renders the HTML error page for a status and message. */
export function renderErrorPage(status: number, message: string): string {
  const heading = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Something went wrong';
  return renderLayout(heading, `<section class="error-page"><h1>${status} · ${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to the stories</a></p></section>`);
}
