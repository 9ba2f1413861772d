/**
 * The story pages: the story list (search box, sort by recency or size) and a story's
 * dossier, built from the same components as the HTML report.
 */
import { escapeHtml, outletOf, renderDossierSections, toDay, type Dossier, type SectionLimits } from '../report/index.js';
import { renderLayout } from './layout.js';
import { serverLinks } from './links.js';
import type { StorySort } from './params.js';
import { formatRange, type StorySummary } from './story-list.js';

/** Renders the home page: the list of stories. */
export function renderStoriesPage(stories: StorySummary[], options: { query?: string; sort: StorySort }): string {
  const query = options.query ?? '';
  const sortLink = (sort: StorySort, label: string): string =>
    sort === options.sort
      ? `<strong aria-current="true">${label}</strong>`
      : `<a href="/?${new URLSearchParams({ ...(query ? { q: query } : {}), sort }).toString().replace(/&/g, '&amp;')}">${label}</a>`;
  const items = stories.map(
    (s) => `<li class="story-item"><h2><a href="${escapeHtml(serverLinks.story(s.id))}">${escapeHtml(s.title)}</a></h2>
<p class="meta">${escapeHtml(formatRange(s))} · ${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${s.quoteGroupCount} quote${s.quoteGroupCount === 1 ? '' : 's'}</p>
<p>${s.people.length > 0 ? `People: ${s.people.map((p) => `<a class="person" href="${escapeHtml(serverLinks.speaker(p.id) ?? '')}">${escapeHtml(p.name)}</a>`).join(', ')}` : '<span class="empty">No people identified</span>'}</p>
<p>Outlets: ${s.outlets.map((o) => `<span class="outlet">${escapeHtml(o)}</span>`).join(', ') || '<span class="empty">none</span>'}</p></li>`,
  );
  const body = `<h1>Stories</h1>
<form class="filters" action="/" method="get" role="search">
<label>Find a story <input type="search" name="q" value="${escapeHtml(query)}" placeholder="title, person or outlet"></label>
<input type="hidden" name="sort" value="${escapeHtml(options.sort)}"><button type="submit">Filter</button></form>
<p class="sort">Sort by: ${sortLink('recent', 'most recent')} · ${sortLink('size', 'most articles')}</p>
${items.length === 0 ? `<p class="empty">${query ? `No story matches “${escapeHtml(query)}”.` : 'No stories yet. Run <code>retold analyze</code> first.'}</p>` : `<ol class="story-list">${items.join('\n')}</ol>`}`;
  return renderLayout('Stories', body);
}

/** What the story page shows of a large story unless `?full=1` is asked for. */
export const STORY_PAGE_LIMITS: SectionLimits = { groups: 60, copies: 100, events: 300, messages: 50, versions: 15, versionOutlets: 12 };

/**
 * Renders a story's dossier page, with a list of its articles linking to the article views.
 *
 * @param full Render every quote, copy, event and message (default: `STORY_PAGE_LIMITS`).
 */
export function renderStoryPage(dossier: Dossier, full = false): string {
  const articles = dossier.articles.map((a) => {
    const count = dossier.quotes.filter((q) => q.articleId === a.id).length;
    const day = toDay(a.published);
    return `<li><a href="${escapeHtml(serverLinks.article(a.id))}"><span class="outlet">${escapeHtml(outletOf(a))}</span>: ${escapeHtml(a.title)}</a> <span class="meta">${
      day ? escapeHtml(day) : 'undated'
    } · ${count} quote${count === 1 ? '' : 's'}</span></li>`;
  });
  const body = `${renderDossierSections(dossier, {
    links: serverLinks,
    articles: false,
    level: 1,
    limits: full ? undefined : STORY_PAGE_LIMITS,
    fullHref: `${serverLinks.story(dossier.story.id)}?full=1`,
  })}
<section class="article-index"><h3>Articles</h3><ol>${articles.join('\n')}</ol></section>`;
  return renderLayout(dossier.story.title, body);
}
