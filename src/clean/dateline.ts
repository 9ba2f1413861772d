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
  }
  return { published, outlet };
}
