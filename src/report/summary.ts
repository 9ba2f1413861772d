/**
 * The console summary printed by the CLI: stories, speakers, the most carried quotes with
 * each outlet's variant, copying, and where the full report was written. Plain text;
 * article-derived text has its control characters removed so it cannot drive the terminal.
 */
import type { Occurrence } from '../model.js';
import type { Dossier } from './dossier.js';
import { toPlainLine } from './escape.js';
import { dateRange, driftLabel, groupBySpeaker, indexDossier, listOutlets, orderOccurrences, outletOf, rankGroups, REPORTED_NOTE, shownWording, speakerName, truncate } from './dossier-view.js';

/** Speakers named per story; the rest are counted. */
const SPEAKERS_SHOWN = 8;

/** Options of `renderSummary`. */
export interface SummaryOptions {
  /** Where the full report was written, if anywhere. */
  reportPath?: string | null;
  /** Where the `analyze --json` output was written, if anywhere. */
  jsonPath?: string | null;
  /** Quote groups shown per story (default 3). */
  topGroups?: number;
  /** Variants shown per quote group (default 6). */
  maxVariants?: number;
  /** Longest line of quoted text, in characters (default 100). */
  width?: number;
}

/**
 * Renders a short plain-text dossier for the console.
 *
 * @example
 *   console.log(renderSummary(dossiers, { reportPath: 'retold-report.html' }));
 */
export function renderSummary(dossiers: Dossier[], options: SummaryOptions = {}): string {
  const topGroups = options.topGroups ?? 3;
  const maxVariants = options.maxVariants ?? 6;
  const width = options.width ?? 100;
  const text = (value: string | null | undefined, max = width): string => truncate(toPlainLine(value), max);
  const articleCount = new Set(dossiers.flatMap((d) => d.articles.map((a) => a.id))).size;
  const people = new Set(dossiers.flatMap((d) => d.people.map((p) => p.id))).size;
  const lines = [
    `Retold: ${dossiers.length} stor${dossiers.length === 1 ? 'y' : 'ies'}, ${articleCount} article${articleCount === 1 ? '' : 's'}, ${people} ${people === 1 ? 'person' : 'people'} quoted`,
  ];
  for (const d of dossiers) {
    const index = indexDossier(d);
    const range = dateRange(d);
    const outlets = listOutlets(d);
    lines.push(
      '',
      `${text(d.story.title)} — ${d.articles.length} article${d.articles.length === 1 ? '' : 's'}, ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}, ${
        range.from ? `${range.from}${range.to && range.to !== range.from ? ` – ${range.to}` : ''}` : 'undated'
      }`,
    );
    const speakers = groupBySpeaker(d, index);
    if (speakers.length > 0) {
      const named = speakers.slice(0, SPEAKERS_SHOWN).map((s) => `${text(s.name, 60)} (${s.groups.length} quote${s.groups.length === 1 ? '' : 's'})`);
      if (speakers.length > SPEAKERS_SHOWN) named.push(`${speakers.length - SPEAKERS_SHOWN} more`);
      lines.push(`  Speakers: ${named.join(', ')}`);
    }
    for (const g of rankGroups(d.groups).slice(0, topGroups)) {
      const facts = [g.saidWhen ? `said ${g.saidWhen.value}` : '', g.occasion ? `at ${text(g.occasion, 60)}` : ''].filter((f) => f !== '');
      lines.push(`  ${text(speakerName(g, index), 60)}${facts.length > 0 ? `, ${facts.join(' ')}` : ''}:`, g.canonicalQuoted ? `    “${text(g.canonical)}”` : `    (${REPORTED_NOTE}) ${text(shownWording(g, index))}`);
      const occurrences = orderOccurrences(g, index);
      for (const o of mostTelling(occurrences, maxVariants)) {
        const flags = [o.misattributed ? 'misattributed' : '', o.recycled ? 'recycled' : '', o.negationChanged ? 'negation changed' : ''].filter((f) => f !== '');
        lines.push(`      ${text(outletOf(index.articles.get(o.articleId)), 40)}: ${driftLabel(o.drift)}${flags.length > 0 ? ` [${flags.join(', ')}]` : ''}: ${text(o.text)}`);
      }
      if (occurrences.length > maxVariants) lines.push(`      … and ${occurrences.length - maxVariants} more`);
    }
    for (const c of [...d.copies].sort((a, b) => b.sharedRatio - a.sharedRatio).slice(0, 3)) {
      lines.push(
        `  Copying: ${text(outletOf(index.articles.get(c.to)), 40)} reused ${Math.round(c.sharedRatio * 100)}% ${c.kind === 'spun' ? 'reworded' : 'verbatim'} from ${text(outletOf(index.articles.get(c.from)), 40)}`,
      );
    }
  }
  if (options.reportPath || options.jsonPath) lines.push('');
  if (options.reportPath) lines.push(`Full report: ${toPlainLine(options.reportPath)}`);
  if (options.jsonPath) lines.push(`JSON: ${toPlainLine(options.jsonPath)}`);
  return `${lines.join('\n')}\n`;
}

/** Whether an occurrence carries a flag a reader must not miss. */
function flagged(o: Occurrence): boolean {
  return o.misattributed || o.recycled || o.negationChanged;
}

/**
 * Up to `max` occurrences in their order, flagged ones first to be kept (`… and 3 more`
 * must not hide the rendering that turns the words around).
 */
function mostTelling(occurrences: Occurrence[], max: number): Occurrence[] {
  if (occurrences.length <= max) return occurrences;
  const keep = new Set(occurrences.filter(flagged).slice(0, max));
  for (const o of occurrences) if (keep.size < max) keep.add(o);
  return occurrences.filter((o) => keep.has(o));
}
