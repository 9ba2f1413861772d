import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { runStoreConformance } from './conformance.js';
import { makeArticle, makeQuote } from './fixtures.js';
import { openSqliteStore } from './index.js';
import { migrate, migrations, schemaVersion } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'retold-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `store-${++n}.db`);

runStoreConformance('sqlite file', () => openSqliteStore(freshPath()));
runStoreConformance('sqlite :memory:', () => openSqliteStore(':memory:'));

const pier = makeArticle('m1', '"The pier stays open," the harbor master said.', { title: 'Pier stays open' });
const pierQuote = makeQuote(pier, 'm1-q1', 'The pier stays open,', { speaker: 'Lea Holm' });

describe('sqlite store: files and schema', () => {
  test('should create a WAL database with foreign keys at the current schema version', async () => {
    const path = freshPath();
    await openSqliteStore(path).close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('user_version', { simple: true }), schemaVersion);
    assert.deepEqual(
      raw.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all(),
      migrations.map((m, i) => ({ version: i + 1, name: m.name })),
    );
    raw.close();
  });

  test('should upgrade a database written at an older schema version', async () => {
    const path = freshPath();
    const raw = new Database(path);
    migrate(raw, migrations.slice(0, 1));
    raw
      .prepare(`INSERT INTO articles (id, url, outlet, title, byline, published, language, source, content_hash,
        text, title_start, title_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(pier.id, pier.url, pier.outlet, pier.title, pier.byline, pier.published, pier.language, pier.source,
        pier.contentHash, pier.text, 0, pier.title.length);
    raw.close();
    const store = openSqliteStore(path);
    assert.deepEqual(await store.getArticles(['m1']), [pier]);
    assert.deepEqual((await store.search('harbor')).map((h) => h.articleId), ['m1'], 'old rows are indexed');
    await store.close();
  });

  test('should refuse an older database read-only, and upgrade it for a reader that asks to', async () => {
    const path = freshPath();
    const raw = new Database(path);
    migrate(raw, migrations.slice(0, schemaVersion - 1));
    raw.close();
    assert.throws(() => openSqliteStore(path, { readonly: true }), new RegExp(`found schema version ${schemaVersion - 1}, older than ${schemaVersion}; open it once without readonly`));
    const reader = openSqliteStore(path, { readonly: true, upgrade: true });
    assert.deepEqual(await reader.listStories(), []);
    await reader.close();
    const check = new Database(path, { readonly: true });
    assert.equal(check.pragma('user_version', { simple: true }), schemaVersion);
    check.close();
  });

  test('should refuse a database written by a newer Retold', () => {
    const path = freshPath();
    const raw = new Database(path);
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    assert.throws(
      () => openSqliteStore(path),
      new RegExp(`^Error: retold store: cannot open store-${n}\\.db: expected a Retold SQLite database, found schema version ${schemaVersion + 1}, newer than version ${schemaVersion}`),
    );
  });

  test('should refuse a file that is not SQLite, saying what it starts with', () => {
    const path = join(dir, 'x.db');
    writeFileSync(path, '<!doctype html><html><body>Not a database, a page about a harbor.</body></html>');
    assert.throws(
      () => openSqliteStore(path),
      /^Error: retold store: cannot open x\.db: expected a Retold SQLite database, found a file that is not SQLite \(it starts with "<!doctype html><html><bo"\)$/,
    );
  });

  test('should refuse a directory and a SQLite database of another program', () => {
    const folder = join(dir, 'folder.db');
    mkdirSync(folder);
    assert.throws(() => openSqliteStore(folder), /cannot open folder\.db: expected a Retold SQLite database, found a directory$/);
    const other = join(dir, 'other.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE invoices (id INTEGER)');
    raw.close();
    assert.throws(() => openSqliteStore(other), /cannot open other\.db: .*found a SQLite database of another program \(tables invoices\)/);
  });

  test('should say so when used after close', async () => {
    const store = openSqliteStore(':memory:');
    await store.close();
    await store.close();
    await assert.rejects(store.stats(), /^Error: retold store: expected an open store, found one already closed$/);
  });

  test('should wait for another writer, then say it is locked', async () => {
    const path = freshPath();
    const store = openSqliteStore(path, { busyTimeout: 50 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const message = { source: 'x', articleId: null, rule: 'r', message: 'm', severity: 'info' as const, span: null };
    await assert.rejects(
      store.putMessages([message]),
      /^Error: retold store: cannot write: expected the database to be free within 50 ms, found it locked by another writer$/,
    );
    other.exec('COMMIT');
    other.close();
    await store.putMessages([message]);
    assert.deepEqual(await store.getMessages(), [message]);
    await store.close();
  });

  test('should open read-only without writing', async () => {
    const path = freshPath();
    const writer = openSqliteStore(path);
    await writer.putArticles([{ article: pier, analysis: null, quotes: [pierQuote] }]);
    await writer.close();
    const reader = openSqliteStore(path, { readonly: true });
    assert.deepEqual(await reader.getQuotes(['m1']), [pierQuote]);
    await assert.rejects(
      reader.putMessages([{ source: 'x', articleId: null, rule: 'r', message: 'm', severity: 'info', span: null }]),
      /^Error: retold store: cannot write: expected a store opened for writing, found it opened readonly$/,
    );
    await reader.close();
    assert.throws(() => openSqliteStore(join(dir, 'missing.db'), { readonly: true }), /cannot open missing\.db: .*found no file at that path/);
    assert.throws(() => openSqliteStore(':memory:', { readonly: true }), /cannot open :memory:: .*read-only/);
  });

  test('should refuse unknown options and empty paths', () => {
    assert.throws(() => openSqliteStore(freshPath(), { readOnly: true } as never), /^TypeError: retold store: expected options readonly, busyTimeout, upgrade, found unknown option "readOnly"$/);
    assert.throws(() => openSqliteStore(''), TypeError);
    assert.throws(() => openSqliteStore(':memory:', { busyTimeout: -1 }), /expected busyTimeout in whole milliseconds \(0 or more\), found -1/);
    assert.throws(() => openSqliteStore(':memory:', { readonly: 'yes' as never }), /expected readonly to be true or false, found "yes"/);
  });

  test('should keep the full-text indexes consistent with their rows', async () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    const other = makeArticle('m2', 'Nets dry on the pier, and the pier is quiet.');
    await store.putArticles([
      { article: pier, analysis: null, quotes: [pierQuote] },
      { article: other, analysis: null, quotes: [makeQuote(other, 'm2-q1', 'Nets dry')] },
    ]);
    const revised = makeArticle('m1', '"The pier closes," said Lea Holm.', { title: 'Pier closes' });
    await store.putArticles([
      { article: revised, analysis: null, quotes: [makeQuote(revised, 'm1-q1', 'The pier closes,')] },
      { article: revised, analysis: null, quotes: [makeQuote(revised, 'm1-q2', 'The pier closes,')] },
    ]);
    await store.updateQuotes([{ ...makeQuote(other, 'm2-q1', 'the pier is quiet'), speaker: 'Ola Berg' }]);
    await assert.rejects(store.putArticles([{ article: makeArticle('m3', 'x', { url: other.url }), analysis: null, quotes: [] }]));
    await store.close();
    const raw = new Database(path);
    // With rank 1, the check compares the index with the rows it was built from.
    raw.exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);
      INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1);`);
    assert.deepEqual(raw.prepare('SELECT id FROM quotes ORDER BY id').pluck().all(), ['m1-q2', 'm2-q1']);
    raw.close();
  });
});
