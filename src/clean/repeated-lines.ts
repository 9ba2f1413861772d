import type { RawDocument } from '../model.js';
import type { RepeatedLines } from './boilerplate.js';
import { extractHtml, htmlFragmentToText } from './extract-html.js';
import { lineKey, splitLines } from './lines.js';
import { groupBy } from '../group-by.js';

/** A line counts as repeated when this many articles of one outlet carry it… */
const MIN_ARTICLES = 3;
/** …and at least this share of the outlet's articles. */
const MIN_SHARE = 0.5;

/** The key under which a document's outlet is grouped: its outlet name, else its URL host. */
export function outletKeyOf(doc: Pick<RawDocument, 'outlet' | 'url'>): string | null {
  if (doc.outlet) return doc.outlet.toLowerCase().replace(/^www\./, '');
  if (!doc.url) return null;
  try {
    return new URL(doc.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

function documentText(doc: RawDocument): string {
  if (doc.text !== null) return doc.text;
  if (doc.html === null) return '';
  return doc.format === 'rss' || doc.format === 'atom' ? htmlFragmentToText(doc.html) : extractHtml(doc.html, doc.url).text;
}

/**
 * Learn the lines that repeat across many articles of the same outlet (sign-offs, promo
 * lines, newsletter plugs that the patterns do not know): a line found in at least 3 of
 * an outlet's articles and in at least half of them. Outlets with fewer than 3 articles
 * are not read at all. Pass the result back as `CleanOptions.repeatedLines`.
 */
export function learnRepeatedLines(docs: RawDocument[]): RepeatedLines {
  const groups = groupBy(docs, outletKeyOf);
  const byOutlet: Record<string, string[]> = {};
  for (const [outlet, group] of groups) {
    if (group.length < MIN_ARTICLES) continue;
    const counts = new Map<string, number>();
    for (const doc of group) {
      const seen = new Set<string>();
      for (const line of splitLines(documentText(doc))) if (line.words > 0) seen.add(lineKey(line.bare));
      for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const needed = Math.max(MIN_ARTICLES, Math.ceil(group.length * MIN_SHARE));
    const lines = [...counts].filter(([, n]) => n >= needed).map(([key]) => key).sort();
    if (lines.length > 0) byOutlet[outlet] = lines;
  }
  return { kind: 'repeated-lines', byOutlet };
}
