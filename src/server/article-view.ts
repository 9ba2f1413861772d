/**
 * The article view: one article's cleaned text with quotes, speakers and dates highlighted,
 * every quote an anchor (`#a-{articleId}-{start}`) that scrolls to and highlights its span.
 */
import type { Analysis, Article, Message, Occurrence, Quote, Story } from '../model.js';
import { escapeHtml, renderArticleSection, spanAnchor, truncate } from '../report/index.js';
import type { Store } from '../store/store.js';
import { renderLayout } from './layout.js';
import { serverLinks } from './links.js';

/** Everything shown for one article (also the body of `GET /api/articles/:id`). */
export interface ArticleView {
  article: Article;
  quotes: Quote[];
  analysis: Analysis | null;
  messages: Message[];
  /** Stories the article belongs to. */
  stories: Story[];
  /** Quote-group occurrences in this article, with their drift. */
  occurrences: Occurrence[];
}

/** Loads an article's view, or null when no article has that id. */
export async function loadArticleView(store: Store, id: string): Promise<ArticleView | null> {
  const [article] = await store.getArticles([id]);
  if (!article) return null;
  const [quotes, analyses, messages, allStories] = await Promise.all([
    store.getQuotes([id]),
    store.getAnalyses([id]),
    store.getMessages(id),
    store.listStories(),
  ]);
  const stories = allStories.filter((s) => s.articleIds.includes(id));
  const results = await Promise.all(stories.map((s) => store.getStoryResults(s.id)));
  const occurrences = results.flatMap((r) => r?.groups ?? []).flatMap((g) => g.occurrences.filter((o) => o.articleId === id));
  const firstStart = (q: Quote): number => Math.min(...q.content.map((s) => s.start), Infinity);
  return {
    article,
    quotes: [...quotes].sort((a, b) => firstStart(a) - firstStart(b)),
    analysis: analyses[0] ?? null,
    messages,
    stories,
    occurrences,
  };
}

/** Renders the article page: highlighted text and a list of its quotes linking to their spans. */
export function renderArticlePage(view: ArticleView): string {
  const { article } = view;
  const text = (q: Quote): string => q.content.map((s) => article.text.slice(s.start, s.end)).join(' … ');
  const drift = new Map(view.occurrences.map((o) => [o.quoteId, o.drift]));
  const quoteItems = view.quotes
    .filter((q) => q.content.length > 0)
    .map((q) => {
      const start = Math.min(...q.content.map((s) => s.start));
      return `<li><a href="#${escapeHtml(spanAnchor(article.id, start))}">${escapeHtml(truncate(text(q), 120))}</a> <span class="speaker">${escapeHtml(q.speaker ?? 'unknown speaker')}</span> <span class="kind">${escapeHtml(q.kind)}</span>${
        drift.has(q.id) ? ` <span class="drift drift-${escapeHtml(String(drift.get(q.id)))}">${escapeHtml(String(drift.get(q.id)).replace(/-/g, ' '))}</span>` : ''
      }</li>`;
    });
  const stories = view.stories.map((s) => `<a href="${escapeHtml(serverLinks.story(s.id))}">${escapeHtml(s.title)}</a>`).join(', ');
  const body = `${stories ? `<p class="meta">Story: ${stories}</p>` : ''}
${renderArticleSection(article, { quotes: view.quotes, analysis: view.analysis, occurrences: view.occurrences }, { links: serverLinks, level: 2, messages: view.messages })}
<section class="article-quotes"><h3>Quotes in this article</h3>${quoteItems.length > 0 ? `<ol>${quoteItems.join('\n')}</ol>` : '<p class="empty">No quotes found.</p>'}</section>`;
  return renderLayout(article.title, body);
}
