/**
 * The smaller dossier sections: header (people, outlets, dates), copy list (who copied
 * whom, when, how much), coverage matrix (outlet × quote group) and data messages.
 */
import type { Dossier } from './dossier.js';
import { escapeHtml } from './escape.js';
import { buildCoverage, dateRange, driftLabel, indexDossier, listOutlets, outletOf, shownWording, speakerName, toDay, truncate, type DossierIndex } from './dossier-view.js';
import type { Links } from './html-links.js';

/** Renders the dossier header: title, people, outlets, date range and counts. */
export function renderDossierHeader(dossier: Dossier, links: Links, level: 1 | 2 = 2): string {
  const range = dateRange(dossier);
  const people =
    dossier.people.length === 0
      ? '<span class="empty">none identified</span>'
      : dossier.people
          .map((p) => {
            const href = links.speaker(p.id);
            const name = escapeHtml(p.name);
            return href ? `<a class="person" href="${escapeHtml(href)}">${name}</a>` : `<span class="person">${name}</span>`;
          })
          .join(', ');
  const outlets = listOutlets(dossier).map((o) => `<span class="outlet">${escapeHtml(o)}</span>`).join(', ');
  const dates = range.from ? `${escapeHtml(range.from)}${range.to && range.to !== range.from ? ` – ${escapeHtml(range.to)}` : ''}` : 'undated';
  return `<header class="dossier-header">
<h${level}><a href="${escapeHtml(links.story(dossier.story.id))}">${escapeHtml(dossier.story.title)}</a></h${level}>
<dl class="facts">
<dt>People</dt><dd>${people}</dd>
<dt>Outlets</dt><dd>${outlets || '<span class="empty">none</span>'}</dd>
<dt>Published</dt><dd>${dates}</dd>
<dt>Articles</dt><dd>${dossier.articles.length}</dd>
<dt>Quotes</dt><dd>${dossier.groups.length} utterance${dossier.groups.length === 1 ? '' : 's'} in ${dossier.quotes.length} quote${dossier.quotes.length === 1 ? '' : 's'}</dd>
</dl></header>`;
}

function articleLabel(id: string, index: DossierIndex, links: Links): string {
  const article = index.articles.get(id);
  const day = toDay(article?.published);
  return `<a href="${escapeHtml(links.article(id))}"><span class="outlet">${escapeHtml(outletOf(article))}</span></a>${
    day ? ` (<time datetime="${escapeHtml(day)}">${escapeHtml(day)}</time>)` : ''
  } <span class="title">${escapeHtml(truncate(article?.title ?? id, 80))}</span>`;
}

/** Renders who copied whom: copier, source, dates and share of reused text. */
export function renderCopies(dossier: Dossier, links: Links, index = indexDossier(dossier)): string {
  if (dossier.copies.length === 0) return '<section class="copies"><h3>Copying</h3><p class="empty">No copied text found.</p></section>';
  const items = [...dossier.copies]
    .sort((a, b) => b.sharedRatio - a.sharedRatio)
    .map((c) => {
      const percent = Math.round(c.sharedRatio * 100);
      return `<li class="copy ${escapeHtml(c.kind)}">${articleLabel(c.to, index, links)} <span class="verb">reused ${
        c.kind === 'spun' ? 'reworded' : 'verbatim'
      } text from</span> ${articleLabel(c.from, index, links)} <meter min="0" max="1" value="${c.sharedRatio}" title="${percent}%"></meter> <strong>${percent}%</strong> of its wording</li>`;
    });
  return `<section class="copies"><h3>Copying</h3><ol class="copy-list">${items.join('\n')}</ol></section>`;
}

/** Rows of the coverage matrix shown before the rest are folded away. */
const COVERAGE_ROWS_SHOWN = 25;

/**
 * Renders the coverage matrix: one row per utterance (most carried first), one column per
 * outlet; each cell says exact, altered (with the drift) or absent and links to the span.
 * Utterances are rows because a story has few outlets and many quotes.
 */
export function renderCoverage(dossier: Dossier, links: Links, index = indexDossier(dossier)): string {
  const matrix = buildCoverage(dossier, index);
  if (matrix.groups.length === 0) return '<section class="coverage"><h3>Coverage</h3><p class="empty">No quote groups.</p></section>';
  const head = `<thead><tr><th scope="col">Quote</th>${matrix.rows.map((r) => `<th scope="col">${escapeHtml(r.outlet)}</th>`).join('')}</tr></thead>`;
  const rows = matrix.groups.map((g, i) => {
    const cells = matrix.rows.map((row) => {
      const cell = row.cells[i];
      if (!cell.occurrence) return '<td class="cov absent">absent</td>';
      const label = cell.status === 'exact' ? 'exact' : [...new Set(cell.drifts)].map(driftLabel).join(', ');
      return `<td class="cov ${cell.status}"><a href="${escapeHtml(links.span(cell.occurrence.articleId, cell.occurrence.start))}">${escapeHtml(label)}</a></td>`;
    });
    const shown = shownWording(g, index);
    return `<tr><th scope="row"><a href="${escapeHtml(links.group(g.id))}" title="${escapeHtml(shown)}">${escapeHtml(speakerName(g, index))}: ${escapeHtml(truncate(shown, 60))}</a></th>${cells.join('')}</tr>`;
  });
  const table = (body: string[]): string => `<div class="table-wrap"><table class="coverage-matrix">${head}<tbody>${body.join('\n')}</tbody></table></div>`;
  const rest = rows.slice(COVERAGE_ROWS_SHOWN);
  return `<section class="coverage"><h3>Coverage: outlet × quote</h3>${table(rows.slice(0, COVERAGE_ROWS_SHOWN))}${
    rest.length > 0 ? `<details><summary>${rest.length} more quote${rest.length === 1 ? '' : 's'}</summary>${table(rest)}</details>` : ''
  }</section>`;
}

/** Messages shown before the rest are folded away. */
const MESSAGES_SHOWN = 8;

/** Renders the data messages of the story's articles. */
export function renderMessages(dossier: Dossier, links: Links, index = indexDossier(dossier)): string {
  if (dossier.messages.length === 0) return '';
  const items = dossier.messages.map(
    (m) => `<li class="message ${escapeHtml(m.severity)}"><code>${escapeHtml(m.rule)}</code> ${escapeHtml(m.message)}${
      m.articleId ? ` <a href="${escapeHtml(links.article(m.articleId))}">${escapeHtml(outletOf(index.articles.get(m.articleId)))}</a>` : ''
    }</li>`,
  );
  const rest = items.slice(MESSAGES_SHOWN);
  return `<section class="messages"><h3>Data messages</h3><ul>${items.slice(0, MESSAGES_SHOWN).join('\n')}</ul>${
    rest.length > 0 ? `<details><summary>${rest.length} more</summary><ul>${rest.join('\n')}</ul></details>` : ''
  }</section>`;
}
