/**
 * Resolves the date expressions news copy uses for *when something was said*, against a
 * reference date (the publication date): `on Friday`, `Friday (April 27)`, `last year`,
 * `in April 2018`, `an August episode`, `last November`, `yesterday`.
 *
 * Deliberately small and exact instead of a general date parser: every result carries its
 * precision, and an expression that needs a reference date resolves to nothing without
 * one. Weekday names are taken as the most recent such day on or before the reference
 * (news convention: "said on Friday" in Monday's paper is last Friday).
 */
import type { PartialDate } from '../model.js';
import type { Token } from './tokenize.js';
import { MONTHS, WEEKDAYS, mayHold, wordFilter } from './word-lists.js';

/** A reference date, or only a reference year (taken from a date elsewhere in the text). */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

/** A date expression found in tokens `first..last` (inclusive). */
export interface DateHit {
  first: number;
  last: number;
  date: PartialDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dayValue(y: number, m: number, d: number): PartialDate {
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

function monthValue(y: number, m: number): PartialDate {
  return { value: `${y}-${pad(m)}`, precision: 'month' };
}

function isYear(t: Token | undefined): boolean {
  return t !== undefined && isYearText(t.text);
}

/**
 * Whether a string is a year from 1900 to 2099 (`/^(19|20)\d\d$/`), by character codes:
 * it is asked of every word of a sentence.
 */
export function isYearText(s: string): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDayNumber(t: Token | undefined): number | null {
  if (!t) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.lower);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : null;
}

function monthOf(t: Token | undefined): number | null {
  if (!t || t.type !== 'word' || !t.upper || !mayHold(MONTH_WORDS, t.lower)) return null;
  return MONTHS[t.lower.replace(/\.$/, '')] ?? null;
}

/** The weekday a capitalised word names (`Friday`), or undefined. */
function weekdayOf(t: Token): number | undefined {
  return t.upper && mayHold(WEEKDAY_WORDS, t.lower) ? WEEKDAYS[t.lower] : undefined;
}

// Month names may carry an abbreviation's period (`Jan.`), which `monthOf` strips.
const MONTH_WORDS = wordFilter(Object.keys(MONTHS).flatMap((m) => [m, `${m}.`]));
const WEEKDAY_WORDS = wordFilter(Object.keys(WEEKDAYS));

/** Parses `YYYY-MM-DD…` into a full reference, or null. */
export function parseIsoReference(iso: string | null | undefined): Reference | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The most recent `weekday` on or before the reference day. */
function lastWeekday(ref: Reference, weekday: number, strictlyBefore: boolean): PartialDate | null {
  if (ref.month === null || ref.day === null) return null;
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  let back = (d.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  d.setUTCDate(d.getUTCDate() - back);
  return dayValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The year within one of `near` in which month/day falls on `weekday`, if exactly one; or,
 * with `onOrAfter`, the first such year from `near` on (an article names a weekday of its
 * own time, so a year it mentions only bounds it from below).
 */
function yearForWeekday(near: number, month: number, day: number, weekday: number, onOrAfter = false): number | null {
  if (onOrAfter) {
    for (let y = near; y <= near + 6; y++) if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return y;
    return null;
  }
  const hits: number[] = [];
  for (let y = near - 1; y <= near + 1; y++) {
    if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) hits.push(y);
  }
  return hits.length === 1 ? hits[0] : null;
}

/** The year of the most recent `month` on or before the reference month. */
function yearOfLastMonth(ref: Reference, month: number, strictlyBefore: boolean): number | null {
  if (ref.month === null) return null;
  return month < ref.month || (month === ref.month && !strictlyBefore) ? ref.year : ref.year - 1;
}

/**
 * Finds and resolves date expressions in tokens `from..to` (inclusive).
 *
 * @param ref Full reference (publication date) or null.
 * @param yearHint A year seen elsewhere in the text, used only to place a month-and-day
 *   that also names its weekday (`Friday (April 27)`), where the weekday pins the year.
 * @param floorYear The latest year the text mentions at all, or null: with no reference and
 *   no hint, `Thursday (May 8)` is placed in the first year from it that fits.
 */
export function findDates(
  tokens: Token[],
  from: number,
  to: number,
  ref: Reference | null,
  yearHint: number | null,
  floorYear: number | null = null,
): DateHit[] {
  const out: DateHit[] = [];
  // `last year` already folded into a month before it (`a June episode … last year`).
  let skipLastYear = -1;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const weekday = weekdayOf(t);
    if (weekday !== undefined) {
      // `Friday (April 27)` / `Friday, April 27`: the explicit date wins.
      let j = i + 1;
      while (j <= to && (tokens[j].text === '(' || tokens[j].text === ',')) j++;
      const m = monthOf(tokens[j]);
      const d = m !== null ? isDayNumber(tokens[j + 1]) : null;
      if (m !== null && d !== null) {
        const explicitYear = isYear(tokens[j + 2]) ? Number(tokens[j + 2].text) : isYear(tokens[j + 3]) ? Number(tokens[j + 3].text) : null;
        const near = explicitYear ?? ref?.year ?? yearHint;
        const y = explicitYear ?? (near !== null ? yearForWeekday(near, m, d, weekday) : floorYear !== null ? yearForWeekday(floorYear, m, d, weekday, true) : null);
        if (y !== null) out.push({ first: i, last: j + 1, date: dayValue(y, m, d) });
        i = j + 1;
        continue;
      }
      const prev = tokens[i - 1]?.lower;
      // `on a Sunday night` names no particular Sunday.
      if (prev === 'a' || prev === 'every') continue;
      if (ref) {
        const date = lastWeekday(ref, weekday, prev === 'last');
        if (date) out.push({ first: prev === 'last' || prev === 'on' ? i - 1 : i, last: i, date });
      }
      continue;
    }
    const month = monthOf(t);
    if (month !== null) {
      // `May` and `March` open sentences as verbs too; trust them only with a number.
      const ambiguous = t.lower === 'may' || t.lower === 'march';
      if (ambiguous && !isYear(tokens[i + 1]) && isDayNumber(tokens[i + 1]) === null) continue;
      // `April 27, 2018` · `April 2018` · `April 27` · `last November` · `an August episode`.
      const d = isDayNumber(tokens[i + 1]);
      let k = d !== null ? i + 2 : i + 1;
      if (tokens[k]?.text === ',') k++;
      if (isYear(tokens[k])) {
        const y = Number(tokens[k].text);
        out.push({ first: i, last: k, date: d !== null ? dayValue(y, month, d) : monthValue(y, month) });
        i = k;
        continue;
      }
      if (!ref) continue;
      const prev = tokens[i - 1]?.lower;
      // `During a June episode … last year`: the month of the year before.
      let lastYear = -1;
      for (let k = i + 1; k < to && k <= i + 8; k++) if (tokens[k].lower === 'last' && tokens[k + 1].lower === 'year') lastYear = k;
      const y = lastYear >= 0 ? ref.year - 1 : yearOfLastMonth(ref, month, prev === 'last');
      if (y === null) continue;
      if (lastYear >= 0) skipLastYear = lastYear;
      out.push({ first: prev === 'last' || prev === 'in' ? i - 1 : i, last: d !== null ? i + 1 : i, date: d !== null ? dayValue(y, month, d) : monthValue(y, month) });
      continue;
    }
    if (t.lower === 'yesterday' && ref?.day != null && ref.month !== null) {
      out.push({ first: i, last: i, date: daysBefore(ref, 1) });
      continue;
    }
    if (t.lower === 'last' && tokens[i + 1]?.lower === 'month' && ref?.month != null) {
      out.push({ first: i, last: i + 1, date: monthsBefore(ref.year, ref.month, 1) });
      i++;
      continue;
    }
    // `The leak comes a day after …`: the day before the reference.
    if (t.lower === 'a' && tokens[i + 1]?.lower === 'day' && tokens[i + 2]?.lower === 'after' && ref?.day != null && ref.month !== null) {
      out.push({ first: i, last: i + 2, date: daysBefore(ref, 1) });
      i += 2;
      continue;
    }
    const relative = ref ? relativeSpan(tokens, i, ref) : null;
    if (relative) {
      if (relative.date) out.push({ first: i, last: relative.last, date: relative.date });
      i = relative.last;
      continue;
    }
    if (t.lower === 'last' && tokens[i + 1]?.lower === 'year' && ref && i !== skipLastYear) {
      out.push({ first: i, last: i + 1, date: { value: String(ref.year - 1), precision: 'year' } });
      i++;
      continue;
    }
    if (isYear(t) && (tokens[i - 1]?.lower === 'in' || tokens[i - 1]?.lower === 'during')) {
      out.push({ first: i - 1, last: i, date: { value: t.text, precision: 'year' } });
    } else if (isYear(t) && (SEASONS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'of' && (SEASONS.has(tokens[i - 2]?.lower ?? '') || YEAR_PARTS.has(tokens[i - 2]?.lower ?? ''))))) {
      // `in the summer of 2031`, `summer 2031`, `at the end of 2031`: the year, as no
      // precision finer than it holds a season.
      out.push({ first: tokens[i - 1].lower === 'of' ? i - 2 : i - 1, last: i, date: { value: t.text, precision: 'year' } });
    } else if (isYear(t) && YEAR_NOUN_DETERMINERS.has(tokens[i - 1]?.lower ?? '') && YEAR_NOUN_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')) {
      // `During the 2028 wage dispute`, `at the 2016 convention`: a year inside a noun phrase
      // dates what happened then. (`since` opens a span, so it dates no statement.)
      const noun = tokens[i + 1];
      if (noun && noun.type === 'word' && /\p{L}/u.test(noun.text)) out.push({ first: i - 2, last: i, date: { value: t.text, precision: 'year' } });
    }
  }
  return out;
}

