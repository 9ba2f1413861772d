/**
 * Prepares each quote of a story for alignment: its text (parts joined by a space), the
 * words that are actually inside quotation marks, content stems, the surrounding sentence,
 * and the speaker / occasion / date facts that veto matches.
 */
import type { Article, PartialDate, Quote, Span } from '../model.js';
import { occasionStems } from './compatibility.js';
import { encodeWords, type WordSeq } from './sequence-match.js';
import { contentStems, foldWord, tokenize, withoutPossessive, type Token } from './text-tokens.js';

/** One quote ready for alignment. */
export interface Unit {
  quote: Quote;
  article: Article;
  /** Content parts joined by a space. */
  text: string;
  /**
   * The words presented as the speaker's, parts joined by a space and a part-final comma
   * (before the cue) rendered as a period: the marked stretches when `marked` (a mixed
   * quote's "the line would “do for the east side…”" is only its marked words), else all
   * parts. What a canonical is built from and an occurrence compared by.
   */
  quotedText: string;
  /** The words are presented as the speaker's own (inside quotation marks). */
  quoted: boolean;
  /** Tokens used for verbatim matching: the marked words of a mixed quote, else all. */
  words: Token[];
  /** `words` are the marked stretches of a partly quoted text (mixed quote or headline). */
  marked: boolean;
  /**
   * Ids (`seq.encoded`) of the `words` that are not editorial insertions, ascending with
   * repeats: their common count with another unit's of the same vocabulary, plus both
   * units' insertions, bounds how many words an alignment of the two can match, so most
   * pairs are ruled out without aligning.
   */
  wordIds: Int32Array;
  /** Editorial insertions among `words` (each may match any one word). */
  wildcards: number;
  /** `words` as a sequence for `alignWords`, encoded once. */
  seq: WordSeq;
  /** Content stems of the whole text. */
  stems: Set<string>;
  /**
   * Content stems of the sentence(s) around the quote, for telling short fragments apart;
   * worked out on first use (only short phrases and the renderings holding them need it).
   */
  context: () => ReadonlySet<string>;
  /** Person id, or the folded speaker name, or null when unknown. */
  speaker: string | null;
  occasion: Set<string>;
  /** The said-when date the text states (with a span), wherever in the article. */
  saidWhen: PartialDate | null;
  /**
   * `saidWhen` when the quote's own paragraph states it (`statedDate`): what may veto a
   * report's match. A date carried from a scene still dates the quote for the canonical wording
   * and joins renderings across news cycles (`farApart`).
   */
  statedWhen: PartialDate | null;
  /** Publication time in ms, or null. */
  published: number | null;
  /** Primary language subtag of the article (`en`). */
  language: string;
}

const MARKS = '"“”«»„‟‹›‘’\'';
const OPEN_DOUBLE = '“«„‟';
const CLOSE_DOUBLE = '”»';

/** Content spans in text order. */
export function sortedParts(quote: Quote): { start: number; end: number }[] {
  return [...quote.content].sort((a, b) => a.start - b.start);
}

/** Renders parts per the canonical convention: joined by a space, part-final comma → period. */
export function renderParts(texts: readonly string[]): string {
  // Extractors differ on whether a part includes its quotation marks; the canonical never does.
  const edgeMarks = new RegExp(`^[\\s${MARKS}]+|[\\s${MARKS}]+$`, 'g');
  return texts
    .map((t) => t.replace(edgeMarks, '').trim())
    .filter((t) => t.length > 0)
    .map((t) => t.replace(/,$/, '.'))
    .join(' ');
}

/** A quotation mark (not the empty string past either end of a text, which `includes` accepts). */
const isMark = (ch: string | undefined) => ch !== undefined && ch.length === 1 && MARKS.includes(ch);

/**
 * Whether the span is directly enclosed in quotation marks in the article text, as one
 * quotation: a headline "Strike over: guarantee ‘on paper now’" that merely ends in a
 * mark, or "‘Yes’ and ‘no’" that starts and ends in one, has words outside the marks.
 */
