/**
 * A fast tokenizer and sentence splitter for the attribution hot path. It scans the text for
 * the tokens one regular expression defines (`TOKEN_RE`), keeps every token's offsets, and
 * marks quotation marks as opening or closing from their neighbours. Good enough for
 * reporting clauses; the full linguistic pass (wink-nlp) lives in the analyze stage.
 */
import { Buffer } from 'node:buffer';
import { ABBREVIATIONS, TITLES } from './word-lists.js';
import { languageMarkDirection } from './quote-marks.js';

/** Token classes the attribution rules care about. */
export type TokenType = 'word' | 'punct' | 'open' | 'close' | 'break';

/** One token with its offsets into the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, with curly apostrophes folded to `'`. */
  lower: string;
  type: TokenType;
  /** For quotation marks: `double` or `single`. */
  mark: 'double' | 'single' | null;
  /** Paragraph index (a newline starts a new paragraph). */
  paragraph: number;
  /** Sentence index over the whole text. */
  sentence: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

/** Tokens of one text plus the sentence ranges (token index ranges, end exclusive). */
export interface Tokenized {
  tokens: Token[];
  sentences: { first: number; last: number; paragraph: number }[];
}

// What a token is, tried at one position (sticky); characters where it matches nothing are
// skipped. Words keep inner apostrophes, hyphens, periods and ampersands (don't, U.S, AT&T,
// 41-year-old). `''` is a double mark in some archives (two apostrophes for a quotation mark);
// three closing after a word or mark are a single mark closing inside a double one
// (`'old-school,''' said`), so the single comes first there.
// Inside a word, the Latin-1 signs that UTF-8 read as Latin-1 leaves behind (`FranÃ§ois`
// for `François`) stay part of it; `«` and `»` and the no-break space never do.
const TOKEN_RE =
  /\n|[\p{L}\p{N}][\p{L}\p{N}\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF]*(?:['’.\-&][\p{L}\p{N}]+)*|(?<=\S)'(?='''*(?!['\p{L}\p{N}]))|''|[“”"‘’'«»„‚‹›]|\.\.\.|[\p{P}\p{S}]/uy;
const CLITIC_RE = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const DOUBLE_MARKS = new Set(['“', '”', '"', '«', '»', '„', "''"]);
const OPEN_ONLY = new Set(['“', '‘', '«', '„', '‚', '‹']);
const CLOSE_ONLY = new Set(['”', '»', '›']);
const AMBIGUOUS = new Set(['"', "'", '’', "''"]);
const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/“‘"'«„:]/;
const TERMINALS = new Set(['.', '!', '?', '...', '…']);

/**
 * Splits `text` into tokens and sentences.
 *
 * @param text The text exactly as given; all offsets point into it.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  let paragraph = 0;
  // Open German low marks (`„`, `‚`) of the paragraph: the `“` or `‘` after one closes it.
  let lowDouble = false;
  let lowSingle = false;
  const narrow = oneByteView(text);
  let at = 0;
  while (at < text.length) {
    const start = at;
    let rawEnd = text.charCodeAt(start) < 128 ? asciiTokenEnd(text, start) : NEEDS_REGEX;
    const ascii = rawEnd !== NEEDS_REGEX;
    if (!ascii) rawEnd = regexTokenEnd(text, start);
    if (rawEnd === NO_TOKEN) {
      at = nextCodePoint(text, start);
      continue;
    }
    at = rawEnd;
    if (text.charCodeAt(start) === 10) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.type !== 'break') {
        tokens.push(makeToken(start, start + 1, '\n', 'break', null, paragraph));
      }
      paragraph++;
      lowDouble = lowSingle = false;
      continue;
    }
    const raw = (ascii ? narrow : text).slice(start, rawEnd);
    if (startsWord(raw)) {
      let end = rawEnd;
      let word = raw;
      // Absorb the period of an abbreviation or an initial (`Sen.`, `J.`, `U.S.`).
      // An initial's or a plain abbreviation's period ends the sentence before a sentence
      // opener or a line end (`she said no.`, `joined Acme Inc. The firm …`); a title's never.
      if (text.charCodeAt(end) === 46 && isAbbreviation(word) && !(!isTitleAbbreviation(word) && endsSentence(text, end + 1))) {
        end++;
        word += '.';
      }
      // Split clitics so `He’s claiming` and `Clinton’s aide` expose the pronoun and the name.
      const clitic = hasApostrophe(word) ? CLITIC_RE.exec(word) : null;
      if (clitic && clitic[1].length > 0) {
        const cut = start + clitic[1].length;
        tokens.push(makeToken(start, cut, clitic[1], 'word', null, paragraph));
        tokens.push(makeToken(cut, end, word.slice(clitic[1].length), 'word', null, paragraph));
      } else {
        tokens.push(makeToken(start, end, word, 'word', null, paragraph));
      }
      at = end;
      continue;
    }
    let type: TokenType = 'punct';
    let mark: Token['mark'] = null;
    if (mayBeMark(raw) && (DOUBLE_MARKS.has(raw) || raw === '‘' || raw === '’' || raw === "'" || raw === '‚' || raw === '‹' || raw === '›')) {
      mark = DOUBLE_MARKS.has(raw) ? 'double' : 'single';
      const language = languageMarkDirection(text, start, mark === 'double' ? lowDouble : lowSingle);
      if (language) type = language;
      else if (OPEN_ONLY.has(raw)) type = misusedOpener(text, start) ? 'close' : 'open';
      else if (CLOSE_ONLY.has(raw)) type = misusedCloser(text, start) ? 'open' : 'close';
      else if (AMBIGUOUS.has(raw)) type = guessDirection(text, start);
      else type = 'close';
      if (mark === 'double') lowDouble = raw === '„' || (lowDouble && type !== 'close');
      else lowSingle = raw === '‚' || (lowSingle && type !== 'close');
    }
    tokens.push(makeToken(start, rawEnd, raw, type, mark, paragraph));
  }
  return { tokens, sentences: splitSentences(tokens) };
}

/*
 * The scanner below finds exactly the tokens a global search with `TOKEN_RE` would, without
 * running the regular expression per token: ASCII is classified by character code, and any
 * token that starts with or runs into a non-ASCII character is handed to `TOKEN_RE` at the
 * same position, so Unicode letters, curly apostrophes and marks keep its meaning. (Running
 * it per token was a fifth of the tokenizer's time; news text is mostly ASCII.)
 */

/** `asciiTokenEnd`: no token starts here (the global search skips the character). */
const NO_TOKEN = -1;
/** `asciiTokenEnd`: a non-ASCII character decides the token; ask `TOKEN_RE`. */
const NEEDS_REGEX = -2;

/**
 * End of the token `TOKEN_RE` finds at `at`, an ASCII character, when only ASCII characters
 * decide it; else `NO_TOKEN` (white space, control characters) or `NEEDS_REGEX`.
 */
function asciiTokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (isAsciiAlnum(c)) return asciiWordEnd(text, at);
  if (c === 10) return at + 1;
  // `''` and `...` are single tokens; their alternatives come before the one-character ones.
  // (`'''` closing after a word or mark is `'` then `''`.)
  if (c === 39 && text.charCodeAt(at + 1) === 39) return closesTripleMark(text, at) ? at + 1 : at + 2;
  if (c === 46 && text.charCodeAt(at + 1) === 46 && text.charCodeAt(at + 2) === 46) return at + 3;
  return isAsciiPunctOrSymbol(c) ? at + 1 : NO_TOKEN;
}

/**
 * End of a word starting with an ASCII letter or digit: runs of letters and digits joined by
 * one of `'.-&`; `NEEDS_REGEX` when a non-ASCII character stands where the word could go on
 * (`café`, `Trump’s`).
 */
function asciiWordEnd(text: string, at: number): number {
  let end = asciiAlnumEnd(text, at + 1);
  for (;;) {
    const c = text.charCodeAt(end);
    if (c >= 128) return NEEDS_REGEX;
    if (c !== 39 && c !== 46 && c !== 45 && c !== 38) return end;
    const next = text.charCodeAt(end + 1);
    if (next >= 128) return NEEDS_REGEX;
    if (!isAsciiAlnum(next)) return end;
    end = asciiAlnumEnd(text, end + 2);
  }
}

/**
 * Whether the apostrophe at `at` opens a closing `'''`: three apostrophes after a character
 * that is not white space, with no letter or digit right after them.
 */
function closesTripleMark(text: string, at: number): boolean {
  if (at === 0 || /\s/.test(text.charAt(at - 1)) || text.charCodeAt(at + 2) !== 39) return false;
  let end = at + 3;
  while (text.charCodeAt(end) === 39) end++;
  return !/[\p{L}\p{N}]/u.test(text.charAt(end));
}

function asciiAlnumEnd(text: string, at: number): number {
  while (isAsciiAlnum(text.charCodeAt(at))) at++;
  return at;
}

/** End of the token `TOKEN_RE` matches at `at`, or `NO_TOKEN`. */
function regexTokenEnd(text: string, at: number): number {
  TOKEN_RE.lastIndex = at;
  const m = TOKEN_RE.exec(text);
  return m === null ? NO_TOKEN : at + m[0].length;
}

/**
 * The text with each UTF-16 unit cut to one byte: same length and the same ASCII characters
 * (the others garbled), held by V8 as a one-byte string. Any text with a curly quote or a
 * dash is held as a two-byte string, and so is every slice of it; ASCII tokens sliced from
 * this view instead lower-case, hash and compare about twice as fast, in this function and in
 * every Set and Map lookup of `text` and `lower` after it (about 5% of the whole stage).
 * Only ASCII tokens are sliced from it.
 */
function oneByteView(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** Where the global search tries next after a character that starts no token: the next code point. */
function nextCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ASCII punctuation and symbols (`[\p{P}\p{S}]` below 128): every printable that is not a letter or digit. */
function isAsciiPunctOrSymbol(c: number): boolean {
  return c > 32 && c < 127 && !isAsciiAlnum(c);
}

function makeToken(
  start: number,
  end: number,
  text: string,
  type: TokenType,
  mark: Token['mark'],
  paragraph: number,
): Token {
  return {
    start,
    end,
    text,
    lower: lowerOf(text),
    type,
    mark,
    paragraph,
    sentence: 0,
    upper: isUpper(text),
  };
}

/** Whether a word holds `'` or `’` (a loop: two `includes` calls cost more on short words). */
function hasApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** Quotation marks start with `"`, `'` or a non-ASCII character; other punctuation skips the mark tests. */
function mayBeMark(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 34 || c === 39 || c >= 128;
}

/** Whether a token starts with a letter or digit (ASCII fast path). */
function startsWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? isAsciiAlnum(c) : WORD_START_RE.test(raw);
}

const WORD_START_RE = /^[\p{L}\p{N}]/u;

/** Words that open a sentence and never follow an initial (`on X. The senator …`). */
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|This|That|His|Her|Their|There|When|After|As|At|For|If|Meanwhile|Still|Yet)\b/;
/** A quotation opening on a capital, which starts a sentence too (`said no. "This is …"`, `of Alder, Fla. ''She …`). */
const QUOTE_OPENING = /^(?:["“‘]|'')\p{Lu}/u;

/**
 * Whether the period before `at` ends a sentence rather than an initial: the text or the
 * paragraph ends there, or a sentence-opening word or a quotation opening on a capital
 * follows (`wrote on X. The senator …`, `said no. "This is …"`).
 * An initial is followed by the rest of the name (`John F. Kennedy`).
 */
function endsSentence(text: string, at: number): boolean {
  const rest = text.slice(at, at + 16);
  if (/^\s*(?:\n|$)/.test(rest)) return true;
  const m = /^[ \t\u00a0]+/.exec(rest);
  if (m === null) return false;
  const next = rest.slice(m[0].length);
  return SENTENCE_OPENERS.test(next) || QUOTE_OPENING.test(next);
}

/** An abbreviated title, which a name follows (`Sen.`, `Dr.`, `Gov.`). */
function isTitleAbbreviation(word: string): boolean {
  if (word.length === 1) return false;
  const lower = word.toLowerCase();
  return TITLES.has(lower) || TITLE_ABBREVIATIONS.has(lower);
}

/** Abbreviated titles TITLES does not spell (it holds `sen`, `dr`, `gov` and the like). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['pres', 'atty', 'supt', 'st']);

function isAbbreviation(word: string): boolean {
  // An initial (`J.`), or the `v.` of a case name (`Roe v. Wade`).
  if (word.length === 1) return isUpper(word) || word === 'v';
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (word.includes('.')) return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word); // initials: G.K., U.S.
  const dash = lower.lastIndexOf('-');
  return dash > 0 && ABBREVIATIONS.has(lower.slice(dash + 1)); // D-Mo.
}

/** How many word tokens lie in `first..last` (inclusive). */
export function countWords(tokens: readonly Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (tokens[k].type === 'word') n++;
  return n;
}

/** Whether token `k` is the first word of its sentence (after a break, a full stop or nothing). */
export function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k - 1].sentence !== tokens[k].sentence || tokens[k - 1].type === 'break';
}

/** Whether a string starts with an upper-case letter (ASCII fast path). */
function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/** A closing mark typed where an opening one belongs: after a line start, before a word. */
function misusedCloser(text: string, at: number): boolean {
  return (at === 0 || text.charAt(at - 1) === '\n') && /[\p{L}\p{N}]/u.test(text.charAt(at + 1));
}

/**
 * An opening mark typed where a closing one belongs: right after a sentence's or clause's
 * punctuation, or glued to the word before, and before a space or the end (`…problems for
 * her here,“ said Clyburn`, `an “expedited review“ of the pipes`). An opening mark follows
 * a space, a bracket or a dash, never a letter.
 */
function misusedOpener(text: string, at: number): boolean {
  return at > 0 && /[,.?!\p{L}\p{N}]/u.test(text.charAt(at - 1)) && (at + 1 === text.length || /\s/.test(text.charAt(at + 1)));
}

/** A straight or ambiguous mark opens when it follows a space, a bracket or a dash. */
function guessDirection(text: string, at: number): TokenType {
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = text.charAt(at + (text.startsWith("''", at) ? 2 : 1));
  if (OPENERS_BEFORE.test(before)) return after === '' || /\s/.test(after) ? 'close' : 'open';
  return 'close';
}

/**
 * Sentence boundaries: a terminal mark (optionally followed by closing marks or brackets)
 * before a token that starts a sentence, or a paragraph break. Abbreviations were merged
 * into their words by the tokenizer, so their periods never end a sentence.
 */
function splitSentences(tokens: Token[]): Tokenized['sentences'] {
  const out: Tokenized['sentences'] = [];
  let first = 0;
  let sentence = 0;
  const close = (last: number): void => {
    if (last > first) {
      out.push({ first, last, paragraph: tokens[first].paragraph });
      for (let i = first; i < last; i++) tokens[i].sentence = sentence;
      sentence++;
    }
    first = last;
  };
  const dateline = (): void => {
    const end = datelineEnd(tokens, first);
    if (end > first) close(end);
  };
  dateline();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'break') {
      close(i);
      t.sentence = -1;
      first = i + 1;
      dateline();
      continue;
    }
    if (t.type !== 'punct' || !TERMINALS.has(t.text)) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j].type === 'close' || tokens[j].text === ')')) j++;
    const next = tokens[j];
    if (!next || next.type === 'break') continue;
    // A bracketed sentence opens like any other (`… Sykes said. (Take the decision …)`).
    const bracketed = (next.text === '(' || next.text === '[') && tokens[j + 1]?.upper === true;
    if (next.upper || next.type === 'open' || bracketed || /^\p{N}/u.test(next.text)) close(j);
  }
  close(tokens.length);
  return out;
}

