/**
 * The SQLite backend of `Store` (better-sqlite3). Every write is one transaction: a call
 * either stores all it was given or, on the first bad record, nothing, and its error names
 * that record. Calls answer synchronously inside resolved promises.
 */
import type { Article, Message, Person, Quote } from '../model.js';
import { checkFilter, defaultSearchLimit } from './filter.js';
import { toFtsQuery } from './fts-query.js';
import * as rows from './rows.js';
import { defaultBusyTimeout, openSqliteDatabase, type SqliteStoreOptions } from './sqlite-open.js';
import {
  createStatementCache,
  listArticlesSql,
  listQuotesSql,
  searchArticlesSql,
  searchQuotesSql,
  type SearchRow,
} from './sqlite-query.js';
import { prepareStatements } from './sqlite-statements.js';
import type { BatchWrite, Duplicate, SearchHit, Store, StoryResults } from './store.js';
import { checkArticleItem, checkQuote, checkRow, checkStoryResults, describe } from './validate.js';

type ArticleItem = Parameters<Store['putArticles']>[0][number];

/**
 * Opens the Retold store in the SQLite file at `path` (created when missing, upgraded when
 * older), or an in-memory store for `':memory:'`.
 *
 * @param path Database file, or `':memory:'`.
 * @param options `readonly` (default `false`) opens without writing; `busyTimeout` (default
 *   5000 ms) is how long to wait for another writer.
 * @throws Error `retold store: cannot open x.db: expected a Retold SQLite database, found …`.
 * @example
 * const store = openSqliteStore('retold.db');
 * await store.putArticles([{ article, analysis: null, quotes: [] }]);
 * await store.close();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = openSqliteDatabase(path, options);
  const busyTimeout = options.busyTimeout ?? defaultBusyTimeout;
  const sql = prepareStatements(db);
  const cached = createStatementCache(db);

  function writeArticle({ article, analysis, quotes }: ArticleItem): void {
    checkArticleItem(article, analysis, quotes);
    sql.upsertArticle.run(checkRow('articles', rows.toArticleRow(article)));
    sql.deleteAnalysis.run(article.id);
    if (analysis !== null) sql.insertAnalysis.run(checkRow('analyses', rows.toAnalysisRow(analysis)));
    sql.deleteQuotesOf.run(article.id);
    quotes.forEach((quote, i) => sql.insertQuote.run(checkRow('quotes', rows.toQuoteRow(quote, i, article.text))));
  }

  /** Says which stored record a unique constraint collided with. */
  function explain(error: unknown, article?: Article, quotes: Quote[] = []): string {
    const message = error instanceof Error ? error.message : String(error);
    if (article && message.includes('articles.url')) {
      const other = sql.articleIdByUrl.get(article.url);
      return `expected a URL not stored under another id, found ${article.url} stored as article "${other}"`;
    }
    if (article && message.includes('articles.content_hash')) {
      const other = sql.articleIdByHash.get(article.contentHash);
      return `expected content not stored under another id, found the same contentHash stored as article "${other}"`;
    }
    if (message.includes('quotes.id')) {
      for (const quote of quotes) {
        const owner = sql.quoteArticle.get(quote.id);
        if (owner !== undefined && owner !== quote.articleId) {
          return `expected quote ids not used by another article, found quote "${quote.id}" stored for article "${owner}"`;
        }
      }
    }
    const notNull = /NOT NULL constraint failed: (\S+)/.exec(message);
    if (notNull) return `expected a value for ${notNull[1]}, found null or undefined`;
    return message.startsWith('expected') ? message : `expected a record SQLite accepts, found: ${message}`;
  }

  function failure(what: string, cause: unknown, detail: string): Error {
    return new Error(`retold store: cannot save ${what}: ${detail}`, { cause });
  }

  const putArticles = db.transaction((items: ArticleItem[]) => {
    const ids = JSON.stringify([...new Set(items.map((item) => item?.article?.id))]);
    sql.unindexArticles.run(ids);
    sql.unindexQuotesOf.run(ids);
    for (const item of items) {
      try {
        writeArticle(item);
      } catch (error) {
        const name = `article ${describe(item?.article?.id)}${item?.article?.source ? ` (${item.article.source})` : ''}`;
        throw failure(name, error, explain(error, item?.article, item?.quotes));
      }
    }
    sql.indexArticles.run(ids);
    sql.indexQuotesOf.run(ids);
  });

  const updateQuotes = db.transaction((quotes: Quote[]) => {
    const ids = JSON.stringify([...new Set(quotes.map((quote) => quote?.id))]);
    sql.unindexQuotes.run(ids);
    for (const quote of quotes) {
      try {
        const text = sql.articleText.get(quote?.articleId) as string | undefined;
        if (text === undefined) {
          throw new Error(`expected its article to be stored, found no article ${describe(quote?.articleId)}`);
        }
        checkQuote(quote, text.length);
        const owner = sql.quoteArticle.get(quote.id) as string | undefined;
        if (owner !== undefined && owner !== quote.articleId) {
          throw new Error(`expected it to stay in article "${owner}", found articleId "${quote.articleId}"`);
        }
        sql.upsertQuote.run(checkRow('quotes', rows.toQuoteRow(quote, 0, text)));
      } catch (error) {
        throw failure(`quote ${describe(quote?.id)}`, error, explain(error));
      }
    }
    sql.indexQuotes.run(ids);
  });

  const putMessages = db.transaction((messages: Message[]) => {
    messages.forEach((message, i) => {
      try {
        sql.insertMessage.run(checkRow('messages', rows.toMessageRow(message)));
      } catch (error) {
        throw failure(`message ${i} (rule ${describe(message?.rule)})`, error, explain(error));
      }
    });
  });

  const putPeople = db.transaction((items: { person: Person; keys: string[] }[]) => {
    for (const { person, keys } of items) {
      try {
        if (typeof person?.id !== 'string' || person.id === '') {
          throw new Error(`expected a person with a non-empty id, found ${describe(person?.id)}`);
        }
        sql.upsertPerson.run(checkRow('people', rows.toPersonRow(person)));
        sql.deletePersonKeys.run(person.id);
        for (const key of keys) sql.insertPersonKey.run(checkRow('person_keys', { key }).key, person.id);
      } catch (error) {
        throw failure(`person ${describe(person?.id)}`, error, explain(error));
      }
    }
  });

  function writeStory(results: StoryResults): void {
    checkStoryResults(results);
    const { story } = results;
    for (const articleId of story.articleIds) {
      if (sql.articleIdById.get(articleId) === undefined) {
        throw new Error(`expected its articleIds to be stored articles, found unknown article "${articleId}"`);
      }
    }
    sql.upsertStory.run(checkRow('stories', rows.toStoryRow(story)));
    sql.deleteStoryKeys.run(story.id);
    results.keys.forEach((key, i) => sql.insertStoryKey.run(checkRow('story_keys', { key }).key, story.id, i));
    sql.deleteStoryArticles.run(story.id);
    story.articleIds.forEach((articleId, i) => sql.insertStoryArticle.run(story.id, articleId, i));
    sql.deleteGroups.run(story.id);
    results.groups.forEach((group, i) => sql.upsertGroup.run(checkRow('quote_groups', rows.toQuoteGroupRow(group, i))));
    // The story's copies are those it stored before and any others between its own articles.
    sql.deleteCopiesOfStory.run(story.id);
    sql.deleteCopiesWithin.run({ ids: JSON.stringify(story.articleIds) });
    results.copies.forEach((copy, i) => sql.upsertCopy.run(checkRow('copies', rows.toCopyRow(copy, story.id, i))));
    sql.deleteTimeline.run(story.id);
    results.timeline.forEach((event, i) => sql.insertTimeline.run(checkRow('timeline', rows.toTimelineRow(event, i))));
  }

  const putStoryResults = db.transaction((results: StoryResults[]) => {
    for (const item of results) {
      try {
        writeStory(item);
      } catch (error) {
        throw failure(`story ${describe(item?.story?.id)}`, error, explain(error));
      }
    }
  });

  // better-sqlite3 runs the nested transactions above as savepoints inside this one.
  const putBatch = db.transaction((batch: BatchWrite) => {
    putArticles(batch.articles);
    putPeople(batch.people);
    putStoryResults(batch.stories);
    putMessages(batch.messages);
  });

  function toHit(row: SearchRow): SearchHit {
    return {
      type: row.quote_id === null ? 'article' : 'quote',
      articleId: row.article_id,
      quoteId: row.quote_id,
      title: row.title,
      outlet: row.outlet,
      published: row.published,
      snippet: row.snippet,
      speaker: row.speaker,
      kind: row.kind as SearchHit['kind'],
    };
  }

  function live(): void {
    if (!db.open) throw new Error('retold store: expected an open store, found one already closed');
  }

  /**
   * Runs a write transaction. Writers take the lock when they begin (`.immediate`), so a
   * second process waits up to the busy timeout instead of failing midway when a read
   * would upgrade to a write.
   */
  function write(run: () => void): void {
    if (db.readonly) {
      throw new Error('retold store: cannot write: expected a store opened for writing, found it opened readonly');
    }
    try {
      run();
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (code === 'SQLITE_BUSY') {
        throw new Error(
          `retold store: cannot write: expected the database to be free within ${busyTimeout} ms, found it locked by another writer`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  const store: Store = {
    async findDuplicate(article) {
      live();
      const byId = sql.articleIdById.get(article.id) as string | undefined;
      if (byId !== undefined) return { id: byId, reason: 'id' } satisfies Duplicate;
      if (article.url !== null) {
        const byUrl = sql.articleIdByUrl.get(article.url) as string | undefined;
        if (byUrl !== undefined) return { id: byUrl, reason: 'url' };
      }
      const byHash = sql.articleIdByHash.get(article.contentHash) as string | undefined;
      if (byHash !== undefined) return { id: byHash, reason: 'content' };
      return null;
    },
    async putArticles(items) {
      live();
      write(() => putArticles.immediate(items));
    },
    async putMessages(messages) {
      live();
      write(() => putMessages.immediate(messages));
    },
    async updateQuotes(quotes) {
      live();
      write(() => updateQuotes.immediate(quotes));
    },
    async findPeople(keys) {
      live();
      return (sql.findPeople.all(JSON.stringify(keys)) as rows.PersonRow[]).map(rows.fromPersonRow);
    },
    async putPeople(items) {
      live();
      write(() => putPeople.immediate(items));
    },
    async findStories(keys) {
      live();
      return (sql.findStories.all(JSON.stringify(keys)) as rows.StoryReadRow[]).map(rows.fromStoryRow);
    },
    async putStoryResults(results) {
      live();
      write(() => putStoryResults.immediate(results));
    },
    async putBatch(batch) {
      live();
      write(() => putBatch.immediate(batch));
    },
    async getArticles(ids) {
      live();
      return (sql.getArticles.all(JSON.stringify(ids)) as rows.ArticleRow[]).map(rows.fromArticleRow);
    },
    async getQuotes(articleIds) {
      live();
      return (sql.getQuotes.all(JSON.stringify(articleIds)) as rows.QuoteRow[]).map(rows.fromQuoteRow);
    },
    async getAnalyses(articleIds) {
      live();
      return (sql.getAnalyses.all(JSON.stringify(articleIds)) as rows.AnalysisRow[]).map(rows.fromAnalysisRow);
    },
    async getPeople(ids) {
      live();
      const found = ids === undefined ? sql.allPeople.all() : sql.getPeople.all(JSON.stringify(ids));
      return (found as rows.PersonRow[]).map(rows.fromPersonRow);
    },
    async listStories() {
      live();
      return (sql.allStories.all() as rows.StoryReadRow[]).map(rows.fromStoryRow);
    },
    async getStory(id) {
      live();
      const row = sql.getStory.get(id) as rows.StoryReadRow | undefined;
      return row ? rows.fromStoryRow(row) : null;
    },
    async getStoryResults(id) {
      live();
      const row = sql.getStory.get(id) as rows.StoryReadRow | undefined;
      if (!row) return null;
      return {
        story: rows.fromStoryRow(row),
        keys: sql.storyKeys.all(id) as string[],
        groups: (sql.groupsOf.all(id) as rows.QuoteGroupRow[]).map(rows.fromQuoteGroupRow),
        copies: (sql.copiesOf.all(id) as rows.CopyRow[]).map(rows.fromCopyRow),
        timeline: (sql.timelineOf.all(id) as rows.TimelineRow[]).map(rows.fromTimelineRow),
      };
    },
    async getMessages(articleId) {
      live();
      const found = articleId === undefined ? sql.allMessages.all() : sql.messagesOf.all(articleId);
      return (found as rows.MessageRow[]).map(rows.fromMessageRow);
    },
    async listQuotes(filter) {
      live();
      const { sql: text, params } = listQuotesSql(checkFilter(filter));
      return (cached(text).all(params) as rows.QuoteRow[]).map(rows.fromQuoteRow);
    },
    async listArticles(filter) {
      live();
      const { sql: text, params } = listArticlesSql(checkFilter(filter));
      return (cached(text).all(params) as rows.ArticleRow[]).map(rows.fromArticleRow);
    },
    async search(query, filter) {
      live();
      const checked = checkFilter(filter);
      if (typeof query !== 'string') {
        throw new TypeError(`retold store: expected a search query string, found ${describe(query)}`);
      }
      const match = toFtsQuery(query);
      if (match === null) return [];
      const limit = checked.limit ?? defaultSearchLimit;
      const found: SearchRow[] = [];
      for (const build of [searchArticlesSql, searchQuotesSql]) {
        const { sql: text, params } = build(checked);
        found.push(...(cached(text).all({ ...params, match, limit }) as SearchRow[]));
      }
      // bm25 is lower-is-better; ties keep articles before quotes and each list's own order.
      return found
        .map((row, i) => ({ row, i }))
        .sort((x, y) => x.row.score - y.row.score || x.i - y.i)
        .slice(0, limit)
        .map(({ row }) => toHit(row));
    },
    async stats() {
      live();
      return sql.stats.get() as Awaited<ReturnType<Store['stats']>>;
    },
    async close() {
      if (!db.open) return;
      // Lets SQLite refresh the statistics its query planner uses, cheaply, as it advises.
      if (!db.readonly) db.pragma('optimize');
      db.close();
    },
  };
  return store;
}

export type { SqliteStoreOptions };
