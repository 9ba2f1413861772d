/**
 * The store stage: where a Retold corpus lives between runs. `Store` is the interface every
 * backend implements; `openSqliteStore` is the SQLite backend. Backends prove themselves
 * with the conformance suite in `conformance.ts` (test-only, so not exported here).
 *
 * @example
 * import { openSqliteStore } from './store/index.js';
 * const store = openSqliteStore('retold.db');
 * const hits = await store.search('bridge spring', { outlet: 'Harbor Gazette' });
 */
export * from './store.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { migrations, schemaVersion, type Migration } from './migrations.js';
export { toFtsQuery } from './fts-query.js';
