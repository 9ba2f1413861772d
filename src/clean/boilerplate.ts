import type { Span } from '../model.js';
import {
  BYLINE_LINE,
  CREDIT_LINES,
  GETTY_CAPTION,
  META_LINES,
  NEWSLETTER_LINES,
  RELATED_LINES,
  SIGN_OFF_LINES,
  TRAILING_AGENCY,
  TRAILING_CREDIT,
  WIDGET_LINES,
} from './boilerplate-patterns.js';
import { lineKey, splitLines, squash, type Line } from './lines.js';

/** Lines that repeat across many articles of one outlet (see `learnRepeatedLines`). */
export interface RepeatedLines {
  kind: 'repeated-lines';
  /** Outlet key (outlet name or URL host, lowercased) to line keys (see `lineKey`). */
  byOutlet: Record<string, string[]>;
}

/** Options of the clean stage. */
export interface CleanOptions {
  /** Lines learnt across the batch; removed where the document's outlet matches. */
  repeatedLines?: RepeatedLines;
  /** The known title: the first line equal to it is the title, later ones are captions. */
  title?: string | null;
  /** The known outlet: a line naming it before the title is an outlet header. */
  outlet?: string | null;
}

/** A line found to be boilerplate, with the rule that found it. */
export interface BoilerplateLine {
  span: Span;
  rule: string;
  line: string;
}

/** The title line and the boilerplate lines of a text. */
export interface LineAnalysis {
  title: Line | null;
  removed: BoilerplateLine[];
}

/** Lines longer than this are body paragraphs whatever they contain. */
const MAX_FURNITURE_WORDS = 80;

