/**
 * The timeline: when things were said (above the axis) versus when outlets reported them
 * (below), as an inline SVG axis plus an ordered list with the same events for reading
 * and screen readers. Positions come from the dates alone, so the output is stable.
 */
import type { DatePrecision, TimelineEvent } from '../model.js';
import type { Dossier } from './dossier.js';
import { escapeHtml } from './escape.js';
import type { Links } from './html-links.js';

const WIDTH = 880;
const HEIGHT = 170;
const MARGIN = 40;
const AXIS_Y = 90;
const DAY_MS = 86_400_000;

/** The first instant of a `YYYY[-MM[-DD]]` date, in ms since the epoch (UTC), or null. */
export function dateToTime(value: string): number | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
  return Number.isNaN(time) ? null : time;
}

function dateText(date: string, precision: DatePrecision): string {
  return precision === 'day' ? date : `${date} (${precision})`;
}

function eventHref(event: TimelineEvent, links: Links): string | null {
  if (event.quoteGroupId) return links.group(event.quoteGroupId);
  if (event.articleId) return links.article(event.articleId);
  return null;
}

function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === b.kind ? 0 : a.kind === 'said' ? -1 : 1));
}

/** Renders the SVG axis of a story's timeline. */
export function renderTimelineSvg(events: TimelineEvent[], links: Links): string {
  const placed = events.map((e) => ({ e, t: dateToTime(e.date) })).filter((x): x is { e: TimelineEvent; t: number } => x.t !== null);
  if (placed.length === 0) return '';
  let min = Math.min(...placed.map((p) => p.t));
  let max = Math.max(...placed.map((p) => p.t));
  if (min === max) {
    min -= DAY_MS;
    max += DAY_MS;
  }
  const x = (t: number): number => Math.round(MARGIN + ((t - min) / (max - min)) * (WIDTH - 2 * MARGIN));
  const stacks = new Map<string, number>();
  const marks = placed.map(({ e, t }) => {
    const cx = x(t);
    const key = `${e.kind}:${cx}`;
    const level = stacks.get(key) ?? 0;
    stacks.set(key, level + 1);
    const cy = e.kind === 'said' ? AXIS_Y - 22 - level * 14 : AXIS_Y + 22 + level * 14;
    const shape =
      e.kind === 'said'
        ? `<circle class="said" cx="${cx}" cy="${cy}" r="6"><title>${escapeHtml(`said ${dateText(e.date, e.precision)}: ${e.label}`)}</title></circle>`
        : `<rect class="published" x="${cx - 5}" y="${cy - 5}" width="10" height="10"><title>${escapeHtml(`published ${dateText(e.date, e.precision)}: ${e.label}`)}</title></rect>`;
    const stem = `<line class="stem" x1="${cx}" y1="${AXIS_Y}" x2="${cx}" y2="${cy}"/>`;
    const href = eventHref(e, links);
    return href ? `${stem}<a href="${escapeHtml(href)}">${shape}</a>` : `${stem}${shape}`;
  });
  const first = new Date(min).toISOString().slice(0, 10);
  const last = new Date(max).toISOString().slice(0, 10);
  return `<svg class="timeline-axis" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Timeline from ${escapeHtml(first)} to ${escapeHtml(last)}">
<text class="lane" x="4" y="16">said</text><text class="lane" x="4" y="${HEIGHT - 6}">reported</text>
<line class="axis" x1="${MARGIN}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN}" y2="${AXIS_Y}"/>
<text class="tick" x="${MARGIN}" y="${AXIS_Y + 4}" dy="-8">${escapeHtml(first)}</text>
<text class="tick end" x="${WIDTH - MARGIN}" y="${AXIS_Y + 4}" dy="-8">${escapeHtml(last)}</text>
${marks.join('\n')}
</svg>`;
}

/** Renders the timeline section: the SVG axis and the list of events. */
export function renderTimeline(dossier: Dossier, links: Links): string {
  const events = sortEvents(dossier.timeline);
  if (events.length === 0) return '<section class="timeline"><h3>Timeline</h3><p class="empty">No dated events.</p></section>';
  const items = events.map((e) => {
    const href = eventHref(e, links);
    const label = escapeHtml(e.label);
    return `<li class="event ${e.kind}"><time datetime="${escapeHtml(e.date)}">${escapeHtml(dateText(e.date, e.precision))}</time> <span class="badge ${e.kind}">${
      e.kind === 'said' ? 'said' : 'reported'
    }</span> ${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}</li>`;
  });
  return `<section class="timeline"><h3>Timeline: said vs reported</h3>
${renderTimelineSvg(events, links)}
<ol class="timeline-list">${items.join('\n')}</ol></section>`;
}