/** Seasons and parts of a year that a year after them (`summer of 2031`) dates. */
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const YEAR_PARTS: ReadonlySet<string> = new Set(['start', 'beginning', 'end', 'middle', 'close', 'turn']);

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const PARTS_OF_TODAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

function utc(ref: Reference, offsetDays = 0): Date {
  return new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, (ref.day ?? 1) + offsetDays));
}

/** The day `n` days before the reference (which has a month and a day). */
function daysBefore(ref: Reference, n: number): PartialDate {
  const d = utc(ref, -n);
  return dayValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The month `n` months before month `month` of `year`. */
function monthsBefore(year: number, month: number, n: number): PartialDate {
  const m = month - 1 - n;
  return monthValue(year + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1);
}

/** The month of days `from..to` (UTC dates) when they share one, else null. */
function monthOfSpan(from: Date, to: Date): PartialDate | null {
  if (from.getUTCFullYear() !== to.getUTCFullYear() || from.getUTCMonth() !== to.getUTCMonth()) return null;
  return monthValue(from.getUTCFullYear(), from.getUTCMonth() + 1);
}

/**
 * A date phrase counted from the reference (`today`, `this morning`, `this year`, `earlier
 * this month`, `three days ago`, `two months ago`), with its last token; the date is null
 * when the phrase spans two months at the precision it allows (`two weeks ago` on the 12th),
 * so nothing else on the phrase's tokens is read as a date. `this week` and `last week` are
 * left to the scene: a week is no day, and as a month it would blur the day of the event
 * the article sets in it (`This week he became …` before `On Tuesday's show, …`).
 */
function relativeSpan(tokens: Token[], i: number, ref: Reference): { last: number; date: PartialDate | null } | null {
  const t = tokens[i].lower;
  const next = tokens[i + 1]?.lower ?? '';
  const hasDay = ref.month !== null && ref.day !== null;
  if ((t === 'today' || t === 'tonight' || (t === 'this' && PARTS_OF_TODAY.has(next))) && hasDay) {
    return { last: t === 'this' ? i + 1 : i, date: dayValue(ref.year, ref.month!, ref.day!) };
  }
  if (t === 'this' && next === 'year') return { last: i + 1, date: { value: String(ref.year), precision: 'year' } };
  if (t === 'this' && next === 'month' && ref.month !== null) return { last: i + 1, date: monthValue(ref.year, ref.month) };
  if (tokens[i + 2]?.lower !== 'ago') return null;
  const n = /^\d{1,2}$/.test(tokens[i].text) ? Number(tokens[i].text) : NUMBER_WORDS[t];
  const unit = next.replace(/s$/, '');
  if (n === undefined || !['day', 'week', 'month', 'year'].includes(unit)) return null;
  const last = i + 2;
  if (unit === 'year') return { last, date: { value: String(ref.year - n), precision: 'year' } };
  if (unit === 'month') return { last, date: ref.month === null ? null : monthsBefore(ref.year, ref.month, n) };
  if (!hasDay) return { last, date: null };
  if (unit === 'day') return { last, date: daysBefore(ref, n) };
  // `two weeks ago`: within three days either side.
  return { last, date: monthOfSpan(utc(ref, -7 * n - 3), utc(ref, -7 * n + 3)) };
}

const YEAR_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const YEAR_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'in', 'at', 'after', 'before', 'throughout']);