const DATELINE_DASHES = new Set(['—', '–', '-']);
const MAX_DATELINE = 12;

/**
 * The token after a dateline that opens the paragraph at `first` (`DALLAS (AP) —`,
 * `NEW YORK, Nov. 19 (UPI) —`, `Washington (AFP) –`), or -1. A dateline is a sentence of
 * its own: otherwise `DALLAS` opens the sentence and reads as the subject of its verbs.
 * Only capitalised words, numbers and commas, then an agency in brackets or a place in
 * capitals, then a dash: `Trump — who …` has neither.
 */
function datelineEnd(tokens: Token[], first: number): number {
  const head = tokens[first];
  if (!head || head.type !== 'word' || !head.upper) return -1;
  const shouting = head.text.length > 1 && head.text === head.text.toUpperCase() && !/\p{N}/u.test(head.text);
  let agency = false;
  for (let k = first; k < tokens.length && k - first <= MAX_DATELINE; k++) {
    const t = tokens[k];
    if (t.type === 'word') {
      if (!t.upper && !/^\p{N}/u.test(t.text)) return -1;
    } else if (t.text === '(') {
      const a = tokens[k + 1];
      if (!a || a.type !== 'word' || a.text !== a.text.toUpperCase() || tokens[k + 2]?.text !== ')') return -1;
      agency = true;
      k += 2;
    } else if (DATELINE_DASHES.has(t.text)) {
      return k > first && (shouting || agency) ? k + 1 : -1;
    } else if (t.text !== ',') {
      return -1;
    }
  }
  return -1;
}

function lowerOf(text: string): string {
  // Most tokens are lower-case ASCII already: keep that very string (no call, no copy, and
  // `text` and `lower` share one cached hash in later lookups).
  if (isLowerAscii(text)) return text;
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Whether `text` is all ASCII with no upper-case letter: what lower-casing leaves unchanged. */
function isLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}
