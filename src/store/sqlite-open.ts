/**
 * Opens a SQLite database file as a Retold store: connection settings, the schema check
 * and migrations, and errors that say what was expected and what was found.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, readSchemaVersion, schemaVersion } from './migrations.js';

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** Open without writing anything; the file must exist and be at the current version. Default `false`. */
  readonly?: boolean;
  /** Milliseconds to wait for another writer's lock before failing. Default `5000`. */
  busyTimeout?: number;
  /**
   * With `readonly`: bring a store written by an older Retold up to the current schema
   * first (one read-write open that applies the migrations), instead of refusing it. The
   * readers (`retold report`, `retold serve`) use it, so that a store survives an upgrade
   * of Retold without a command to run in between. Default `false`.
   */
  upgrade?: boolean;
}

/** Milliseconds a connection waits for another writer's lock by default. */
export const defaultBusyTimeout = 5000;

const knownOptions = new Set(['readonly', 'busyTimeout', 'upgrade']);

/**
 * Opens (creating when needed) and upgrades the database at `path`, or `:memory:`.
 *
 * @throws Error `retold store: cannot open x.db: expected …, found …` when the file is not
 *   a Retold SQLite database, is newer than this code, or cannot be opened.
 */
export function openSqliteDatabase(path: string, options: SqliteStoreOptions = {}): Database.Database {
  if (typeof path !== 'string' || path === '') {
    throw new TypeError(`retold store: expected a database path or ':memory:', found ${JSON.stringify(path)}`);
  }
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) {
      throw new TypeError(`retold store: expected options ${[...knownOptions].join(', ')}, found unknown option "${key}"`);
    }
  }
  for (const key of ['readonly', 'upgrade'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') {
      throw new TypeError(`retold store: expected ${key} to be true or false, found ${JSON.stringify(options[key])}`);
    }
  }
  const timeout = options.busyTimeout;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new TypeError(`retold store: expected busyTimeout in whole milliseconds (0 or more), found ${timeout}`);
  }
  const readonly = options.readonly ?? false;
  const name = path === ':memory:' ? ':memory:' : basename(path);
  const fail = (found: string, cause?: unknown): Error =>
    new Error(`retold store: cannot open ${name}: expected a Retold SQLite database, found ${found}`, { cause });

  if (path !== ':memory:') {
    const found = describeUnusablePath(path, readonly);
    if (found) throw fail(found);
  } else if (readonly) {
    throw fail('an in-memory database, which cannot be opened read-only');
  }

  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: options.busyTimeout ?? defaultBusyTimeout });
  } catch (error) {
    throw fail(`an error from SQLite: ${errorText(error)}`, error);
  }
  try {
    checkIsRetold(db, path, fail);
    if (!readonly) {
      // WAL lets readers (the web UI) work while the pipeline writes; NORMAL is safe with WAL.
      if (path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    const version = readSchemaVersion(db);
    if (version > schemaVersion) {
      throw fail(`schema version ${version}, newer than version ${schemaVersion} that this Retold knows; upgrade Retold`);
    }
    if (version < schemaVersion) {
      if (readonly && options.upgrade === true) {
        db.close();
        openSqliteDatabase(path, { busyTimeout: options.busyTimeout }).close();
        return openSqliteDatabase(path, { readonly: true, busyTimeout: options.busyTimeout });
      }
      if (readonly) {
        throw fail(`schema version ${version}, older than ${schemaVersion}; open it once without readonly (any \`retold analyze --db\` run does) to upgrade it`);
      }
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && error.message.startsWith('retold store:')) throw error;
    throw fail(describeSqliteError(path, error), error);
  }
}

/** Refuses a database that SQLite can read but that some other program made. */
function checkIsRetold(db: Database.Database, path: string, fail: (found: string) => Error): void {
  // The first read is where SQLite notices a file that is not a database at all.
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  if (readSchemaVersion(db) === 0 && tables.some((t) => t !== 'schema_migrations')) {
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
    throw fail(`a SQLite database of another program (tables ${shown}) in ${path}`);
  }
}

/** What is wrong with a path before SQLite sees it, or null when it looks openable. */
function describeUnusablePath(path: string, readonly: boolean): string | null {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return readonly ? 'no file at that path' : null;
  }
  if (stats.isDirectory()) return 'a directory';
  if (!stats.isFile()) return 'something that is not a regular file';
  return null;
}

function describeSqliteError(path: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB') return `a file that is not SQLite (${describeStart(path)})`;
  if (code === 'SQLITE_CORRUPT') return 'a damaged SQLite database';
  return `an error from SQLite: ${errorText(error)}`;
}

/** Shows the first bytes of a file, which usually tell what it is (`<html`, `{"id"`, `PK`). */
function describeStart(path: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(24);
      const read = readSync(fd, buffer, 0, buffer.length, 0);
      const start = buffer.subarray(0, read).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
      return `it starts with ${JSON.stringify(start)}`;
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return `unreadable: ${errorText(error)}`;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
