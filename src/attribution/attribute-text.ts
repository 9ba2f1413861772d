/**
 * `attributeText`: the attribution stage's entry point for one text. Tokenizes, pairs
 * quotation marks, runs the rules, then resolves speakers, occasions and dates.
 */
import type { Quote, Span } from '../model.js';
import { creditsNobody, type Found } from './types.js';
import { tokenize, type Token } from './tokenize.js';
import { joinContinued } from './continued-quotes.js';
import { findQuotedSpans } from './quote-marks.js';
import { findAttributions, INHERIT_PARAGRAPHS } from './find-attributions.js';
import { resolveSpeakers, type ResolvedSpeaker } from './speakers.js';
import { resolveOccasionsAndDates } from './said-when.js';
import { CAPTION_MARKERS } from './word-lists.js';
import { JOINED_THAT_RULE } from './joined-clauses.js';
import { featureStrings, isJudged, nesting, REPORT_THRESHOLD, reportProbability, reportValues } from './report-model.js';

/** Options of `attributeText`. */
export interface AttributeOptions {
  /** Publication date (ISO 8601) to resolve relative dates against; else found in the text header. */
  published?: string | null;
  /** The title inside the text; quotes there are `headline` quotes. */
  title?: Span | null;
  /** Boilerplate lines to ignore (captions, widgets). */
  exclude?: Span[];
  /** The publishing outlet: it reports the quotes, it is never their speaker. */
  outlet?: string | null;
}

/** A quote before it is given ids: what `attributeText` returns. */
export type QuoteDraft = Omit<Quote, 'id' | 'articleId' | 'personId'> & {
  /** 0..1: the learned check's probability that this is a right attribution (report-model.ts). */
  report: number;
  /** The rule that found it (`indirect/source-cue-content`, `direct/…`): why it is there. */
  rule: string;
};

/** Receives each draft's report-model features (the training script's view). */
export type FeatureSink = (draftIndex: number, features: string[]) => void;

/**
 * Finds every attribution in `text`; spans are offsets into `text` exactly as given.
 * Never throws on any string: malformed input yields fewer or no quotes.
 *
 * @example
 * attributeText('"We will win," Mara Quell said.')[0].speaker // 'Mara Quell'
 */
export function attributeText(text: string, options: AttributeOptions = {}): QuoteDraft[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return runAttributionRules(text, options);
  } catch {
    // A rule bug must not stop a batch; the pipeline reports the article as quote-less.
    return [];
  }
}

/**
 * The rules behind `attributeText`, without its safety net: throws if a rule has a bug.
 * Exported for the property tests, which must see such bugs instead of an empty result.
 */
export function runAttributionRules(text: string, options: AttributeOptions, sink?: FeatureSink): QuoteDraft[] {
  const doc = tokenize(text);
  const { tokens } = doc;
  const titleParagraph = options.title ? paragraphAt(tokens, options.title.start) : -1;
  const quotes = findQuotedSpans(tokens, titleParagraph);
  let found = findAttributions(doc, quotes, titleParagraph);
  // Captions (lines with a photo credit) describe a picture; nothing in them is said.
  const captions = captionLines(text);
  if (captions.length > 0) {
    found = found.filter((f) => !f.content.some((c) => captions.some((e) => tokens[c.first].start >= e.start && tokens[c.last].end <= e.end)));
  }
  if (options.exclude && options.exclude.length > 0) {
    const ex = options.exclude;
    found = found.filter((f) => !f.content.some((c) => ex.some((e) => tokens[c.first].start >= e.start && tokens[c.last].end <= e.end)));
  }
  const speakers = resolveSpeakers(text, doc, found, quotes, options.outlet ?? null, titleParagraph);
  const nest = nesting(found);
  const reports = found.map((f, i) => {
    if (!isJudged(f.rule) || f.rule === JOINED_THAT_RULE) return 1;
    const values = reportValues(doc, found, nest, i, speakers[i].confidence);
    if (sink) sink(i, featureStrings(values));
    return reportProbability(values);
  });
  // A clause split off a report (`…, and that …`) stands or falls with that report.
  found.forEach((f, i) => {
    if (f.rule !== JOINED_THAT_RULE) return;
    const parent = found.findIndex((g) => g.rule !== JOINED_THAT_RULE && g.cue === f.cue);
    if (parent >= 0) reports[i] = reports[parent];
  });
  // Dates after the check: a clause it rejects (`When Dacosta was unveiled in July 2031, he
  // promised to …` read as a report of its own) claims no date from the report it fronts.
  const kept = reports.map((r, i) => !isJudged(found[i].rule) || r >= REPORT_THRESHOLD);
  const context = resolveOccasionsAndDates(text, doc, found, options.published ?? null, speakers.map((s) => s.name), kept);
  inheritFromKept(tokens, found, speakers, reports);
  const joined = joinContinued(tokens, found.map((f, i) => ({ found: f, speaker: speakers[i], context: context[i], report: reports[i] })));
  return joined.map((x) => toDraft(tokens, x.found, x.speaker, x.context, x.report));
}

