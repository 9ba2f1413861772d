/**
 * The `retold quotes` output record: one input line's attributions in the PolNeAR JSONL
 * schema (source / cue / content span lists with their text), plus Retold's extra fields.
 */
import type { QuoteKind, Span } from '../model.js';
import type { QuoteDraft } from './attribute-text.js';
import { REPORT_THRESHOLD } from './report-model.js';

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
 * Whether a found quotation is an attribution in PolNeAR's sense: credited in the text by
 * a cue or a source mention. Bare quoted phrases (scare quotes, titles of works) are kept
 * in the store as fragments for the dossier, but they attribute nothing to anyone, so
 * PolNeAR's schema (the `retold quotes` output) leaves them out; so does it a headline
 * quote whose speaker only the body vouches for (no span of the headline names them).
 */
export function isCredited(draft: QuoteDraft): boolean {
  return draft.cue !== null || draft.source !== null;
}

/** One input line's record. */
export interface PolnearRecord {
  id: string;
  attributions: PolnearAttribution[];
}

/**
 * The `retold quotes` record for one input line, PolNeAR schema.
 *
 * PolNeAR counts one attribution per reporting event, so two of Retold's quotes become one
 * record when the second only continues the first: it has no cue of its own, carries the
 * same source mention (it inherited it), and stands in the same paragraph (`"…," Quell
 * said after the vote. "…"`), or follows a report (indirect or mixed) with no other
 * attribution between them (`CNN reported that night …` ¶ `"…"` ¶ `"…"`: PolNeAR's
 * annotators run a report on over the quoted paragraphs that follow it; joining them
 * raised train F1 0.2 point). After a direct quote, the next paragraph's quote stays a
 * record of its own, as the seed annotation counts it (joining those too would raise
 * train F1 0.2 point more, but lose three of the seeds' 69 quotes). A quotation nested
 * inside another credited quotation is part of that one's content, not a relation of its
 * own. The store keeps all of them as separate quotes: cross-outlet alignment matches
 * each sentence on its own.
 *
 * @param id The input line's id.
 * @param text The text the drafts' spans point into.
 * @param drafts Output of `attributeText(text)`, in text order.
 * @param minReport Events whose head the learned check rates below this are left out.
 */
export function toPolnearRecord(id: string, text: string, drafts: QuoteDraft[], minReport: number = REPORT_THRESHOLD): PolnearRecord {
  const span = (s: Span): PolnearSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const attributions: PolnearAttribution[] = [];
  for (const { head, parts } of reportingEvents(text, drafts, minReport)) {
    // The learned check (report-model.ts) weighs the whole event by its head.
    if (head.report < minReport) continue;
    const [cue, content] = prepositionInCue(text, head.cue, parts.flatMap((d) => d.content));
    attributions.push({
      source: head.source ? [span(head.source)] : [],
      cue: cue ? [span(cue)] : [],
      content: content.map(span),
      speaker: head.speaker,
      kind: head.kind,
      occasion: head.occasion ? head.occasion.label : null,
      said_when: head.saidWhen ? head.saidWhen.value : null,
    });
  }
  return { id, attributions };
}

/** A preposition a cue takes before what it is about (`talked about`, `commented on`, `called for`). */
const CUE_PREPOSITION = /^(?:about|on|of|with|over|for|against|from)\s+(?=\S)/i;

/**
 * PolNeAR's spans for `Quell talked about the levy`: cue `talked about`, content `the
 * levy` (four times in five on its train split; `to` and `in` stay in the content, `to`
 * opening an infinitive as often as not). The store keeps the preposition with the content,
 * which is how the dossier shows what was said about what; this only shapes the schema's
 * spans.
 */
function prepositionInCue(text: string, cue: Span | null, content: Span[]): [Span | null, Span[]] {
  const first = content[0];
  if (!cue || !first || first.start < cue.end || text.slice(cue.end, first.start).trim() !== '') return [cue, content];
  const m = CUE_PREPOSITION.exec(text.slice(first.start, first.end));
  if (!m) return [cue, content];
  const word = m[0].trimEnd().length;
  return [{ start: cue.start, end: first.start + word }, [{ start: first.start + m[0].length, end: first.end }, ...content.slice(1)]];
}

/** One reporting event in PolNeAR's sense: a head draft and the drafts that only continue it. */
export interface ReportingEvent {
  head: QuoteDraft;
  /** The head first, then its continuations, in text order. */
  parts: QuoteDraft[];
}

/**
 * The drafts grouped into PolNeAR's reporting events (see `toPolnearRecord`), before the
 * learned check: nested quotes and reports folded away, continuations joined to their head.
 * Only a draft the check keeps can hold another: a rejected report around a quotation
 * (`interview` in `In a radio interview Quell declared “…”`) must not take the quotation
 * with it.
 * @param minReport Drafts the check rates below this fold nothing away.
 */
