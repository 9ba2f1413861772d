/**
 * The store stage: where a Retold corpus lives between runs. `Store` is the interface every
 * backend implements; `openSqliteStore` is the SQLite backend. `runStoreConformance` is the
 * test suite any backend must pass.
 */
export * from './store.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { migrations, schemaVersion, type Migration } from './migrations.js';
export { toFtsQuery } from './fts-query.js';
