/**
 * The Markdown report: the same sections as the HTML report, in plain Markdown. Article
 * text is escaped so that it can never become Markdown or HTML markup; word differences
 * are shown as **added** and ~~removed~~.
 */
import type { Article, DiffOp, Occurrence, Quote } from '../model.js';
import { alignDiff } from './diff-align.js';
import type { Dossier } from './dossier.js';
import { escapeMarkdown, safeHttpUrl, spanAnchor, articleAnchor, groupAnchor } from './escape.js';
import {
  buildCoverage, dateRange, driftLabel, groupBySpeaker, indexDossier, listOutlets, orderOccurrences, outletOf, REPORTED_LEAD, REPORTED_NOTE, shownWording, speakerName, toDay, truncate,
} from './dossier-view.js';

/**
 * Renders an outlet's version as printed with the diff placed on it (see `alignDiff`):
 * **added**, ~~removed~~; the bare diff when it cannot be aligned.
 */
export function renderMarkdownVersion(o: Pick<Occurrence, 'text' | 'diff'>): string {
  if (o.diff.length === 0) return escapeMarkdown(o.text);
  const pieces = alignDiff(o.text, o.diff);
  if (!pieces) return renderMarkdownDiff(o.diff);
  return pieces
    .map((p) => {
      if (p.type === 'text') return escapeMarkdown(p.text);
      const text = escapeMarkdown(p.text.trim());
      return p.type === 'added' ? `**${text}**` : ` ~~${text}~~ `;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Renders a word-level diff as Markdown: **added**, ~~removed~~, plain for unchanged. */
export function renderMarkdownDiff(ops: DiffOp[]): string {
  return ops
    .filter((o) => o.text.trim() !== '')
    .map((o) => {
      const text = escapeMarkdown(o.text.trim());
      return o.op === 'added' ? `**${text}**` : o.op === 'removed' ? `~~${text}~~` : text;
    })
    .join(' ');
}

function link(text: string, anchor: string): string {
  return `[${text}](#${anchor})`;
}

function renderArticleText(article: Article, quotes: Quote[]): string {
  const spans = quotes
    .flatMap((q) => q.content)
    .filter((s) => s.start >= 0 && s.end <= article.text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const lines: string[] = [''];
  const add = (piece: string, bold: boolean): void => {
    piece.split('\n').forEach((line, i) => {
      if (i > 0) lines.push('');
      if (line === '') return;
      const text = escapeMarkdown(line);
      lines[lines.length - 1] += bold && line.trim() !== '' ? `**${text}**` : text;
    });
  };
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    add(article.text.slice(cursor, span.start), false);
    add(article.text.slice(span.start, span.end), true);
    cursor = span.end;
  }
  add(article.text.slice(cursor), false);
  return lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
}

/** Renders one dossier as Markdown (level-2 story heading). */
export function renderDossierMarkdown(dossier: Dossier): string {
  const index = indexDossier(dossier);
  const range = dateRange(dossier);
  const out: string[] = [];
  out.push(`## ${escapeMarkdown(dossier.story.title)}`, '');
  out.push(`- **People:** ${dossier.people.map((p) => escapeMarkdown(p.name)).join(', ') || 'none identified'}`);
  out.push(`- **Outlets:** ${listOutlets(dossier).map(escapeMarkdown).join(', ') || 'none'}`);
  out.push(`- **Published:** ${range.from ? `${range.from}${range.to && range.to !== range.from ? ` – ${range.to}` : ''}` : 'undated'}`);
  out.push(`- **Articles:** ${dossier.articles.length}; **quotes:** ${dossier.groups.length} utterances in ${dossier.quotes.length} quotes`, '');

  out.push('### Timeline: said vs reported', '');
  const events = [...dossier.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'said' ? -1 : 1));
  if (events.length === 0) out.push('No dated events.');
  for (const e of events) {
    out.push(`- ${e.date}${e.precision === 'day' ? '' : ` (${e.precision})`} — ${e.kind === 'said' ? 'said' : 'reported'}: ${escapeMarkdown(e.label)}`);
  }
  out.push('');

  out.push('### Speakers', '');
  const speakers = groupBySpeaker(dossier, index);
  if (speakers.length === 0) out.push('No attributed quotes.');
  for (const s of speakers) {
    out.push(`- **${escapeMarkdown(s.name)}**`);
    for (const g of s.groups) out.push(`  - ${link(escapeMarkdown(truncate(shownWording(g, index), 90)), groupAnchor(g.id))} (${g.occurrences.length}×${g.canonicalQuoted ? '' : `, ${REPORTED_NOTE}`})`);
  }
  out.push('');

  out.push('### Quotes and how each outlet retold them', '');
  if (dossier.groups.length === 0) out.push('No quote groups.', '');
  for (const s of speakers) {
    for (const g of s.groups) {
      const shown = shownWording(g, index);
      const heading = g.canonicalQuoted ? `“${escapeMarkdown(truncate(shown, 60))}”` : `${escapeMarkdown(truncate(shown, 60))} (${REPORTED_NOTE})`;
      out.push(`#### <a id="${groupAnchor(g.id)}"></a>${escapeMarkdown(speakerName(g, index))}: ${heading}`, '');
      const facts = [g.saidWhen ? `Said ${g.saidWhen.value}` : 'Date said unknown', g.occasion ? `at ${escapeMarkdown(g.occasion)}` : ''];
      // A blockquote is for words someone said; a report's words stand as a plain line.
      const wording = g.canonicalQuoted ? `> ${escapeMarkdown(shown)}` : `${REPORTED_LEAD} ${escapeMarkdown(shown)}`;
      out.push(`${facts.filter((f) => f !== '').join(' ')}.`, '', wording, '');
      out.push('| Outlet | Date | Drift | Flags | Version |', '| --- | --- | --- | --- | --- |');
      for (const o of orderOccurrences(g, index)) {
        const article = index.articles.get(o.articleId);
        const flags = [o.misattributed ? `misattributed to ${escapeMarkdown(index.quotes.get(o.quoteId)?.speaker ?? 'another person')}` : '', o.recycled ? 'recycled' : '', o.negationChanged ? 'negation changed' : '']
          .filter((f) => f !== '')
          .join(', ');
        const version = renderMarkdownVersion(o);
        out.push(`| ${link(escapeMarkdown(outletOf(article)), spanAnchor(o.articleId, o.start))} | ${toDay(article?.published) ?? 'undated'} | ${driftLabel(o.drift)} | ${flags} | ${version} |`);
      }
      out.push('');
    }
  }

  out.push('### Copying', '');
  if (dossier.copies.length === 0) out.push('No copied text found.');
  for (const c of [...dossier.copies].sort((a, b) => b.sharedRatio - a.sharedRatio)) {
    const to = index.articles.get(c.to);
    const from = index.articles.get(c.from);
    out.push(
      `- ${escapeMarkdown(outletOf(to))} (${toDay(to?.published) ?? 'undated'}) reused ${c.kind === 'spun' ? 'reworded' : 'verbatim'} text from ${escapeMarkdown(outletOf(from))} (${toDay(from?.published) ?? 'undated'}): ${Math.round(c.sharedRatio * 100)}% of its wording`,
    );
  }
  out.push('');

  out.push('### Coverage: outlet × quote', '');
  const matrix = buildCoverage(dossier, index);
  if (matrix.groups.length === 0) out.push('No quote groups.');
  else {
    out.push(`| Quote | ${matrix.rows.map((r) => escapeMarkdown(r.outlet)).join(' | ')} |`);
    out.push(`| --- | ${matrix.rows.map(() => '---').join(' | ')} |`);
    matrix.groups.forEach((g, i) => {
      const cells = matrix.rows.map(({ cells: row }) => {
        const c = row[i];
        return c.status === 'altered' ? `altered (${[...new Set(c.drifts)].map(driftLabel).join(', ')})` : c.status;
      });
      out.push(`| ${link(`${escapeMarkdown(speakerName(g, index))}: ${escapeMarkdown(truncate(shownWording(g, index), 50))}`, groupAnchor(g.id))} | ${cells.join(' | ')} |`);
    });
  }
  out.push('');

  if (dossier.messages.length > 0) {
    out.push('### Data messages', '');
    for (const m of dossier.messages) out.push(`- ${escapeMarkdown(m.severity)} ${escapeMarkdown(m.rule)}: ${escapeMarkdown(m.message)}`);
    out.push('');
  }

  out.push('### Articles', '');
  const quotesByArticle = new Map<string, Quote[]>();
  for (const q of dossier.quotes) {
    const list = quotesByArticle.get(q.articleId);
    if (list) list.push(q);
    else quotesByArticle.set(q.articleId, [q]);
  }
  for (const article of dossier.articles) {
    const url = safeHttpUrl(article.url);
    out.push(`#### <a id="${articleAnchor(article.id)}"></a>${escapeMarkdown(article.title)}`, '');
    out.push(`${escapeMarkdown(outletOf(article))} · ${toDay(article.published) ?? 'undated'}${url ? ` · <${url.replace(/[<>\s]/g, encodeURIComponent)}>` : article.url ? ` · ${escapeMarkdown(article.url)}` : ''}`, '');
    const quotes = quotesByArticle.get(article.id) ?? [];
    const anchors = [...new Set(quotes.map((q) => Math.min(...q.content.map((c) => c.start))).filter(Number.isFinite))]
      .map((start) => `<a id="${spanAnchor(article.id, start)}"></a>`)
      .join('');
    if (anchors !== '') out.push(anchors, '');
    out.push(renderArticleText(article, quotes), '');
  }
  return out.join('\n');
}

/**
 * Renders dossiers as one Markdown document.
 *
 * @example
 *   await writeFile('report.md', renderMarkdown(dossiers));
 */
export function renderMarkdown(dossiers: Dossier[]): string {
  const head = `# Retold report\n\n${dossiers.length === 0 ? 'No stories.\n' : ''}`;
  return `${head}${dossiers.map(renderDossierMarkdown).join('\n')}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
