/**
 * Small helpers for the attribution tests: read a draft back as the words it points at.
 */
import type { Span } from '../model.js';
import { attributeText, type AttributeOptions, type QuoteDraft } from './attribute-text.js';

/** A draft as text: what each span shows. */
export interface ShownQuote {
  kind: QuoteDraft['kind'];
  speaker: string | null;
  content: string[];
  cue: string | null;
  source: string | null;
  occasion: string | null;
  saidWhen: string | null;
}

/** Runs `attributeText` and slices every span. */
export function show(text: string, options?: AttributeOptions): ShownQuote[] {
  const slice = (s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);
  return attributeText(text, options).map((d) => ({
    kind: d.kind,
    speaker: d.speaker,
    content: d.content.map((c) => text.slice(c.start, c.end)),
    cue: slice(d.cue),
    source: slice(d.source),
    occasion: d.occasion ? d.occasion.label : null,
    saidWhen: d.saidWhen ? d.saidWhen.value : null,
  }));
}

/** The first shown quote whose content includes `words`. */
export function quoteWith(quotes: ShownQuote[], words: string): ShownQuote {
  const q = quotes.find((x) => x.content.some((c) => c.includes(words)));
  if (!q) throw new Error(`no quote with "${words}" in ${JSON.stringify(quotes, null, 1)}`);
  return q;
}

/** Speaker, content and cue of a shown quote, for one `deepEqual`. */
export function core(q: ShownQuote): Pick<ShownQuote, 'speaker' | 'content' | 'cue'> {
  return { speaker: q.speaker, content: q.content, cue: q.cue };
}
