/**
 * A group's canonical wording as readers see it. A report's words make no sentence without
 * the cue before them (`China of using coercion …` is what Esper `accused` China of), so a
 * reported canonical keeps the cue of the report it came from when that cue stands right
 * before the words (`accused China of using coercion …`, `said that the port …`); a quoted
 * one, or a report whose cue comes after its words, is shown as it is. The dossiers and the
 * timeline both read it here, each with its own way to find an article's text and a quote's cue.
 */
import type { QuoteGroup, Span } from '../model.js';

/** Where the wording's lead is read from: an article's text and a quote's cue, by id. */
export interface LeadLookup {
  text(articleId: string): string | undefined;
  cue(quoteId: string): Span | null | undefined;
}

/** Longest stretch between a report's cue and its words that the cue still introduces (` that `). */
const CUE_GAP = /^\s*(?:that\s+)?$/;

export function wordingWithCue(group: QuoteGroup, lookup: LeadLookup): string {
  if (group.canonicalQuoted) return group.canonical;
  for (const o of group.occurrences) {
    if (o.text !== group.canonical) continue;
    const cue = lookup.cue(o.quoteId);
    const text = lookup.text(o.articleId);
    if (!cue || text === undefined || cue.end > o.start || !CUE_GAP.test(text.slice(cue.end, o.start))) continue;
    return `${text.slice(cue.start, o.start).trim()} ${group.canonical}`;
  }
  return group.canonical;
}
