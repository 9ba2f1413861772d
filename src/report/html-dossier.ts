/**
 * A dossier as HTML sections, in reading order: header, timeline, speakers, quote cards,
 * copying, coverage matrix, data messages and (optionally) the articles themselves.
 * Used as-is by the one-file report and by the server's story page.
 */
import type { Dossier } from './dossier.js';
import { escapeHtml, storyAnchor } from './escape.js';
import { indexDossier } from './dossier-view.js';
import { renderArticleSection } from './html-article.js';
import type { Links } from './html-links.js';
import { renderQuoteCards, renderSpeakers } from './html-quotes.js';
import { renderCopies, renderCoverage, renderDossierHeader, renderMessages } from './html-sections.js';
import { renderTimeline } from './html-timeline.js';

/** Options of `renderDossierSections`. */
export interface DossierSectionOptions {
  links: Links;
  /** Include every article's highlighted text (the report does; the server links to article pages). */
  articles: boolean;
  /** Heading level of the story title (default 2). */
  level?: 1 | 2;
  /** Articles already rendered elsewhere on the page (their anchors exist once). */
  renderedArticles?: Set<string>;
}

/** Renders one dossier as a `<section class="story">`. */
export function renderDossierSections(dossier: Dossier, options: DossierSectionOptions): string {
  const { links } = options;
  const index = indexDossier(dossier);
  const parts = [
    renderDossierHeader(dossier, links, options.level ?? 2),
    renderTimeline(dossier, links),
    renderSpeakers(dossier, links, index),
    renderQuoteCards(dossier, links, index),
    renderCopies(dossier, links, index),
    renderCoverage(dossier, links, index),
    renderMessages(dossier, links, index),
  ];
  if (options.articles) {
    parts.push(
      `<section class="articles"><h3>Articles</h3>${dossier.articles
        .filter((article) => !options.renderedArticles?.has(article.id))
        .map((article) =>
          renderArticleSection(
            article,
            {
              quotes: dossier.quotes.filter((q) => q.articleId === article.id),
              occurrences: dossier.groups.flatMap((g) => g.occurrences.filter((o) => o.articleId === article.id)),
            },
            { links, level: 3, storyId: dossier.story.id, messages: dossier.messages.filter((m) => m.articleId === article.id) },
          ),
        )
        .join('\n')}</section>`,
    );
  }
  return `<section class="story" id="${escapeHtml(storyAnchor(dossier.story.id))}">\n${parts.filter((p) => p !== '').join('\n')}\n</section>`;
}
