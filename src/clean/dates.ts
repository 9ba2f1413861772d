/**
 * Normalise a date from metadata to ISO 8601 without consulting a clock or time zone:
 * ISO dates pass through (a space before the time becomes `T`), dates with an explicit
 * zone (RFC 822 in RSS: `Mon, 02 Jan 2023 10:00:00 GMT`) are converted to UTC, dates
 * with an English month name and no zone keep their calendar day, and anything else gives null.
 */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) return iso[2] ? `${iso[1]}T${iso[2]}${iso[3] ?? ''}` : iso[1];
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  if (/(GMT|UTC|UT|Z|[+-]\d{4}|[ECMP][SD]T)\s*$/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  // "November 19, 2019", "19 Nov 2019 10:00": no zone, so only the calendar day is kept,
  // read back with the same local clock that parsed it (the same day in any time zone).
  if (MONTH_NAME.test(v) && /\b(1[89]|20)\d{2}\b/.test(v)) {
    const t = Date.parse(v);
    if (Number.isNaN(t)) return null;
    const d = new Date(t);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return null;
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
