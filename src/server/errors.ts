/**
 * HTTP errors of the web layer: one error type, Hono's `HTTPException`, carrying the
 * status. The API answers `{error: {status, message}}`; pages answer an HTML error page.
 * Anything else thrown is a bug: logged once and answered as a 500 without details.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The JSON body of every API error. */
export interface ApiErrorBody {
  error: { status: number; message: string };
}

/**
 * Creates the HTTP error to throw for a bad request (400), an unknown id (404), etc.
 *
 * @example
 *   throw httpError(404, 'retold server: no story with id "x"');
 */
export function httpError(status: ContentfulStatusCode, message: string): HTTPException {
  return new HTTPException(status, { message });
}

/** True when the request is for the JSON API. */
export function isApiRequest(c: Context): boolean {
  return c.req.path === '/api' || c.req.path.startsWith('/api/');
}

/** Status and public message of any thrown value (internal errors say nothing more). */
export function describeError(err: unknown): { status: ContentfulStatusCode; message: string } {
  if (err instanceof HTTPException) return { status: err.status, message: err.message || 'request failed' };
  return { status: 500, message: 'retold server: internal error' };
}

/** The JSON error response of the API. */
export function apiError(c: Context, status: ContentfulStatusCode, message: string): Response {
  const body: ApiErrorBody = { error: { status, message } };
  return c.json(body, status);
}

export { HTTPException };