function isEnclosed(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  let j = end;
  while (j < text.length && /\s/.test(text[j])) j++;
  const first = text[start];
  const last = text[end - 1] ?? '';
  const before = isMark(text[i]) || isMark(first);
  const after = isMark(text[j]) || isMark(last) || (/[.,!?]/.test(last) && isMark(text[end]));
  if (!before || !after) return false;
  // Marks inside the span must not leave words of it outside them.
  const span = text.slice(start, end);
  const stretches = quotedStretches(span);
  if (stretches.length === 0) return true;
  let outside = span;
  for (const s of stretches) outside = outside.slice(0, s.start) + ' '.repeat(s.end - s.start) + outside.slice(s.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

// Single quotation marks open before a word and close after one, unlike apostrophes
// (don't, Legend’s, ’90s) which sit inside or before digits.
const SINGLE_OPEN = /(?<![\p{L}\p{N}])[‘'](?=\p{L})/gu;
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?])[’'](?![\p{L}\p{N}])/gu;

/** Stretches inside single quotation marks (headline style: Says ‘We Will Win’). */
function singleMarkedStretches(text: string): { start: number; end: number }[] {
  const opens = [...text.matchAll(SINGLE_OPEN)].map((m) => m.index ?? 0);
  const closes = [...text.matchAll(SINGLE_CLOSE)].map((m) => m.index ?? 0);
  const out: { start: number; end: number }[] = [];
  let from = -1;
  for (const o of opens) {
    if (o <= from) continue;
    const c = closes.find((x) => x > o);
    if (c === undefined) break;
    out.push({ start: o + 1, end: c });
    from = c;
  }
  return out;
}

/** The stretches of `text` inside quotation marks of either kind (a quotation within a quotation). */
export function quotedStretches(text: string): { start: number; end: number }[] {
  return [...markedStretches(text), ...singleMarkedStretches(text)];
}

/**
 * The stretches of `text` inside double quotation marks. A closing mark with no opening one
 * (a quotation the writer forgot to open) closes a stretch that starts after the previous
 * mark; an opening mark never closed runs to the end.
 */
export function markedStretches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let lastBoundary = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const isOpen = OPEN_DOUBLE.includes(ch) || (ch === '"' && open < 0);
    const isClose = CLOSE_DOUBLE.includes(ch) || (ch === '"' && open >= 0);
    if (isOpen && open < 0) open = i + 1;
    else if (isClose) {
      out.push({ start: open >= 0 ? open : lastBoundary, end: i });
      open = -1;
      lastBoundary = i + 1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out.filter((s) => s.end > s.start);
}

/** The sentence(s) that hold `start..end`, bounded by sentence ends or line breaks. */
function enclosingSentence(text: string, start: number, end: number): string {
  const bounds = sentenceBounds(text, start, end);
  return text.slice(bounds.start, bounds.end);
}

/** The sentence(s) around `start..end`: out to ".", "!" or "?" before white space, or a line break. */
function sentenceBounds(text: string, start: number, end: number): Span {
  const endsAt = (i: number) => i >= 1 && '.!?'.includes(text[i - 1]) && /\s/.test(text[i] ?? '');
  let s = start;
  while (s > 0 && start - s < 400 && text[s - 1] !== '\n' && !endsAt(s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < 400 && text[e] !== '\n' && !endsAt(e)) e++;
  return { start: s, end: e };
}

/**
 * The occasion the quote's own sentence states (`…," Legend said on Hot 97`), or null when
 * the attribution stage carried it from a scene elsewhere in the article. Like an inferred
 * date, a carried occasion is a guess about the article's setting: it may not veto a match.
 */
function statedOccasion(text: string, quote: Quote): string | null {
  const o = quote.occasion;
  if (!o) return null;
  const { start, end } = attributionExtent(quote);
  const own = sentenceBounds(text, start, end);
  return o.span.start >= own.start && o.span.end <= own.end ? o.label : null;
}

/** From the first to the last character of the quote's content, cue and source. */
function attributionExtent(quote: Quote): Span {
  const spans = [...quote.content, ...(quote.cue ? [quote.cue] : []), ...(quote.source ? [quote.source] : [])];
  return { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) };
}

/**
 * The said-when date the quote's own paragraph states, or null. Only a date the text states
 * can tell two utterances apart (an inferred publication year, with no span, would split a
 * 2018 text quoted in 2022 from its 2018 renderings); and, as with occasions, a date the
 * attribution stage carried from a scene elsewhere in the article (`said on Friday` in the
 * lede, dating a later `She said at the time`) is a guess about the article's setting: it
 * may not veto a match.
 */
function statedDate(text: string, quote: Quote): PartialDate | null {
  const d = quote.saidWhen;
  if (!d?.span) return null;
  const { start, end } = attributionExtent(quote);
  // Its paragraph: from the line break before the quote to the one after it.
  const from = text.lastIndexOf('\n', start) + 1;
  const next = text.indexOf('\n', end);
  const to = next < 0 ? text.length : next;
  return d.span.start >= from && d.span.end <= to ? { value: d.value, precision: d.precision } : null;
}

/**
 * Speaker identity for matching: the person id when resolved, else the folded name when it
 * reads as a name (a description such as "the singer" or a pronoun identifies nobody, so
 * it counts as unknown rather than as a different speaker).
 */
export function speakerOf(quote: Quote): string | null {
  if (quote.personId) return quote.personId;
  const name = quote.speaker?.trim() ?? '';
  if (!/^\p{Lu}/u.test(name) || /^(?:The|He|She|They|It|His|Her|Their|We|I)\b/.test(name)) return null;
  return `name:${foldWord(name)}`;
}

/** Fewest words the clause before a report's first comma needs to stand for the report. */
const CORE_WORDS = 3;

/**
 * The words a report (indirect speech) is matched by: those before its first comma when
 * they make a clause of three words or more. What a writer adds after it is theirs, not the
 * speaker's (`the council was suspending Move Lindmoor, the scheme through which …, after it
 * emerged that …`), and would outweigh the speaker's few words.
 */
function reportCore(quote: Quote, text: string, all: Token[]): Token[] {
  if (quote.kind !== 'indirect' || quote.content.length !== 1) return all;
  const comma = text.indexOf(',', quote.content[0].start);
  if (comma < 0 || comma >= quote.content[0].end) return all;
  const core = all.filter((t) => t.end <= comma);
  return core.length >= CORE_WORDS ? core : all;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Builds the alignment unit of one quote.
 * @param names folded words of people's names, left out of the content stems: a report
 * swaps "you" for "Yeezy" or "West", so names say nothing about which statement it is.
 * @param vocabulary word ids shared by the units that will be compared (see `encodeWords`)
 */
export function buildUnit(quote: Quote, article: Article, names: ReadonlySet<string> = new Set(), vocabulary: Map<string, number> = new Map()): Unit {
  const parts = sortedParts(quote);
  const partTexts = parts.map((p) => article.text.slice(p.start, p.end));
  const text = partTexts.join(' ');
  const all = parts.flatMap((p) => tokenize(article.text.slice(p.start, p.end), p.start));
  let quoted = quote.kind === 'direct' || quote.kind === 'fragment';
  let marked = false;
  let words = all;
  let markedTexts: string[] = [];
  const enclosed = parts.length > 0 && isEnclosed(article.text, parts[0].start, parts[parts.length - 1].end);
  const stretches = (text: string) => (quote.kind === 'headline' ? [...markedStretches(text), ...singleMarkedStretches(text)] : markedStretches(text));
  // Headline style "Quist: We Will Rebuild the Harbour" presents the speaker's words
  // without marks; but where it marks some ("Quist: dredging memo was ‘a worst case’"),
  // those are the speaker's and the rest the headline writer's.
  const afterColon = quote.kind === 'headline' && parts.length > 0 && /:\s*$/.test(article.text.slice(Math.max(0, parts[0].start - 3), parts[0].start)) &&
    !parts.some((p) => stretches(article.text.slice(p.start, p.end)).length > 0);
  if (quote.kind === 'mixed' || (quote.kind === 'headline' && !enclosed && !afterColon)) {
    const spans = parts.flatMap((p) =>
      stretches(article.text.slice(p.start, p.end))
        .sort((x, y) => x.start - y.start)
        .map((s) => ({ start: p.start + s.start, end: p.start + s.end })),
    );
    words = spans.flatMap((s) => tokenize(article.text.slice(s.start, s.end), s.start));
    markedTexts = spans.map((s) => article.text.slice(s.start, s.end));
    marked = words.length > 0;
    // Counts as the speaker's words when most of it is inside the marks; otherwise it is a
    // report that borrows a phrase. A headline's marks always present the speaker's words
    // (`Solace calls tabloid story 'a mischaracterisation'`): the rest is its writer's frame.
    quoted = marked && (quote.kind === 'headline' || words.length * 2 >= all.length);
  } else if (quote.kind === 'headline') quoted = true;
  const first = parts[0] ?? { start: 0, end: 0 };
  const last = parts[parts.length - 1] ?? first;
  const published = article.published ? Date.parse(article.published) : NaN;
  const seq = encodeWords({ words: words.map((t) => t.norm), wild: words.map((t) => t.editorial) }, vocabulary);
  return {
    quote,
    article,
    text,
    quotedText: renderParts(marked ? markedTexts : partTexts),
    quoted,
    marked,
    words,
    wordIds: seq.encoded!.ids.filter((id) => id >= 0).sort(),
    wildcards: words.filter((t) => t.editorial).length,
    seq,
    // A possessive name (`JL's thoughts`) is a name too.
    stems: contentStems(reportCore(quote, article.text, all).filter((t) => !names.has(t.norm) && !names.has(withoutPossessive(t.norm)))),
    context: once(() => contentStems(tokenize(enclosingSentence(article.text, first.start, last.end)))),
    speaker: speakerOf(quote),
    occasion: occasionStems(statedOccasion(article.text, quote)),
    // Only a date the text states can tell two utterances apart; an inferred publication
    // year (no span) would split a 2018 text quoted in 2022 from its 2018 renderings.
    saidWhen: quote.saidWhen?.span ? { value: quote.saidWhen.value, precision: quote.saidWhen.precision } : null,
    statedWhen: statedDate(article.text, quote),
    published: Number.isNaN(published) ? null : published,
    language: article.language.toLowerCase().split(/[-_]/)[0] ?? '',
  };
}
