/**
 * The report stage: gathers dossiers and the corpus from a Store and renders them as the
 * stable `analyze --json` schema, Markdown, a self-contained HTML file and a console
 * summary. The HTML components are shared with the web server (`src/server`).
 */
export { loadDossier, sortArticles, type Dossier } from './dossier.js';
export * from './analyze-json.js';
export { renderHtml, type HtmlReportOptions } from './html.js';
export { renderMarkdown, renderDossierMarkdown } from './markdown.js';
export { renderSummary, type SummaryOptions } from './summary.js';
export * from './escape.js';
export * from './dossier-view.js';
export { reportLinks, type Links } from './html-links.js';
export { renderPage, stylesheetHash, type PageOptions, type PageStyle } from './html-page.js';
export { STYLESHEET } from './styles.js';
export { renderDossierSections, type DossierSectionOptions, type SectionLimits } from './html-dossier.js';
export { renderArticleSection, renderHighlightedText, articleHighlights, type ArticleAnnotations, type ArticleSectionOptions, type Highlight } from './html-article.js';
export { groupVersions, renderDiff, renderOccurrence, renderQuoteCard, renderQuoteCards, renderSpeakers, renderVersion, type QuoteCardOptions } from './html-quotes.js';
export { renderCopies, renderCoverage, renderDossierHeader, renderMessages } from './html-sections.js';
export { renderTimeline, renderTimelineSvg, dateToTime } from './html-timeline.js';