export function reportingEvents(text: string, drafts: QuoteDraft[], minReport: number = REPORT_THRESHOLD): ReportingEvent[] {
  const holders = drafts.filter((d) => d.report >= minReport);
  const kept = drafts.filter(
    (d, i) => !nestedInOther(text, d, holders) && !reportInsideOther(d, holders) && !heldByReport(d, holders) && !repeatsOther(d, i, drafts) && !splitFromOther(d, drafts),
  );
  const events: ReportingEvent[] = [];
  const heads: QuoteDraft[] = [];
  for (const d of kept) {
    const head = d.cue === null && d.source !== null ? continued(text, d, heads, minReport) : -1;
    if (head >= 0) {
      events[head].parts.push(d);
      continue;
    }
    heads.push(d);
    events.push({ head: d, parts: [d] });
  }
  return events;
}

/** Words from which a nested quotation that opens with a capital is a sentence. */
const NESTED_SENTENCE_WORDS = 4;

/**
 * Whether a cue-less quoted phrase lies inside another quote's content (`"You say you
 * 'accept responsibility,'" Quell said`). A nested whole sentence stays a quote of its own:
 * the speaker quoting their own words (`my other side was, 'Well, I'm glad …'`).
 */
function nestedInOther(text: string, d: QuoteDraft, all: QuoteDraft[]): boolean {
  if (d.cue !== null || d.content.length !== 1) return false;
  const [c] = d.content;
  const words = text.slice(c.start, c.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length >= NESTED_SENTENCE_WORDS && /^\p{Lu}/u.test(words[0] ?? '')) return false;
  return all.some((o) => o !== d && wraps(o, c));
}

/**
 * Whether a quotation lies inside a mixed report's content (`Quell said the levy would
 * "sink us. Nobody …"`, run on to the closing mark), with no cue or the report's own: for
 * PolNeAR it is that report's content, even a whole sentence.
 */
function heldByReport(d: QuoteDraft, all: QuoteDraft[]): boolean {
  if (d.content.length !== 1) return false;
  const [c] = d.content;
  return all.some((o) => o !== d && o.kind === 'mixed' && (d.cue === null || sameSpan(d.cue, o.cue)) && wraps(o, c));
}

/** Whether a content part of `o` holds the span `c` and is longer than it. */
function wraps(o: QuoteDraft, c: Span): boolean {
  return o.content.some((p) => p.start <= c.start && p.end >= c.end && p.end - p.start > c.end - c.start);
}

function sameSpan(a: Span, b: Span | null): boolean {
  return b !== null && a.start === b.start && a.end === b.end;
}

/**
 * Whether another draft has the same cue and content (`Quell declared “…”` found as a report
 * and as the quotation): one reporting event, which the quotation stands for (the earlier
 * draft when neither or both are quotations). The choice leaves the check's ratings aside,
 * so that training the check does not depend on the weights it replaces.
 */
function repeatsOther(d: QuoteDraft, i: number, all: QuoteDraft[]): boolean {
  const rank = (x: QuoteDraft): number => (x.kind === 'direct' ? 1 : 0);
  return (
    d.cue !== null &&
    all.some(
      (o, k) =>
        k !== i && sameSpan(d.cue!, o.cue) && o.content.length === d.content.length && o.content.every((c, n) => sameSpan(c, d.content[n])) &&
        (rank(o) > rank(d) || (rank(o) === rank(d) && k < i)),
    )
  );
}

/**
 * Whether the draft is a clause split off another draft's report (`…, and that …`, see
 * `joined-clauses.ts`): the same cue, its content inside the other's. PolNeAR marks one
 * reporting event over both clauses.
 */
function splitFromOther(d: QuoteDraft, all: QuoteDraft[]): boolean {
  return d.cue !== null && all.some((o) => o !== d && sameSpan(d.cue!, o.cue) && d.content.every((c) => wraps(o, c)));
}

/** Whether the draft's cue lies inside another draft's content (and not the other way round). */
function reportInsideOther(d: QuoteDraft, all: QuoteDraft[]): boolean {
  const cue = d.cue;
  if (!cue || d.kind === 'indirect') return false;
  const holds = (o: QuoteDraft, at: Span): boolean => o.content.some((p) => p.start <= at.start && p.end >= at.end);
  return all.some((o) => o !== d && o.confidence >= d.confidence && holds(o, cue) && d.content.every((c) => holds(o, c)) && !(o.cue && holds(d, o.cue)));
}

/**
 * Index in `heads` of the attribution a cue-less quote continues: the nearest earlier one
 * with the same source span, with no paragraph break between them unless it is the last
 * one before the quote and a report (indirect or mixed); or -1.
 */
function continued(text: string, d: QuoteDraft, heads: QuoteDraft[], minReport: number): number {
  const start = d.content[0].start;
  let last = true;
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i];
    if (h.report < minReport) continue;
    const end = Math.max(...h.content.map((c) => c.end), h.cue?.end ?? 0, h.source?.end ?? 0);
    const runsOn = last && (h.kind === 'indirect' || h.kind === 'mixed');
    if (end > start || (!runsOn && text.slice(end, start).includes('\n'))) return -1;
    if (h.source && d.source && h.source.start === d.source.start && h.source.end === d.source.end) return i;
    last = false;
  }
  return -1;
}
