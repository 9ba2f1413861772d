/**
 * The `retold quotes` output record: one input line's attributions in the PolNeAR JSONL
 * schema (source / cue / content span lists with their text), plus Retold's extra fields.
 */
import type { QuoteKind, Span } from '../model.js';
import type { QuoteDraft } from './attribute-text.js';

/** A span with the text it covers, as PolNeAR writes it. */
export interface PolnearSpan {
  start: number;
  end: number;
  text: string;
}

/** One attribution in PolNeAR form. */
export interface PolnearAttribution {
  source: PolnearSpan[];
  cue: PolnearSpan[];
  content: PolnearSpan[];
  speaker: string | null;
  kind: QuoteKind;
  occasion: string | null;
  said_when: string | null;
}

/**
 * Whether a found quotation is an attribution: credited by a cue, a source mention or a
 * resolved speaker. Bare quoted phrases (scare quotes, titles of works) are kept in the
 * store as fragments for the dossier, but they attribute nothing to anyone, so PolNeAR's
 * schema (the `retold quotes` output) leaves them out.
 */
export function isCredited(draft: QuoteDraft): boolean {
  return draft.cue !== null || draft.source !== null || draft.speaker !== null;
}

/** One input line's record. */
export interface PolnearRecord {
  id: string;
  attributions: PolnearAttribution[];
}

/**
 * The `retold quotes` record for one input line, PolNeAR schema.
 *
 * @param id The input line's id.
 * @param text The text the drafts' spans point into.
 * @param drafts Output of `attributeText(text)`.
 */
export function toPolnearRecord(id: string, text: string, drafts: QuoteDraft[]): PolnearRecord {
  const span = (s: Span): PolnearSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  return {
    id,
    attributions: drafts.map((d) => ({
      source: d.source ? [span(d.source)] : [],
      cue: d.cue ? [span(d.cue)] : [],
      content: d.content.map(span),
      speaker: d.speaker,
      kind: d.kind,
      occasion: d.occasion ? d.occasion.label : null,
      said_when: d.saidWhen ? d.saidWhen.value : null,
    })),
  };
}
