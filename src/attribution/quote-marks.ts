/**
 * Pairs quotation marks into quoted spans. News text breaks every rule: straight opening
 * marks with curly closing ones, paragraphs that end inside a quote and reopen, missing
 * opening marks, song titles in quotes. The pairing never throws; unbalanced marks become
 * open-ended or unopened spans that the attribution rules can still use.
 */
import type { Token } from './tokenize.js';
import { lookupCue } from './cue-forms.js';

/** A quoted stretch of text, in token indices. */
export interface QuotedSpan {
  /** Index of the opening mark, or -1 when the mark is missing. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs to the paragraph end. */
  close: number;
  /** First and last token inside the marks (inclusive). */
  first: number;
  last: number;
  mark: 'double' | 'single';
  paragraph: number;
  /** Continues an unclosed quote of the previous paragraph. */
  continues: number | null;
  /** Nested inside another quote (index into the result). */
  parent: number | null;
}

/** The tokens of quote `q` with its marks (from its first word when the opening mark is missing, to its last when the closing one is). */
export function quoteRange(q: QuotedSpan): { first: number; last: number } {
  return { first: q.open >= 0 ? q.open : q.first, last: q.close >= 0 ? q.close : q.last };
}

/**
 * Finds quoted spans. Double marks are paired within a paragraph; single marks only in
 * the title paragraph (headlines use them) and inside a double quote (a quote in a quote).
 *
 * @param tokens Tokens of the whole text.
 * @param titleParagraph Paragraph index of the title, or -1 when there is none.
 */
export function findQuotedSpans(tokens: Token[], titleParagraph: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  let lastUnclosed: number | null = null;
  // British copy sets speech in single marks (`'We got this wrong,' he said.`): then single
  // marks quote in the body as double ones do, and either kind inside the other is nested.
  const singles = singleMarkStyle(tokens, titleParagraph);
  while (i < tokens.length) {
    const paragraph = tokens[i].paragraph;
    let j = i;
    while (j < tokens.length && tokens[j].paragraph === paragraph) j++;
    lastUnclosed = pairParagraph(tokens, i, j, paragraph === titleParagraph, out, lastUnclosed, singles);
    i = j;
  }
  return out;
}

/** Speech closings in single marks before the body counts as single-mark copy. */
const MIN_SINGLE_SPEECH = 2;

/**
 * Whether the body quotes speech in single marks: at least MIN_SINGLE_SPEECH single closing
 * marks right after a comma or a sentence's end (`,' she said`, `.'` ending a paragraph),
 * and more of them than double ones. Apostrophes (`the Graysons' home`, `'90s`) never follow
 * punctuation, so they do not count.
 */
function singleMarkStyle(tokens: Token[], titleParagraph: number): boolean {
  let single = 0;
  let double = 0;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'close' || t.paragraph === titleParagraph) continue;
    const before = tokens[k - 1];
    if (before.end !== t.start || !SPEECH_ENDINGS.has(before.text)) continue;
    if (t.mark === 'single') single++;
    else if (t.mark === 'double') double++;
  }
  return single >= MIN_SINGLE_SPEECH && single > double;
}

const SPEECH_ENDINGS: ReadonlySet<string> = new Set([',', '.', '?', '!', '…', '...']);

/**
 * Whether a single closing mark is an apostrophe in single-mark copy: it ends a word in `s`
 * and a word follows (`the Graysons' home`), where a quotation would end before punctuation
 * or after it.
 */
function apostrophe(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before?.type === 'word' && before.end === tokens[k].start && /s$/i.test(before.text) && after?.type === 'word' && after.start > tokens[k].end;
}

