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
const HEIGHT = 200;
const MARGIN = 40;
const AXIS_Y = 110;
const SAID_Y = 70;
const PUBLISHED_Y = 155;
const DAY_MS = 86_400_000;
/** Events closer than this many pixels share one marker. */
const BUCKET_PX = 8;
/** Lists longer than this are folded into a <details>. */
const OPEN_LIST_MAX = 12;

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

/** Tick dates between min and max: years, months or days, whichever gives at most ~8. */
function ticks(min: number, max: number): { time: number; label: string }[] {
  const out: { time: number; label: string }[] = [];
  const start = new Date(min);
  const spanDays = (max - min) / DAY_MS;
  if (spanDays > 3 * 365) {
    const step = Math.max(1, Math.ceil(spanDays / 365 / 8));
    for (let y = start.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= max; y += step) out.push({ time: Date.UTC(y, 0, 1), label: String(y) });
  } else if (spanDays > 60) {
    const step = Math.max(1, Math.ceil(spanDays / 30 / 8));
    for (let m = start.getUTCMonth() + 1, y = start.getUTCFullYear(); Date.UTC(y, m, 1) <= max; m += step) {
      const t = Date.UTC(y, m, 1);
      out.push({ time: t, label: new Date(t).toISOString().slice(0, 7) });
    }
  } else {
    const step = Math.max(1, Math.ceil(spanDays / 8));
    for (let t = min; t <= max; t += step * DAY_MS) out.push({ time: t, label: new Date(t).toISOString().slice(0, 10) });
  }
  return out;
}

/**
 * Renders the SVG axis of a story's timeline: said events above, publications below.
 * Events on (nearly) the same date share one marker, sized by how many there are.
 *
 * @param domain First and last date of the axis (default: those of the events).
 */
export function renderTimelineSvg(events: TimelineEvent[], links: Links, domain?: { from: string; to: string }): string {
  const placed = events.map((e) => ({ e, t: dateToTime(e.date) })).filter((x): x is { e: TimelineEvent; t: number } => x.t !== null);
  if (placed.length === 0) return '';
  let min = (domain && dateToTime(domain.from)) ?? Math.min(...placed.map((p) => p.t));
  let max = (domain && dateToTime(domain.to)) ?? Math.max(...placed.map((p) => p.t));
  if (min === max) {
    min -= DAY_MS;
    max += DAY_MS;
  }
  const x = (t: number): number => Math.round(MARGIN + ((t - min) / (max - min)) * (WIDTH - 2 * MARGIN));
  const buckets = new Map<string, { kind: TimelineEvent['kind']; cx: number; events: TimelineEvent[] }>();
  for (const { e, t } of placed) {
    const cx = x(t);
    const key = `${e.kind}:${Math.round(cx / BUCKET_PX)}`;
    const bucket = buckets.get(key) ?? { kind: e.kind, cx, events: [] };
    bucket.events.push(e);
    buckets.set(key, bucket);
  }
  const marks = [...buckets.values()].map(({ kind, cx, events: list }) => {
    const n = list.length;
    const r = Math.min(14, 5 + Math.sqrt(n - 1) * 2.5);
    const cy = kind === 'said' ? SAID_Y : PUBLISHED_Y;
    const verb = kind === 'said' ? 'said' : 'published';
    const lines = list.slice(0, 6).map((e) => `${verb} ${dateText(e.date, e.precision)}: ${e.label}`);
    if (n > 6) lines.push(`… and ${n - 6} more`);
    const title = `<title>${escapeHtml(lines.join('\n'))}</title>`;
    const shape =
      kind === 'said'
        ? `<circle class="said" cx="${cx}" cy="${cy}" r="${r.toFixed(1)}">${title}</circle>`
        : `<rect class="published" x="${(cx - r).toFixed(1)}" y="${(cy - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}">${title}</rect>`;
    const count = n > 1 ? `<text class="count" x="${cx}" y="${kind === 'said' ? cy - r - 4 : cy + r + 12}">${n}</text>` : '';
    const stem = `<line class="stem" x1="${cx}" y1="${AXIS_Y}" x2="${cx}" y2="${cy}"/>`;
    const href = eventHref(list[0], links);
    return `${stem}${href ? `<a href="${escapeHtml(href)}">${shape}</a>` : shape}${count}`;
  });
  const tickMarks = ticks(min, max).map(
    (tick) => `<line class="tick" x1="${x(tick.time)}" y1="${AXIS_Y - 4}" x2="${x(tick.time)}" y2="${AXIS_Y + 4}"/><text class="tick" x="${x(tick.time)}" y="${AXIS_Y + 18}">${escapeHtml(tick.label)}</text>`,
  );
  const first = new Date(min).toISOString().slice(0, 10);
  const last = new Date(max).toISOString().slice(0, 10);
  return `<svg class="timeline-axis" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Timeline from ${escapeHtml(first)} to ${escapeHtml(last)}">
<text class="lane" x="4" y="16">said</text><text class="lane" x="4" y="${HEIGHT - 6}">reported</text>
<line class="axis" x1="${MARGIN}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN}" y2="${AXIS_Y}"/>
${tickMarks.join('\n')}
${marks.join('\n')}
</svg>`;
}

