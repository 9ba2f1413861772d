/**
 * The conformance suite every `Store` backend must pass: one set of node:test tests, run
 * against each backend from its own test file. Each test opens a fresh, empty store and
 * closes it after. The parts live in `conformance-*.ts`.
 *
 * @example
 * runStoreConformance('sqlite :memory:', () => openSqliteStore(':memory:'));
 */
import { describe } from 'node:test';
import { describeArticleTests } from './conformance-articles.js';
import { makeStoreTest } from './conformance-corpus.js';
import { describeRecordTests } from './conformance-records.js';
import { describeSearchTests } from './conformance-search.js';
import type { Store } from './store.js';

/**
 * Defines the conformance tests for a backend.
 *
 * @param name Shown in the test names.
 * @param open Returns a new, empty store; called once per test.
 */
export function runStoreConformance(name: string, open: () => Promise<Store> | Store): void {
  const it = makeStoreTest(open);
  describe(`store conformance: ${name}`, () => {
    describeArticleTests(it);
    describeRecordTests(it);
    describeSearchTests(it);
  });
}
