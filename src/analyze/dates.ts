/**
 * Date expressions resolved against the publication date with chrono-node, with the
 * precision the words support: `Friday (April 27)` → day, `in April 2018` → month,
 * `last year` → year. Without a publication date, a date in the text header
 * (`2022-08-05T17:53:29+00:00`) is the reference; without either, only expressions that
 * carry their own year are kept.
 */
import * as chrono from 'chrono-node';
import type { DateMention, PartialDate } from '../model.js';

const HEADER_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2})?/;
const CALENDAR = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:year|month|week|yesterday|tomorrow)\b/i;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The reference date for relative expressions: `published`, else a header date in the
 * first 600 characters, else null.
 */
export function findReferenceDate(text: string, published: string | null): Date | null {
  const source = published ?? HEADER_DATE.exec(text.slice(0, 600))?.[0] ?? null;
  if (!source) return null;
  const m = HEADER_DATE.exec(source);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

/**
 * Finds and resolves date expressions in `text`.
 *
 * @param text Article text.
 * @param reference Reference date (see `findReferenceDate`), or null.
 */
export function findDateMentions(text: string, reference: Date | null): DateMention[] {
  const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const out: DateMention[] = [];
  for (const r of results) {
    // chrono's casual parser reads `now` and `for a second` as dates; keep calendar words.
    if (!CALENDAR.test(r.text)) continue;
    const c = r.start;
    const hasYear = c.isCertain('year');
    if (!reference && !hasYear) continue;
    let y = c.get('year');
    let m = c.get('month');
    let d = c.get('day');
    if (y === null) continue;
    // A bare weekday in news copy is the past one (`said on Friday`), not the next.
    if (reference && c.isCertain('weekday') && !c.isCertain('day') && m !== null && d !== null) {
      const at = new Date(Date.UTC(y, m - 1, d, 12));
      if (at.getTime() > reference.getTime()) {
        at.setUTCDate(at.getUTCDate() - 7);
        [y, m, d] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
      }
    }
    let date: PartialDate;
    if (c.isCertain('day') || c.isCertain('weekday')) date = { value: `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`, precision: 'day' };
    else if (c.isCertain('month')) date = { value: `${y}-${pad(m ?? 1)}`, precision: 'month' };
    else date = { value: String(y), precision: 'year' };
    out.push({ span: { start: r.index, end: r.index + r.text.length }, text: r.text, date });
  }
  return out;
}
