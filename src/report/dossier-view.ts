/**
 * Derived views of a dossier shared by every renderer (HTML, Markdown, console, web
 * pages): outlet names, date ranges, speakers with their groups, the coverage matrix.
 * Pure functions of the dossier; no formatting here.
 */
import type { Article, Drift, Occurrence, Quote, QuoteGroup } from '../model.js';
import type { Dossier } from './dossier.js';
import { wordingWithCue } from '../coverage/cue-lead.js';

/** Label used when an article has neither an outlet nor a parseable URL. */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** The outlet an article is credited to: its outlet, else its URL's host, else a placeholder. */
export function outletOf(article: Article | undefined): string {
  if (!article) return UNKNOWN_OUTLET;
  if (article.outlet && article.outlet.trim() !== '') return article.outlet.trim();
  if (article.url) {
    try {
      return new URL(article.url).hostname || UNKNOWN_OUTLET;
    } catch {
      return UNKNOWN_OUTLET;
    }
  }
  return UNKNOWN_OUTLET;
}

/** Distinct outlets of a dossier's articles, alphabetically. */
export function listOutlets(dossier: Dossier): string[] {
  return [...new Set(dossier.articles.map(outletOf))].sort((a, b) => a.localeCompare(b));
}

/** The `YYYY-MM-DD` part of an ISO date or date-time, or null. */
export function toDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(iso);
  return match ? match[0] : null;
}

/** First and last publication day of the story (from the story, else from its articles). */
export function dateRange(dossier: Dossier): { from: string | null; to: string | null } {
  const days = dossier.articles.map((a) => toDay(a.published)).filter((d): d is string => d !== null).sort();
  return {
    from: toDay(dossier.story.firstPublished) ?? days[0] ?? null,
    to: toDay(dossier.story.lastPublished) ?? days[days.length - 1] ?? null,
  };
}

/** Lookup tables over a dossier. */
export interface DossierIndex {
  articles: Map<string, Article>;
  personNames: Map<string, string>;
  /** The dossier's quotes by id (the speaker each credits, the cue it reports with). */
  quotes: Map<string, Quote>;
  /** Position of each article in the dossier's (publication) order. */
  articleOrder: Map<string, number>;
}

/** Builds id lookups for a dossier. */
export function indexDossier(dossier: Dossier): DossierIndex {
  return {
    articles: new Map(dossier.articles.map((a) => [a.id, a])),
    personNames: new Map(dossier.people.map((p) => [p.id, p.name])),
    quotes: new Map(dossier.quotes.map((q) => [q.id, q])),
    articleOrder: new Map(dossier.articles.map((a, i) => [a.id, i])),
  };
}

/** The display name of a group's speaker. */
export function speakerName(group: QuoteGroup, index: DossierIndex): string {
  return group.speakerName ?? (group.speaker ? index.personNames.get(group.speaker) : undefined) ?? 'Unknown speaker';
}

/**
 * How views mark a group whose canonical wording is a report's (nobody quoted the
 * utterance): they show it without quotation marks and with this note, so that a reporter's
 * paraphrase never reads as the speaker's own words.
 */
export const REPORTED_NOTE = 'reported, not quoted';

/** What a dossier card says before such a canonical wording, in place of a blockquote. */
export const REPORTED_LEAD = 'Nobody quoted this; the most complete report:';

/** A group's canonical wording, a report's led by its cue (see `wordingWithCue`). */
export function shownWording(group: QuoteGroup, index: DossierIndex): string {
  return wordingWithCue(group, { text: (id) => index.articles.get(id)?.text, cue: (id) => index.quotes.get(id)?.cue });
}

/** Groups ranked by how widely they were carried (occurrences), then by id. */
export function rankGroups(groups: QuoteGroup[]): QuoteGroup[] {
  return [...groups].sort((a, b) => b.occurrences.length - a.occurrences.length || (a.id < b.id ? -1 : 1));
}

/** A speaker and the quote groups credited to them. */
export interface SpeakerGroups {
  personId: string | null;
  name: string;
  groups: QuoteGroup[];
}

/** Speakers with their groups, the most quoted first; unknown speakers last. */
export function groupBySpeaker(dossier: Dossier, index: DossierIndex): SpeakerGroups[] {
  const bySpeaker = new Map<string, SpeakerGroups>();
  for (const group of rankGroups(dossier.groups)) {
    const key = group.speaker ?? `name:${group.speakerName ?? ''}`;
    let entry = bySpeaker.get(key);
    if (!entry) {
      entry = { personId: group.speaker, name: speakerName(group, index), groups: [] };
      bySpeaker.set(key, entry);
    }
    entry.groups.push(group);
  }
  const count = (s: SpeakerGroups): number => s.groups.reduce((n, g) => n + g.occurrences.length, 0);
  return [...bySpeaker.values()].sort(
    (a, b) => Number(a.personId === null) - Number(b.personId === null) || count(b) - count(a) || a.name.localeCompare(b.name),
  );
}

/** How an outlet carried a quote group. */
export type CoverageStatus = 'exact' | 'altered' | 'absent';

/** One cell of the coverage matrix. */
export interface CoverageCell {
  groupId: string;
  status: CoverageStatus;
  /** Drifts of the outlet's occurrences, in occurrence order. */
  drifts: Drift[];
  /** The occurrence to link to: the exact one if any, else the first. */
  occurrence: Occurrence | null;
}

/** The coverage matrix: one row per outlet, one cell per quote group (in `groups` order). */
export interface CoverageMatrix {
  groups: QuoteGroup[];
  rows: { outlet: string; cells: CoverageCell[] }[];
}

/** Builds the outlet × quote group matrix: exact, altered (any other drift) or absent. */
export function buildCoverage(dossier: Dossier, index: DossierIndex): CoverageMatrix {
  const groups = rankGroups(dossier.groups);
  const rows = listOutlets(dossier).map((outlet) => ({
    outlet,
    cells: groups.map((group): CoverageCell => {
      const mine = group.occurrences.filter((o) => outletOf(index.articles.get(o.articleId)) === outlet);
      const exact = mine.find((o) => o.drift === 'exact');
      return {
        groupId: group.id,
        status: mine.length === 0 ? 'absent' : exact ? 'exact' : 'altered',
        drifts: mine.map((o) => o.drift),
        occurrence: exact ?? mine[0] ?? null,
      };
    }),
  }));
  return { groups, rows };
}

/** Human label of a drift. */
export function driftLabel(drift: Drift): string {
  return drift.replace(/-/g, ' ');
}

/** Occurrences of a group ordered by the article's publication (the dossier's article order). */
export function orderOccurrences(group: QuoteGroup, index: DossierIndex): Occurrence[] {
  const order = index.articleOrder;
  return [...group.occurrences].sort(
    (a, b) => (order.get(a.articleId) ?? Infinity) - (order.get(b.articleId) ?? Infinity) || a.start - b.start,
  );
}

/** Shortens text to at most `max` characters on a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
