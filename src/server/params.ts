/**
 * Query-parameter checks shared by pages and the API. A bad value is a 400 that says what
 * was expected and what was found; an unknown parameter is an error too, never ignored.
 */
import type { Context } from 'hono';
import type { QuoteFilter } from '../store/store.js';
import { httpError } from './errors.js';

/** Longest accepted free-text parameter. */
export const MAX_PARAM_LENGTH = 500;
/** Largest accepted `limit`. */
export const MAX_LIMIT = 1000;

/** How the story list is ordered. */
export type StorySort = 'recent' | 'size';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/**
 * Reads the query string, rejecting parameters not in `allowed` and repeated ones.
 *
 * @returns Trimmed values; empty values count as absent.
 */
export function readQuery(c: Context, allowed: readonly string[]): Record<string, string | undefined> {
  const all = c.req.queries();
  const out: Record<string, string | undefined> = {};
  for (const [name, values] of Object.entries(all)) {
    if (!allowed.includes(name)) {
      throw httpError(400, `retold server: unknown parameter "${name.slice(0, 40)}"; expected one of ${allowed.join(', ')}`);
    }
    if (values.length > 1) throw httpError(400, `retold server: parameter "${name}" given ${values.length} times; expected once`);
    const value = (values[0] ?? '').trim();
    if (value.length > MAX_PARAM_LENGTH) throw httpError(400, `retold server: parameter "${name}" is longer than ${MAX_PARAM_LENGTH} characters`);
    out[name] = value === '' ? undefined : value;
  }
  return out;
}

/** Checks a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date parameter. */
export function parseDateParam(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = DATE.exec(value);
  const month = match?.[2] ? Number(match[2]) : 1;
  const day = match?.[3] ? Number(match[3]) : 1;
  const valid =
    match !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  if (!valid) throw httpError(400, `retold server: expected "${name}" as YYYY, YYYY-MM or YYYY-MM-DD, found ${show(value)}`);
  return value;
}

/** Checks a `limit` parameter: an integer 1..MAX_LIMIT. */
export function parseLimitParam(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
    throw httpError(400, `retold server: expected "limit" as an integer from 1 to ${MAX_LIMIT}, found ${show(value)}`);
  }
  return Number(value);
}

/** Checks the story list `sort` parameter (default `recent`). */
export function parseSortParam(value: string | undefined): StorySort {
  if (value === undefined || value === 'recent' || value === 'size') return value ?? 'recent';
  throw httpError(400, `retold server: expected "sort" to be recent or size, found ${show(value)}`);
}

/** Builds a store filter from query values, checking dates, their order and the limit. */
export function parseFilter(query: Record<string, string | undefined>): QuoteFilter {
  const filter: QuoteFilter = {};
  if (query.speaker !== undefined) filter.speaker = query.speaker;
  if (query.story !== undefined) filter.story = query.story;
  if (query.outlet !== undefined) filter.outlet = query.outlet;
  const from = parseDateParam('from', query.from);
  const to = parseDateParam('to', query.to);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (from !== undefined && to !== undefined && from.slice(0, to.length) > to) {
    throw httpError(400, `retold server: expected "from" (${from}) not after "to" (${to})`);
  }
  const limit = parseLimitParam(query.limit);
  if (limit !== undefined) filter.limit = limit;
  return filter;
}
