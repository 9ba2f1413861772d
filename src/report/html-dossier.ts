/**
 * A dossier as HTML sections, in reading order: header, timeline, speakers, quote cards,
 * copying, coverage matrix, data messages and (optionally) the articles themselves.
 * Used as-is by the one-file report and by the server's story page; the server passes
 * limits so that a very large story stays a readable page.
 */
import type { Dossier } from './dossier.js';
import { escapeHtml, storyAnchor } from './escape.js';
import { indexDossier, rankGroups } from './dossier-view.js';
import { renderArticleSection } from './html-article.js';
import type { Links } from './html-links.js';
import { renderQuoteCards, renderSpeakers } from './html-quotes.js';
import { renderCopies, renderCoverage, renderDossierHeader, renderMessages } from './html-sections.js';
import { renderTimeline } from './html-timeline.js';
import { groupBy } from '../group-by.js';

/** Most items of each kind rendered; unset means all. */
export interface SectionLimits {
  /** Quote groups (cards, speakers, coverage rows), the most carried first. */
  groups?: number;
  /** Copy links, the largest share first. */
  copies?: number;
  /** Events in the timeline list (the axis always shows all). */
  events?: number;
  messages?: number;
  /** Versions listed per quote card. */
  versions?: number;
  /** Outlets listed per version of a quote. */
  versionOutlets?: number;
}

/** Options of `renderDossierSections`. */
export interface DossierSectionOptions {
  links: Links;
  /** Include every article's highlighted text (the report does; the server links to article pages). */
  articles: boolean;
  /** Heading level of the story title (default 2). */
  level?: 1 | 2;
  /** Articles already rendered elsewhere on the page (their anchors exist once). */
  renderedArticles?: Set<string>;
  limits?: SectionLimits;
  /** Where the unabridged dossier is, linked from the notice shown when limits cut something. */
  fullHref?: string;
}

function applyLimits(dossier: Dossier, limits: SectionLimits): { shown: Dossier; cuts: string[] } {
  const cuts: string[] = [];
  const cut = <T>(items: T[], max: number | undefined, noun: string): T[] => {
    if (max === undefined || items.length <= max) return items;
    cuts.push(`${max} of ${items.length} ${noun}`);
    return items.slice(0, max);
  };
  return {
    shown: {
      ...dossier,
      groups: cut(rankGroups(dossier.groups), limits.groups, 'quotes (the most carried)'),
      copies: cut([...dossier.copies].sort((a, b) => b.sharedRatio - a.sharedRatio), limits.copies, 'copy links (the largest)'),
      messages: cut(dossier.messages, limits.messages, 'data messages'),
    },
    cuts,
  };
}

/** Renders one dossier as a `<section class="story">`. */
export function renderDossierSections(dossier: Dossier, options: DossierSectionOptions): string {
  const { links } = options;
  const { shown, cuts } = options.limits ? applyLimits(dossier, options.limits) : { shown: dossier, cuts: [] };
  const eventLimit = options.limits?.events;
  if (eventLimit !== undefined && dossier.timeline.length > eventLimit) cuts.push(`${eventLimit} of ${dossier.timeline.length} timeline events`);
  const notice =
    cuts.length === 0
      ? ''
      : `<p class="notice">This page shows ${cuts.join(', ')}.${options.fullHref ? ` <a href="${escapeHtml(options.fullHref)}">Show everything</a>` : ''}</p>`;
  const index = indexDossier(dossier);
  const parts = [
    renderDossierHeader(dossier, links, options.level ?? 2),
    notice,
    renderTimeline(dossier, links, eventLimit),
    renderSpeakers(shown, links, index),
    renderQuoteCards(shown, links, index, { maxOutlets: options.limits?.versionOutlets, maxVersions: options.limits?.versions }),
    renderCopies(shown, links, index),
    renderCoverage(shown, links, index),
    renderMessages(shown, links, index),
  ];
  if (options.articles) {
    const quotesByArticle = groupBy(dossier.quotes, (q) => q.articleId);
    const occurrencesByArticle = groupBy(dossier.groups.flatMap((g) => g.occurrences), (o) => o.articleId);
    const messagesByArticle = groupBy(dossier.messages, (m) => m.articleId ?? '');
    parts.push(
      `<section class="articles"><h3>Articles</h3>${dossier.articles
        .filter((article) => !options.renderedArticles?.has(article.id))
        .map((article) =>
          renderArticleSection(
            article,
            { quotes: quotesByArticle.get(article.id) ?? [], occurrences: occurrencesByArticle.get(article.id) ?? [] },
            { links, level: 3, storyId: dossier.story.id, messages: messagesByArticle.get(article.id) ?? [] },
          ),
        )
        .join('\n')}</section>`,
    );
  }
  return `<section class="story" id="${escapeHtml(storyAnchor(dossier.story.id))}">\n${parts.filter((p) => p !== '').join('\n')}\n</section>`;
}
