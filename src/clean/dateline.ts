/**
 * Publication facts that plain-text pages carry only in their header lines: a dateline
 * ("The Riverside Tribune | Saturday, May 10, 2025 | Food") or a bare timestamp line
 * ("2022-08-05T17:53:29+00:00August 5th, 2022|News|"). The clean stage removes those lines
 * as boilerplate; this reads them first, so the facts are kept as metadata.
 */
import type { BoilerplateLine } from './boilerplate.js';
import { normaliseDate } from './dates.js';

/** Rules whose lines may hold the dateline or the outlet's name. */
const HEADER_RULES = new Set(['clean/meta-line', 'clean/outlet-header']);
const ISO_STAMP = /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const SEGMENT_SPLIT = /\s*[|•·]\s*/;
/** A segment that reads as a name: capitalised words, no digits, a few words at most. */
const NAME_LIKE = /^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*)){0,5}$/u;

/** The first date and outlet name found in removed header lines, or null for each. */
export function readDateline(removed: readonly BoilerplateLine[]): { published: string | null; outlet: string | null } {
  let published: string | null = null;
  let outlet: string | null = null;
  // A dateless section path's first segment, used only when no dateline names the outlet.
  let masthead: string | null = null;
  for (const { rule, line } of removed) {
    if (!HEADER_RULES.has(rule)) continue;
    const segments = line.trim().split(SEGMENT_SPLIT).filter(Boolean);
    if (!published) {
      const stamp = ISO_STAMP.exec(line);
      published = stamp ? normaliseDate(stamp[0]) : null;
      for (const segment of segments) published ??= normaliseDate(segment.replace(/^\p{L}+day,\s*/u, ''));
    }
    // The outlet is the line itself for an outlet header, else the first name-like segment
    // of a dateline that also carries a date (a category alone is not an outlet).
    if (!outlet) {
      if (rule === 'clean/outlet-header') outlet = line.trim();
      else if (segments.length > 1 && published && NAME_LIKE.test(segments[0])) outlet = segments[0];
    }
    masthead ??= mastheadOf(segments);
  }
  return { published, outlet: outlet ?? masthead };
}

/** First segments of a section path that are navigation, not a publication's name. */
const NAVIGATION = new Set(['home', 'news', 'menu', 'sections', 'latest', 'top stories', 'main']);

/**
 * With no date to vouch for it, a section path names the outlet only when it has at least
 * three segments and opens with a name of two or more words (`Gossip Daily | Celebrity |
 * Food Fights`); `Politics | World` or `Home | News | Europe` name no outlet.
 */
function mastheadOf(segments: readonly string[]): string | null {
  const [first] = segments;
  if (segments.length < 3 || !first || !NAME_LIKE.test(first) || NAVIGATION.has(first.toLowerCase())) return null;
  return /\s/.test(first) ? first : null;
}