function pairParagraph(
  tokens: Token[],
  from: number,
  to: number,
  isTitle: boolean,
  out: QuotedSpan[],
  previousUnclosed: number | null,
  singles = false,
): number | null {
  let open = -1;
  let unclosed: number | null = null;
  const paragraph = tokens[from].paragraph;
  let firstContent = from;
  while (firstContent < to && tokens[firstContent].type === 'break') firstContent++;
  let inner = -1;
  const nested: [number, number][] = [];
  // Single marks quote in a title, and in the body of single-mark copy.
  const quoting = isTitle || singles;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.mark !== 'double' && !(quoting && t.mark === 'single')) continue;
    if (isTitle && !singles && t.mark === 'single' && open >= 0 && tokens[open].mark === 'double') continue;
    if (singles && t.mark === 'single' && t.type === 'close' && !isTitle && apostrophe(tokens, k)) continue;
    // In single-mark copy a mark of the other kind inside a quote is a quote in the quote
    // (`'He called it "a joke",' she said`).
    if (singles && open >= 0 && t.mark !== tokens[open].mark) {
      if (t.type === 'open' && inner < 0) inner = k;
      else if (t.type === 'close' && inner >= 0 && tokens[inner].mark === t.mark) {
        nested.push([inner, k]);
        inner = -1;
      }
      continue;
    }
    // Markup attributes (`<tweet author="…">`) are not quotations.
    if (t.text === '"' && k > 0 && tokens[k - 1].text === '=' && tokens[k - 1].end === t.start) continue;
    if (t.type === 'open' && open >= 0 && inner < 0 && style(t.text) !== style(tokens[open].text)) {
      // A quote in a quote set in the other style (`"… “As you know …” …"`).
      inner = k;
      continue;
    }
    if (t.type === 'close' && inner >= 0) {
      nested.push([inner, k]);
      inner = -1;
      continue;
    }
    if (t.type === 'open' && open >= 0 && inner < 0 && tokens[open].mark === t.mark && closesAnother(tokens, k, to)) {
      // A quote in a quote in the same style (`“… what he calls “hell” than live …”`): the
      // rest of the paragraph closes it and the outer quote too.
      inner = k;
      continue;
    }
    if (t.type === 'open') {
      if (open >= 0 && tokens[open].mark === t.mark) {
        // A second opening mark: the first quote never closed; end it before this one.
        if (k - 1 > open) pushSpan(out, tokens, open, -1, open + 1, k - 1, null);
      }
      open = k;
    } else if (t.type === 'close') {
      if (open >= 0 && tokens[open].mark === t.mark) {
        if (k - 1 >= open + 1) {
          const idx = pushSpan(out, tokens, open, k, open + 1, k - 1, null);
          for (const [a, b] of nested) if (a > open && b - 1 > a) pushSpan(out, tokens, a, b, a + 1, b - 1, idx);
          nested.length = 0;
          const prevSpan = previousUnclosed !== null ? out[previousUnclosed] : null;
          if (prevSpan && open === firstContent && out[idx].paragraph === prevSpan.paragraph + 1) {
            out[idx].continues = previousUnclosed;
          }
        }
        open = -1;
      } else if (open < 0 && t.mark === 'double' && !singles) {
        // A closing mark with no opening one: quote back to the paragraph start or the
        // last closing mark, whichever is nearer.
        // Only at the end of the paragraph, where a forgotten opening mark is the likely story.
        let start = k - 1;
        while (start > firstContent && tokens[start - 1].type !== 'close') start--;
        let rest = k + 1;
        while (rest < to && (tokens[rest].type === 'punct' || tokens[rest].type === 'break')) rest++;
        // A cue of saying and its comma or colon inside that stretch open the quotation
        // (`Listing his ventures she added, Trump is a proven failure.”`).
        for (let m = k - 3; m >= start; m--) {
          if ((tokens[m + 1].text === ',' || tokens[m + 1].text === ':') && lookupCue(tokens[m].lower)?.class === 'speech' && tokens[m + 2].type === 'word') {
            start = m + 2;
            break;
          }
        }
        if (rest >= to && start >= firstContent && k - 1 >= start && tokens[start].type === 'word') {
          pushSpan(out, tokens, -1, k, start, k - 1, null);
        }
      }
    }
  }
  if (open >= 0 && open + 1 < to) {
    let last = to - 1;
    while (last > open && tokens[last].type === 'break') last--;
    if (last > open) {
      unclosed = pushSpan(out, tokens, open, -1, open + 1, last, null);
      const prevSpan = previousUnclosed !== null ? out[previousUnclosed] : null;
      if (prevSpan && open === firstContent && prevSpan.paragraph === paragraph - 1) {
        out[unclosed].continues = previousUnclosed;
      }
    }
  }
  if (previousUnclosed !== null) {
    // Close the continuation of a previous unclosed quote that opens this paragraph.
    const next = out.find((q) => q.paragraph === paragraph && q.open === firstContent);
    if (next && next.continues === null) next.continues = previousUnclosed;
  }
  markNested(tokens, out, paragraph, from, to);
  return unclosed;
}

