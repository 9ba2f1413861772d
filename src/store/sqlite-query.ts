/**
 * Filtered listing and full-text search for the SQLite store. The WHERE clause depends on
 * which filters are set, so statements are built per combination of filters and cached
 * (at most 2^5 of each kind). Values always travel as parameters, never inside the SQL.
 */
import type Database from 'better-sqlite3';
import type { QuoteFilter } from './store.js';

/** Parameters bound to a filtered statement. */
export type FilterParams = Record<string, string | number>;

/**
 * Builds the conditions on articles `a` (and quotes `q` when `quotes` is set) for `filter`.
 * Dates compare against the article's publication date; `to` is inclusive of the whole
 * day (or month, or year) it names. `speaker` matches a quote's person id or, ignoring
 * case, its speaker name; for articles it means "has a quote by".
 */
export function filterSql(filter: QuoteFilter, quotes: boolean): { where: string[]; params: FilterParams } {
  const where: string[] = [];
  const params: FilterParams = {};
  if (filter.speaker !== undefined) {
    params.speaker = filter.speaker;
    const match = (alias: string) =>
      `(${alias}.person_id = @speaker OR ${alias}.speaker = @speaker COLLATE NOCASE)`;
    where.push(
      quotes
        ? match('q')
        : `EXISTS (SELECT 1 FROM quotes qs WHERE qs.article_id = a.id AND ${match('qs')})`,
    );
  }
  if (filter.story !== undefined) {
    params.story = filter.story;
    where.push('a.id IN (SELECT article_id FROM story_articles WHERE story_id = @story)');
  }
  if (filter.outlet !== undefined) {
    params.outlet = filter.outlet;
    where.push('a.outlet = @outlet');
  }
  if (filter.from !== undefined) {
    params.from = filter.from;
    where.push('a.published >= @from');
  }
  if (filter.to !== undefined) {
    // '~' sorts after every character of an ISO date-time, so '2024-05-01T09:00Z' <= '2024-05-01~'.
    params.to = `${filter.to}~`;
    where.push('a.published <= @to');
  }
  return { where, params };
}

/** A cache of statements keyed by the SQL text they were built from. */
export function createStatementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

function and(where: string[]): string {
  return where.map((w) => ` AND ${w}`).join('');
}

/** SQL listing quotes with their article's order; binds the filter params and `@limit`. */
export function listQuotesSql(filter: QuoteFilter): { sql: string; params: FilterParams } {
  const { where, params } = filterSql(filter, true);
  const sql = `SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1${and(where)}
    ORDER BY a.published IS NULL, a.published, q.article_id, q.position LIMIT @limit`;
  return { sql, params: { ...params, limit: filter.limit ?? -1 } };
}

/** SQL listing articles by publication date; binds the filter params and `@limit`. */
export function listArticlesSql(filter: QuoteFilter): { sql: string; params: FilterParams } {
  const { where, params } = filterSql(filter, false);
  const sql = `SELECT a.* FROM articles a WHERE 1${and(where)}
    ORDER BY a.published IS NULL, a.published, a.id LIMIT @limit`;
  return { sql, params: { ...params, limit: filter.limit ?? -1 } };
}

/** A row of a search query, before it becomes a `SearchHit`. */
export interface SearchRow {
  article_id: string;
  quote_id: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  snippet: string;
  speaker: string | null;
  kind: string | null;
  score: number;
}

/** Words of context shown around a match in a snippet. */
const snippetWords = 24;

/**
 * SQL searching article titles and text, best first (bm25, title weighted 3:1). Ordering by
 * the FTS5 `rank` column (set per query with `rank MATCH`) lets FTS5 sort before the join,
 * so only the rows kept are joined: three times faster than `ORDER BY bm25()` on a common
 * word. Binds the
 * filter params, `@match` (an escaped FTS5 expression) and `@limit`.
 */
export function searchArticlesSql(filter: QuoteFilter): { sql: string; params: FilterParams } {
  const { where, params } = filterSql(filter, false);
  const sql = `SELECT a.id AS article_id, NULL AS quote_id, a.title, a.outlet, a.published,
      snippet(articles_fts, -1, '[', ']', '…', ${snippetWords}) AS snippet,
      NULL AS speaker, NULL AS kind, f.rank AS score
    FROM articles_fts f JOIN articles a ON a.seq = f.rowid
    WHERE articles_fts MATCH @match AND f.rank MATCH 'bm25(3.0, 1.0)'${and(where)}
    ORDER BY f.rank LIMIT @limit`;
  return { sql, params };
}

/**
 * SQL searching quote text and speakers, best first (bm25, text weighted 2:1). The snippet
 * always shows the quote's words, even when only the speaker matched.
 */
export function searchQuotesSql(filter: QuoteFilter): { sql: string; params: FilterParams } {
  const { where, params } = filterSql(filter, true);
  const sql = `SELECT q.article_id, q.id AS quote_id, a.title, a.outlet, a.published,
      snippet(quotes_fts, 0, '[', ']', '…', ${snippetWords}) AS snippet,
      q.speaker, q.kind, f.rank AS score
    FROM quotes_fts f JOIN quotes q ON q.seq = f.rowid JOIN articles a ON a.id = q.article_id
    WHERE quotes_fts MATCH @match AND f.rank MATCH 'bm25(2.0, 1.0)'${and(where)}
    ORDER BY f.rank LIMIT @limit`;
  return { sql, params };
}
