/**
 * Checks a `QuoteFilter` coming from a caller (often straight from a URL query), so that a
 * typo or a bad date is an error rather than a silently ignored filter. Shared by backends.
 */
import type { QuoteFilter } from './store.js';
import { describe } from './validate.js';

const filterKeys = new Set(['speaker', 'story', 'outlet', 'from', 'to', 'limit']);
const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Most hits `search` returns when the filter sets no limit. */
export const defaultSearchLimit = 50;

/** Most rows one call may ask for. */
export const maxLimit = 10_000;

/**
 * Returns `filter` after checking its keys and values.
 *
 * @throws TypeError `retold store: expected …, found …` for an unknown key, a non-string
 *   value, a date not in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form, or a bad limit.
 */
export function checkFilter(filter: QuoteFilter | undefined): QuoteFilter {
  if (filter === undefined || filter === null) return {};
  if (typeof filter !== 'object') {
    throw new TypeError(`retold store: expected a filter object, found ${describe(filter)}`);
  }
  for (const [key, value] of Object.entries(filter)) {
    if (!filterKeys.has(key)) {
      throw new TypeError(
        `retold store: expected filter keys speaker, story, outlet, from, to, limit, found "${key}"`,
      );
    }
    if (value === undefined) continue;
    if (key === 'limit') {
      if (!Number.isInteger(value) || value < 1 || value > maxLimit) {
        throw new TypeError(`retold store: expected limit to be an integer 1..${maxLimit}, found ${describe(value)}`);
      }
    } else if (typeof value !== 'string') {
      throw new TypeError(`retold store: expected filter ${key} to be a string, found ${describe(value)}`);
    } else if ((key === 'from' || key === 'to') && !isoDate.test(value)) {
      throw new TypeError(`retold store: expected filter ${key} as YYYY-MM-DD, found ${describe(value)}`);
    }
  }
  return filter;
}