/**
 * Whether the opening mark at `k`, inside an open quote, has a closing mark of its own and
 * the outer quote another after it: the paragraph's later marks of its kind close two more
 * quotes than they open.
 */
function closesAnother(tokens: Token[], k: number, to: number): boolean {
  const mark = tokens[k].mark;
  let balance = 0;
  for (let m = k + 1; m < to; m++) {
    if (tokens[m].mark !== mark) continue;
    if (tokens[m].type === 'close') balance++;
    else if (tokens[m].type === 'open') balance--;
  }
  return balance >= 2;
}

function pushSpan(
  out: QuotedSpan[],
  tokens: Token[],
  open: number,
  close: number,
  first: number,
  last: number,
  parent: number | null,
): number {
  out.push({
    open,
    close,
    first,
    last,
    mark: open >= 0 ? (tokens[open].mark ?? 'double') : 'double',
    paragraph: tokens[first].paragraph,
    continues: null,
    parent,
  });
  return out.length - 1;
}

/** Adds single-quoted spans inside the double quotes of one paragraph. */
function markNested(tokens: Token[], out: QuotedSpan[], paragraph: number, from: number, to: number): void {
  const n = out.length;
  for (let q = 0; q < n; q++) {
    const outer = out[q];
    if (outer.paragraph !== paragraph || outer.mark !== 'double' || outer.parent !== null) continue;
    let open = -1;
    for (let k = outer.first; k <= outer.last && k < to; k++) {
      const t = tokens[k];
      if (k < from || t.mark !== 'single') continue;
      if (t.type === 'open') open = k;
      else if (t.type === 'close' && open >= 0 && k - 1 > open) {
        pushSpan(out, tokens, open, k, open + 1, k - 1, q);
        open = -1;
      }
    }
  }
}

/**
 * Marks whose direction depends on the language (the tokenizer asks before its English
 * defaults):
 * - German opens with a low mark and closes with the one English opens with: `„…“`, `‚…‘`.
 *   A `“` or `‘` after an open low mark of its kind closes it.
 * - Guillemets point inwards in French and Spanish (`« … »`, `«…»`) and outwards in German
 *   (`»…«`, inner `›…‹`). Their neighbours tell which: an opening guillemet follows a space
 *   or a line start and touches a word; a closing one touches the word before it or stands
 *   before a space or punctuation. No-break spaces (French `« … »`) count as spaces.
 *
 * @param text The whole text.
 * @param at Offset of the mark.
 * @param lowOpen Whether a low opening mark of the same kind (`„` for `“`, `‚` for `‘`) is
 *   open in the paragraph.
 * @returns The direction, or null when the mark is not one of these.
 */
export function languageMarkDirection(text: string, at: number, lowOpen: boolean): 'open' | 'close' | null {
  const mark = text.charAt(at);
  if (mark === '“' || mark === '‘') return lowOpen ? 'close' : null;
  if (mark !== '«' && mark !== '»' && mark !== '‹' && mark !== '›') return null;
  const before = at === 0 ? '\n' : text.charAt(at - 1);
  const after = text.charAt(at + 1);
  const spaceBefore = /\s|[([{\u2014\u2013/:]/.test(before);
  const spaceAfter = after === '' || /\s|[\p{P}]/u.test(after);
  if (mark === '»' || mark === '›') return spaceBefore && !spaceAfter ? 'open' : 'close';
  // `«` and `‹` close only when they touch the word before and not the one after (`Fisch.«`).
  return !spaceBefore && spaceAfter ? 'close' : 'open';
}

/** Typographic family of a mark: straight, curly or guillemet. */
function style(mark: string): number {
  if (mark === '"' || mark === "'" || mark === "''") return 0;
  if (mark === '«' || mark === '»' || mark === '‹' || mark === '›') return 2;
  return 1;
}
