/**
 * Every fixed SQL statement of the SQLite store, prepared once per connection. Lists of
 * ids are passed as one JSON array parameter and expanded with `json_each`, so a single
 * prepared statement serves lists of any length and keeps the caller's order.
 */
import type Database from 'better-sqlite3';
import { MAX_STORIES_PER_KEY } from './store.js';

const storyColumns = `s.id, s.title, s.people, s.first_published, s.last_published,
  (SELECT json_group_array(sa.article_id ORDER BY sa.position)
     FROM story_articles sa WHERE sa.story_id = s.id) AS article_ids`;

/** A statement returning row objects. */
const query = (sql: string) => ({ sql, pluck: false });
/** A statement returning the first column's value instead of a row object. */
const pluck = (sql: string) => ({ sql, pluck: true });

const queries = {
  articleIdById: pluck('SELECT id FROM articles WHERE id = ?'),
  articleIdByUrl: pluck('SELECT id FROM articles WHERE url = ?'),
  articleIdByHash: pluck('SELECT id FROM articles WHERE content_hash = ?'),
  articleText: pluck('SELECT text FROM articles WHERE id = ?'),
  upsertArticle: query(`INSERT INTO articles (id, url, outlet, title, byline, published, language, source,
      content_hash, text, title_start, title_end)
    VALUES (@id, @url, @outlet, @title, @byline, @published, @language, @source,
      @content_hash, @text, @title_start, @title_end)
    ON CONFLICT (id) DO UPDATE SET url = excluded.url, outlet = excluded.outlet,
      title = excluded.title, byline = excluded.byline, published = excluded.published,
      language = excluded.language, source = excluded.source,
      content_hash = excluded.content_hash, text = excluded.text,
      title_start = excluded.title_start, title_end = excluded.title_end`),
  getArticles: query(`SELECT a.* FROM json_each(?) j JOIN articles a ON a.id = j.value ORDER BY j.key`),

  // The full-text indexes, kept in bulk for the articles named by a JSON array of ids.
  // An external-content 'delete' must be given the values that were indexed: the rows
  // as they still are, before they change.
  unindexArticles: query(`INSERT INTO articles_fts (articles_fts, rowid, title, text)
    SELECT 'delete', a.seq, a.title, a.text FROM articles a
    WHERE a.id IN (SELECT value FROM json_each(?))`),
  indexArticles: query(`INSERT INTO articles_fts (rowid, title, text)
    SELECT a.seq, a.title, a.text FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`),
  unindexQuotesOf: query(`INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
    SELECT 'delete', q.seq, q.text, q.speaker FROM quotes q
    WHERE q.article_id IN (SELECT value FROM json_each(?))`),
  unindexQuotes: query(`INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker)
    SELECT 'delete', q.seq, q.text, q.speaker FROM quotes q WHERE q.id IN (SELECT value FROM json_each(?))`),
  indexQuotes: query(`INSERT INTO quotes_fts (rowid, text, speaker)
    SELECT q.seq, q.text, q.speaker FROM quotes q WHERE q.id IN (SELECT value FROM json_each(?))`),
  indexQuotesOf: query(`INSERT INTO quotes_fts (rowid, text, speaker)
    SELECT q.seq, q.text, q.speaker FROM quotes q WHERE q.article_id IN (SELECT value FROM json_each(?))`),

  deleteAnalysis: query('DELETE FROM analyses WHERE article_id = ?'),
  insertAnalysis: query('INSERT INTO analyses (article_id, analysis) VALUES (@article_id, @analysis)'),
  getAnalyses: query(`SELECT n.* FROM json_each(?) j JOIN analyses n ON n.article_id = j.value ORDER BY j.key`),

  deleteQuotesOf: query('DELETE FROM quotes WHERE article_id = ?'),
  insertQuote: query(`INSERT INTO quotes (id, article_id, position, kind, speaker, person_id, said_when,
      confidence, content, cue, source_span, occasion, said_when_json, text)
    VALUES (@id, @article_id, @position, @kind, @speaker, @person_id, @said_when,
      @confidence, @content, @cue, @source_span, @occasion, @said_when_json, @text)`),
  // Replaces a quote in place (same seq and position) or adds it after its article's quotes.
  upsertQuote: query(`INSERT INTO quotes (id, article_id, position, kind, speaker, person_id, said_when,
      confidence, content, cue, source_span, occasion, said_when_json, text)
    VALUES (@id, @article_id,
      (SELECT coalesce(max(position) + 1, 0) FROM quotes WHERE article_id = @article_id),
      @kind, @speaker, @person_id, @said_when,
      @confidence, @content, @cue, @source_span, @occasion, @said_when_json, @text)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, speaker = excluded.speaker,
      person_id = excluded.person_id, said_when = excluded.said_when,
      confidence = excluded.confidence, content = excluded.content, cue = excluded.cue,
      source_span = excluded.source_span, occasion = excluded.occasion,
      said_when_json = excluded.said_when_json, text = excluded.text`),
  quoteArticle: pluck('SELECT article_id FROM quotes WHERE id = ?'),
  getQuotes: query(`SELECT q.* FROM json_each(?) j JOIN quotes q ON q.article_id = j.value
    ORDER BY j.key, q.position`),

  insertMessage: query(`INSERT INTO messages (source, article_id, rule, message, severity, span)
    VALUES (@source, @article_id, @rule, @message, @severity, @span)`),
  allMessages: query('SELECT * FROM messages ORDER BY id'),
  messagesOf: query('SELECT * FROM messages WHERE article_id = ? ORDER BY id'),

  upsertPerson: query(`INSERT INTO people (id, name, aliases, evidence) VALUES (@id, @name, @aliases, @evidence)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases,
      evidence = excluded.evidence`),
  deletePersonKeys: query('DELETE FROM person_keys WHERE person_id = ?'),
  insertPersonKey: query('INSERT OR IGNORE INTO person_keys (key, person_id) VALUES (?, ?)'),
  findPeople: query(`SELECT p.* FROM people p WHERE p.id IN (
      SELECT k.person_id FROM person_keys k WHERE k.key IN (SELECT value FROM json_each(?)))
    ORDER BY p.id`),
  getPeople: query(`SELECT p.* FROM json_each(?) j JOIN people p ON p.id = j.value ORDER BY j.key`),
  allPeople: query('SELECT * FROM people ORDER BY name, id'),

  upsertStory: query(`INSERT INTO stories (id, title, people, first_published, last_published)
    VALUES (@id, @title, @people, @first_published, @last_published)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, people = excluded.people,
      first_published = excluded.first_published, last_published = excluded.last_published`),
  deleteStoryKeys: query('DELETE FROM story_keys WHERE story_id = ?'),
  insertStoryKey: query('INSERT OR IGNORE INTO story_keys (key, story_id, position) VALUES (?, ?, ?)'),
  deleteStoryArticles: query('DELETE FROM story_articles WHERE story_id = ?'),
  insertStoryArticle: query('INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)'),
  deleteGroups: query('DELETE FROM quote_groups WHERE story_id = ?'),
  upsertGroup: query(`INSERT INTO quote_groups (id, story_id, position, speaker, speaker_name, canonical,
      canonical_quoted, said_when, occasion, occurrences)
    VALUES (@id, @story_id, @position, @speaker, @speaker_name, @canonical, @canonical_quoted,
      @said_when, @occasion, @occurrences)
    ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, position = excluded.position,
      speaker = excluded.speaker, speaker_name = excluded.speaker_name,
      canonical = excluded.canonical, canonical_quoted = excluded.canonical_quoted, said_when = excluded.said_when,
      occasion = excluded.occasion, occurrences = excluded.occurrences`),
  deleteCopiesOfStory: query('DELETE FROM copies WHERE story_id = ?'),
  deleteCopiesWithin: query(`DELETE FROM copies
    WHERE from_article IN (SELECT value FROM json_each(@ids))
      AND to_article IN (SELECT value FROM json_each(@ids))`),
  // A link reaching outside the story may still belong to another story: the last to store it keeps it.
  upsertCopy: query(`INSERT INTO copies (story_id, position, from_article, to_article, shared_ratio, kind)
    VALUES (@story_id, @position, @from_article, @to_article, @shared_ratio, @kind)
    ON CONFLICT (from_article, to_article) DO UPDATE SET story_id = excluded.story_id,
      position = excluded.position, shared_ratio = excluded.shared_ratio, kind = excluded.kind`),
  deleteTimeline: query('DELETE FROM timeline WHERE story_id = ?'),
  insertTimeline: query(`INSERT INTO timeline (story_id, position, date, precision, kind, label,
      quote_group_id, article_id)
    VALUES (@story_id, @position, @date, @precision, @kind, @label, @quote_group_id, @article_id)`),

  getStory: query(`SELECT ${storyColumns} FROM stories s WHERE s.id = ?`),
  allStories: query(`SELECT ${storyColumns} FROM stories s
    ORDER BY s.last_published IS NULL, s.last_published DESC, s.id`),
  // A key held by more than MAX_STORIES_PER_KEY stories is passed over; counting stops
  // one past the limit, so a common key costs no more than a rare one.
  findStories: query(`SELECT ${storyColumns} FROM stories s WHERE s.id IN (
      SELECT k.story_id FROM story_keys k WHERE k.key IN (
        SELECT j.value FROM json_each(?) j
        WHERE (SELECT count(*) FROM (SELECT 1 FROM story_keys c WHERE c.key = j.value LIMIT ${MAX_STORIES_PER_KEY + 1})) <= ${MAX_STORIES_PER_KEY}))
    ORDER BY s.id`),
  storyKeys: pluck('SELECT key FROM story_keys WHERE story_id = ? ORDER BY position'),
  groupsOf: query('SELECT * FROM quote_groups WHERE story_id = ? ORDER BY position'),
  copiesOf: query('SELECT * FROM copies WHERE story_id = ? ORDER BY position'),
  timelineOf: query('SELECT * FROM timeline WHERE story_id = ? ORDER BY position'),

  stats: query(`SELECT
    (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM quotes) AS quotes,
    (SELECT count(*) FROM people) AS people,
    (SELECT count(*) FROM stories) AS stories,
    (SELECT count(*) FROM messages) AS messages`),
};

/** The prepared statements of one connection, by name. */
export type Statements = { readonly [Name in keyof typeof queries]: Database.Statement };

/** Prepares every statement of a store connection. */
export function prepareStatements(db: Database.Database): Statements {
  const prepared: Partial<Record<keyof typeof queries, Database.Statement>> = {};
  for (const name of Object.keys(queries) as (keyof typeof queries)[]) {
    const statement = db.prepare(queries[name].sql);
    prepared[name] = queries[name].pluck ? statement.pluck() : statement;
  }
  return prepared as Statements;
}