/**
 * When the whole timeline spans far more than the days the story was reported (old
 * statements resurfacing), the days around the publications, so that they are not a
 * single blob at the end of the axis. Null when no zoom is needed.
 */
export function reportingWindow(events: TimelineEvent[]): { from: string; to: string } | null {
  const times = events.map((e) => dateToTime(e.date)).filter((t): t is number => t !== null);
  const published = events.filter((e) => e.kind === 'published').map((e) => dateToTime(e.date)).filter((t): t is number => t !== null);
  if (times.length === 0 || published.length === 0) return null;
  const span = Math.max(...times) - Math.min(...times);
  const from = Math.min(...published) - 3 * DAY_MS;
  const to = Math.max(...published) + DAY_MS;
  if (span < 60 * DAY_MS || to - from > span / 4) return null;
  return { from: new Date(from).toISOString().slice(0, 10), to: new Date(to).toISOString().slice(0, 10) };
}

/**
 * Renders the timeline section: the SVG axis (all events) and the list of events.
 *
 * @param maxListed Most events in the list (default: all).
 */
export function renderTimeline(dossier: Dossier, links: Links, maxListed?: number): string {
  const events = sortEvents(dossier.timeline);
  if (events.length === 0) return '<section class="timeline"><h3>Timeline</h3><p class="empty">No dated events.</p></section>';
  const items = events.slice(0, maxListed).map((e) => {
    const href = eventHref(e, links);
    const label = escapeHtml(e.label);
    return `<li class="event ${e.kind}"><time datetime="${escapeHtml(e.date)}">${escapeHtml(dateText(e.date, e.precision))}</time> <span class="badge ${e.kind}">${
      e.kind === 'said' ? 'said' : 'reported'
    }</span> ${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}</li>`;
  });
  const list = `<ol class="timeline-list">${items.join('\n')}</ol>`;
  const said = events.filter((e) => e.kind === 'said').length;
  const window = reportingWindow(events);
  const zoom = window
    ? `<p class="meta">Reporting window, ${escapeHtml(window.from)} – ${escapeHtml(window.to)}:</p>\n${renderTimelineSvg(
        events.filter((e) => e.date.length === 10 && e.date >= window.from && e.date <= window.to),
        links,
        window,
      )}`
    : '';
  return `<section class="timeline"><h3>Timeline: said vs reported</h3>
${renderTimelineSvg(events, links)}
${zoom}
${events.length > OPEN_LIST_MAX ? `<details class="timeline-details"><summary>All ${events.length} dated events (${said} said, ${events.length - said} reported)</summary>${list}</details>` : list}</section>`;
}
