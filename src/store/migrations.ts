/**
 * The SQLite schema of a Retold store, as an ordered list of migrations. Migration `n`
 * (1-based) takes a database at schema version `n - 1` to version `n`; the version is kept
 * in `PRAGMA user_version` and each applied step is recorded in `schema_migrations`.
 * Never edit a released migration: append a new one.
 *
 * Tables are STRICT so that a value of the wrong type is refused instead of stored.
 * JSON columns hold text produced by `JSON.stringify` (see `rows.ts`).
 */
import type Database from 'better-sqlite3';

/** One step of the schema. */
export interface Migration {
  /** Short description, recorded in `schema_migrations`. */
  name: string;
  /** Applies the step; runs inside a transaction. */
  up(db: Database.Database): void;
}

/** Version 1: the records, with an index on every lookup column. */
const createRecords: Migration = {
  name: 'create records',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet TEXT,
        title TEXT NOT NULL,
        byline TEXT,
        published TEXT,
        language TEXT NOT NULL,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        title_start INTEGER NOT NULL,
        title_end INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);

      CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        analysis TEXT NOT NULL
      ) STRICT;

      CREATE TABLE quotes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker TEXT,
        person_id TEXT,
        said_when TEXT,
        confidence REAL NOT NULL,
        content TEXT NOT NULL,
        cue TEXT,
        source_span TEXT,
        occasion TEXT,
        said_when_json TEXT,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quotes_article ON quotes(article_id, position);
      CREATE INDEX quotes_kind ON quotes(kind);
      CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
      CREATE INDEX quotes_person ON quotes(person_id);
      CREATE INDEX quotes_said_when ON quotes(said_when);

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL,
        evidence TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_name ON people(name);
      CREATE TABLE person_keys (
        key TEXT NOT NULL,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (key, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX person_keys_person ON person_keys(person_id);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        people TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT
      ) STRICT;
      CREATE INDEX stories_last_published ON stories(last_published);
      CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (key, story_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_keys_story ON story_keys(story_id);
      CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_articles_article ON story_articles(article_id);

      CREATE TABLE quote_groups (
        id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        speaker TEXT,
        speaker_name TEXT,
        canonical TEXT NOT NULL,
        said_when TEXT,
        occasion TEXT,
        occurrences TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quote_groups_story ON quote_groups(story_id, position);
      CREATE INDEX quote_groups_speaker ON quote_groups(speaker);

      CREATE TABLE copies (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        from_article TEXT NOT NULL,
        to_article TEXT NOT NULL,
        shared_ratio REAL NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (from_article, to_article)
      ) STRICT;
      CREATE INDEX copies_story ON copies(story_id, position);
      CREATE INDEX copies_to ON copies(to_article);

      CREATE TABLE timeline (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        date TEXT NOT NULL,
        precision TEXT NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        quote_group_id TEXT,
        article_id TEXT,
        PRIMARY KEY (story_id, position)
      ) STRICT;
      CREATE INDEX timeline_date ON timeline(date);

      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        article_id TEXT,
        rule TEXT NOT NULL,
        message TEXT NOT NULL,
        severity TEXT NOT NULL,
        span TEXT
      ) STRICT;
      CREATE INDEX messages_article ON messages(article_id);
      CREATE INDEX messages_rule ON messages(rule);
    `);
  },
};

/**
 * Version 2: full-text search. External-content FTS5 tables read their text from
 * `articles` and `quotes` (so `snippet()` works without a second copy) and are kept in
 * sync by triggers; `rebuild` indexes rows written before this version existed. They key
 * on the explicit `seq` column, not the implicit rowid, because VACUUM may renumber an
 * implicit rowid and would silently detach the index from its rows.
 */
const createSearch: Migration = {
  name: 'create full-text search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content='articles', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker,
        content='quotes', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.seq, new.text, new.speaker);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
          VALUES ('delete', old.seq, old.text, old.speaker);
      END;
      CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
          VALUES ('delete', old.seq, old.text, old.speaker);
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.seq, new.text, new.speaker);
      END;

      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
      INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
    `);
  },
};

/**
 * Version 3: the store keeps the full-text indexes itself, in bulk per call. Row triggers
 * on FTS5 tables cost three times as much per row and capped inserts near 3,500
 * articles/s; the indexes and their content are unchanged.
 */
const dropSearchTriggers: Migration = {
  name: 'maintain full-text search in bulk',
  up(db) {
    db.exec(`
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TRIGGER quotes_fts_insert;
      DROP TRIGGER quotes_fts_delete;
      DROP TRIGGER quotes_fts_update;
    `);
  },
};

/**
 * Version 4: whether a group's canonical wording was quoted by some outlet or is a report's
 * words (`QuoteGroup.canonicalQuoted`). Groups stored before it are marked quoted, as every
 * view showed them; re-analysing a story rewrites its groups with the real value.
 */
const addCanonicalQuoted: Migration = {
  name: 'quote groups say whether their canonical was quoted',
  up(db) {
    db.exec('ALTER TABLE quote_groups ADD COLUMN canonical_quoted INTEGER NOT NULL DEFAULT 1');
  },
};

/** Every migration, in order; the schema version is the length of this list. */
export const migrations: readonly Migration[] = [createRecords, createSearch, dropSearchTriggers, addCanonicalQuoted];

/** Current schema version written by this code. */
export const schemaVersion = migrations.length;

/** Reads `PRAGMA user_version`. */
export function readSchemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings `db` up to the version of `list` (default: every migration), one transaction per
 * step so that a failing step leaves the database at the last good version.
 *
 * @throws Error when the database is newer than `list` knows.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): void {
  const current = readSchemaVersion(db);
  if (current > list.length) {
    throw new Error(
      `expected schema version ${list.length} or older, found version ${current} (written by a newer Retold)`,
    );
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
  ) STRICT`);
  const record = db.prepare('INSERT OR REPLACE INTO schema_migrations (version, name) VALUES (?, ?)');
  for (let version = current + 1; version <= list.length; version++) {
    const step = list[version - 1];
    // Immediate, and re-checked inside, so that two processes opening an old file at once
    // apply each step once: the second waits for the lock, then finds the step done.
    db.transaction(() => {
      if (readSchemaVersion(db) >= version) return;
      step.up(db);
      record.run(version, step.name);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
