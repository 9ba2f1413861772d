/**
 * The one-file HTML report: every dossier with its articles, a stylesheet inlined under a
 * strict meta CSP, no scripts and no external resources. Links between quote cards and
 * article spans are in-page anchors, highlighted with `:target`.
 */
import type { Dossier } from './dossier.js';
import { escapeHtml } from './escape.js';
import { renderDossierSections } from './html-dossier.js';
import { reportLinks } from './html-links.js';
import { renderPage } from './html-page.js';

/** Options of `renderHtml`. */
export interface HtmlReportOptions {
  /** Document title (default `Retold report`). */
  title?: string;
  /** When the report was made, shown as given (pass it in; rendering reads no clock). */
  generatedAt?: string;
}

// An article in two stories is rendered once, so that every span anchor is unique.
function renderAll(dossiers: Dossier[]): string {
  const rendered = new Set<string>();
  return dossiers
    .map((d) => {
      const html = renderDossierSections(d, { links: reportLinks, articles: true, renderedArticles: new Set(rendered) });
      for (const a of d.articles) rendered.add(a.id);
      return html;
    })
    .join('\n');
}

/**
 * Renders dossiers as one self-contained HTML document.
 *
 * @example
 *   await writeFile('report.html', renderHtml(dossiers, { generatedAt: new Date().toISOString() }));
 */
export function renderHtml(dossiers: Dossier[], options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'Retold report';
  const toc =
    dossiers.length > 1
      ? `<nav class="toc-nav"><h2>Stories</h2><ol class="toc">${dossiers
          .map((d) => `<li><a href="${escapeHtml(reportLinks.story(d.story.id))}">${escapeHtml(d.story.title)}</a> (${d.articles.length})</li>`)
          .join('')}</ol></nav>`
      : '';
  const body = `<h1>${escapeHtml(title)}</h1>
${options.generatedAt ? `<p class="meta">Generated ${escapeHtml(options.generatedAt)} · ${dossiers.length} stor${dossiers.length === 1 ? 'y' : 'ies'}</p>` : ''}
${toc}
${dossiers.length === 0 ? '<p class="empty">No stories.</p>' : renderAll(dossiers)}`;
  return renderPage({ title, body, style: { inline: true } });
}