/**
 * A quote with no cue inherits the source of the attribution before it, but the check
 * weighs that attribution only afterwards. When it rejects it (`the measure, which passed
 * with 57 percent`: no report, and `which` no speaker), the quote takes the source of the
 * nearest earlier attribution the check keeps, or none.
 */
function inheritFromKept(tokens: Token[], found: Found[], speakers: ResolvedSpeaker[], reports: number[]): void {
  const rejected = (j: number): boolean => isJudged(found[j].rule) && reports[j] < REPORT_THRESHOLD;
  found.forEach((f, i) => {
    if (f.rule !== 'direct/inherit-previous' || !f.source) return;
    const origin = found.findIndex((g) => !g.inherited && g.source === f.source);
    if (origin < 0 || !rejected(origin)) return;
    const at = f.content[0].first;
    let kept = -1;
    found.forEach((g, j) => {
      if (g.inherited || !g.source || rejected(j) || creditsNobody(g) || g.content[0].first >= at) return;
      if (kept < 0 || g.content[0].first > found[kept].content[0].first) kept = j;
    });
    if (kept >= 0 && tokens[at].paragraph - tokens[found[kept].content[0].first].paragraph <= INHERIT_PARAGRAPHS) {
      f.source = found[kept].source;
      speakers[i] = speakers[kept];
    } else {
      Object.assign(f, { source: null, inherited: false, rule: 'direct/no-cue' });
      speakers[i] = { name: null, confidence: 0 };
    }
  });
}

/** Lines that carry a photo credit. */
function captionLines(text: string): Span[] {
  const out: Span[] = [];
  // Most texts carry no photo credit at all: one test of the whole text spares the lines.
  if (!CAPTION_MARKERS.some((re) => re.test(text))) return out;
  let start = 0;
  for (const line of text.split('\n')) {
    if (CAPTION_MARKERS.some((re) => re.test(line))) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

function paragraphAt(tokens: Token[], offset: number): number {
  for (const t of tokens) if (t.end > offset) return t.paragraph;
  return -1;
}

function toDraft(
  tokens: Token[],
  f: Found,
  speaker: { name: string | null; confidence: number },
  context: Pick<QuoteDraft, 'occasion' | 'saidWhen'>,
  report: number,
): QuoteDraft {
  const span = (r: { first: number; last: number }): Span => ({ start: tokens[r.first].start, end: tokens[r.last].end });
  return {
    kind: f.kind,
    content: f.content.map(span),
    cue: f.cue ? span(f.cue) : null,
    source: f.source ? span(f.source) : null,
    speaker: speaker.name,
    occasion: context.occasion,
    saidWhen: context.saidWhen,
    confidence: Math.round(Math.min(f.confidence, speaker.confidence || f.confidence) * 100) / 100,
    report: Math.round(report * 100) / 100,
    rule: f.rule,
  };
}