function any(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/** The rule a line breaks on its words alone, or null. */
export function classifyLine(line: Line): string | null {
  const t = line.bare;
  const w = line.words;
  if (w === 0 || w > MAX_FURNITURE_WORDS) return null;
  if (w <= 25 && any(WIDGET_LINES, t)) return 'clean/widget';
  if (w <= 40 && any(NEWSLETTER_LINES, t)) return 'clean/newsletter';
  if (w <= 30 && any(RELATED_LINES, t)) return 'clean/related-link';
  if (w <= 12 && any(CREDIT_LINES, t)) return 'clean/photo-credit';
  if (w <= 60 && (TRAILING_CREDIT.test(t) || TRAILING_AGENCY.test(t))) return 'clean/caption';
  if (w <= 60 && GETTY_CAPTION.test(t) && !/\p{Ll}{4,}[.!?]["”’]?\s+[\p{Lu}"“]/u.test(t)) return 'clean/caption';
  if (w <= 15 && any(META_LINES, t)) return 'clean/meta-line';
  if (w <= 12 && BYLINE_LINE.test(t)) return 'clean/byline';
  if (w <= 40 && any(SIGN_OFF_LINES, t)) return 'clean/sign-off';
  return null;
}

/** Short, title-cased, unpunctuated: how a site name looks when it heads a copied page. */
function looksLikeSiteName(line: Line): boolean {
  const t = line.bare;
  if (line.words > 4 || t.length > 40 || /[.!?:"“”’,]$/.test(t) || /\d/.test(t.replace(/\.\w{2,}$/, ''))) return false;
  return t.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^[a-z0-9-]+\.[a-z]{2,}$/.test(word));
}

function looksLikeHeadline(line: Line): boolean {
  return line.words >= 4 && line.words <= 35 && !/[.;,]$/.test(line.bare) && !/^\p{Ll}/u.test(line.bare);
}

function outletKey(outlet: string): string {
  return outlet.toLowerCase().replace(/^www\./, '');
}

/**
 * Find the title line and every boilerplate line of a text (title on the first line, as in
 * copied pages and `Article.text`). Rules: widget and error text, newsletter and related-link
 * prompts, photo credits and the captions next to them, Getty-style captions, date/category
 * lines, bylines, an outlet header before the title, later repeats of the title (image
 * captions and alt text), repeats of the line just above, and lines learnt as repeated
 * across the outlet. Lines over 80 words are never removed, nor is the title.
 * @param repeatedKey the outlet key to look up in `options.repeatedLines` (default: from `options.outlet`)
 */
export function analyseLines(text: string, options: CleanOptions = {}, repeatedKey: string | null = null): LineAnalysis {
  const lines = splitLines(text);
  const rules: (string | null)[] = lines.map(classifyLine);
  const key = repeatedKey ?? (options.outlet ? outletKey(options.outlet) : null);
  const repeated = options.repeatedLines && key !== null ? new Set(options.repeatedLines.byOutlet[key] ?? []) : null;
  if (repeated) {
    lines.forEach((line, i) => {
      if (rules[i] === null && line.words > 0 && repeated.has(lineKey(line.bare))) rules[i] = 'clean/repeated-line';
    });
  }
  const nonEmpty = lines.map((l, i) => i).filter((i) => lines[i].words > 0);
  // The title: the known one, else the first line that is not furniture, unless that line is
  // the outlet's name heading the page.
  let titleIndex = -1;
  if (options.title) {
    const key = squash(options.title);
    titleIndex = nonEmpty.find((i) => squash(lines[i].bare) === key) ?? -1;
  } else {
    const candidates = nonEmpty.filter((i) => rules[i] === null);
    const first = candidates[0];
    if (first !== undefined) {
      titleIndex = first;
      const next = candidates[1];
      const namesOutlet = options.outlet ? squash(lines[first].bare) === squash(options.outlet) : false;
      // Both must stand alone (blank line or end after each), as a masthead and headline do.
      const alone = (i: number): boolean => (lines[i + 1]?.words ?? 0) === 0;
      const mastheadLike = (n: number): boolean => looksLikeSiteName(lines[first]) && looksLikeHeadline(lines[n]) && lines[n].bare.length > lines[first].bare.length;
      if (next !== undefined && alone(first) && alone(next) && (namesOutlet || mastheadLike(next))) {
        rules[first] = 'clean/outlet-header';
        titleIndex = next;
      }
    }
  }
  if (titleIndex >= 0) {
    rules[titleIndex] = null;
    const key = squash(lines[titleIndex].bare);
    for (const i of nonEmpty) {
      if (i > titleIndex && rules[i] === null && squash(lines[i].bare) === key) rules[i] = 'clean/caption';
    }
  }
  // A caption sits right above its credit, in the same block (no blank line between).
  for (let i = lines.length - 1; i > 0; i--) {
    if (rules[i] !== 'clean/photo-credit') continue;
    const above = i - 1;
    if (above === titleIndex || lines[above].words === 0 || lines[above].words > 60) continue;
    if (rules[above] === null) rules[above] = 'clean/caption';
  }
  // The same line twice in a row is a duplicated caption or an extraction stutter.
  for (let k = 1; k < nonEmpty.length; k++) {
    const i = nonEmpty[k];
    const prev = nonEmpty[k - 1];
    if (rules[i] === null && i !== titleIndex && lines[i].words >= 3 && lineKey(lines[i].bare) === lineKey(lines[prev].bare)) {
      rules[i] = rules[prev] ?? 'clean/duplicate-line';
    }
  }
  const removed: BoilerplateLine[] = [];
  lines.forEach((line, i) => {
    const rule = rules[i];
    if (rule !== null && i !== titleIndex) removed.push({ span: line.span, rule, line: line.raw });
  });
  return { title: titleIndex >= 0 ? lines[titleIndex] : null, removed };
}

/**
 * Boilerplate lines of a text, each with its span in that text, its rule and its words.
 * @example
 * findBoilerplateLines('A Title\n\nJane Doe/Getty Images\n\nBody.')
 * // [{ span: {start: 9, end: 30}, rule: 'clean/photo-credit', line: 'Jane Doe/Getty Images' }]
 */
export function findBoilerplateLines(text: string, options: CleanOptions = {}): BoilerplateLine[] {
  return analyseLines(text, options).removed;
}