const RELATIVE_UNITS = new Set(['year', 'month', 'week', 'spring', 'summer', 'fall', 'autumn', 'winter', 'weekend']);

// `At the start of the strike`, `at the outset of the talks`: a time told only by an event.
const EVENT_POINTS: ReadonlySet<string> = new Set(['start', 'beginning', 'outset', 'onset', 'height', 'peak', 'dawn']);

/**
 * First tokens of phrases that date a statement by an event the text does not date (`At the
 * start of the strike, Blix told a rally …`), between tokens `from` and `to`. The statement
 * was made at some other time than the article's scene, and no reference date resolves it.
 */
export function eventTimePhrases(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i + 3 <= to; i++) {
    if (tokens[i].lower !== 'at' || tokens[i + 1].lower !== 'the') continue;
    const k = i + 2;
    if (!EVENT_POINTS.has(tokens[k].lower) || tokens[k + 1]?.lower !== 'of') continue;
    // `at the start of the week` is a date phrase of its own, not an event.
    const noun = tokens[k + 3];
    if (tokens[k + 2]?.lower === 'the' && noun && (RELATIVE_UNITS.has(noun.lower) || noun.lower === 'day')) continue;
    if (monthOf(tokens[k + 2]) !== null || isYear(tokens[k + 2])) continue;
    out.push(i);
  }
  return out;
}

/**
 * First tokens of date phrases that need a reference date to resolve (`last year`, `last
 * November`, `on Friday`, `yesterday`, `this month`), between tokens `from` and `to`.
 * With no reference they date nothing, but they still say *when* a statement was made, so
 * an absolute date further away (`In April 2018 …, and last year accused …`) is not it.
 */
export function relativeDatePhrases(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const next = tokens[i + 1];
    if (t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight') out.push(i);
    else if (tokens[i + 2]?.lower === 'ago' && next && /^(?:days?|weeks?|months?|years?)$/.test(next.lower)) out.push(i);
    else if ((t.lower === 'last' || t.lower === 'this') && next && (RELATIVE_UNITS.has(next.lower) || monthOf(next) !== null)) out.push(i);
    else if (weekdayOf(t) !== undefined && tokens[i - 1]?.lower !== 'a' && tokens[i - 1]?.lower !== 'every') out.push(i);
  }
  return out;
}

