/**
 * Conformance tests for full-text search: both kinds of hits, marked snippets, hostile queries, filters, ranking.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import fc from 'fast-check';
import { bridge, seed, type StoreTest } from './conformance-corpus.js';
import { makeArticle, makeStoryResults } from './fixtures.js';
import type { Store } from './store.js';

/** Defines the search tests of the store conformance suite. */
export function describeSearchTests(it: StoreTest): void {
    describe('search', () => {
      it('should find articles and quotes with marked snippets', async (store) => {
        await seed(store);
        const hits = await store.search('bridge spring');
        assert.deepEqual(
          hits.map((h) => `${h.type}:${h.quoteId ?? h.articleId}`).sort(),
          ['article:a1', 'quote:a1-q1'],
          'both kinds are found',
        );
        const quoteHit = hits.find((h) => h.type === 'quote');
        // Backends mark matches their own way; the marked words and the plain text must agree.
        assert.match(quoteHit?.snippet ?? '', /\[bridge\].*\[spring\]/i);
        assert.ok(bridge.text.includes((quoteHit?.snippet ?? '').replace(/[[\]]/g, '').replace(/^…|…$/g, '')));
        assert.deepEqual({ ...quoteHit, snippet: null }, {
          type: 'quote',
          articleId: 'a1',
          quoteId: 'a1-q1',
          title: 'Harbor bridge to open',
          outlet: 'Harbor Gazette',
          published: '2024-03-04T08:00:00Z',
          snippet: null,
          speaker: 'Ana Ruiz',
          kind: 'direct',
        });
        for (const hit of hits) {
          assert.match(hit.snippet, /\[[^\]]+\]/);
          assert.doesNotMatch(hit.snippet, /<\/?b>/);
        }
      });

      it('should treat FTS5 syntax in a query as plain words', async (store) => {
        await seed(store);
        const hostile = ['"', '*', 'NEAR(', 'OR', '-', 'AND', 'NOT', '(', ')', ':', '^', '+', '""', 'title:bridge',
          'bridge OR ferry', 'NEAR(bridge ferry, 2)', '-bridge', 'bri*', '"unbalanced', 'a"b', '{title text}: x',
          '', '   ', '\u0000', '🌉 bridge', 'x'.repeat(5000)];
        for (const query of hostile) {
          const hits = await store.search(query);
          assert.ok(Array.isArray(hits), `query ${JSON.stringify(query)} returns a list`);
        }
        assert.deepEqual((await store.search('NEAR(')).map((h) => h.articleId), ['a2'], 'NEAR is a word');
        assert.deepEqual((await store.search('OR')).map((h) => h.articleId), ['a2'], 'OR is a word');
        assert.deepEqual(await store.search('bridge OR ferry'), [], 'words are all required, OR is one of them');
        assert.deepEqual(await store.search('-bridge'), await store.search('bridge'), 'a minus is not NOT');
        assert.deepEqual(await store.search('*'), []);
        await fc.assert(
          fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 30 }), async (query) => {
            assert.ok(Array.isArray(await store.search(query)));
          }),
          { numRuns: 200 },
        );
      });

      it('should filter search hits', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a3'], [])]);
        const found = async (query: string, filter: Parameters<Store['search']>[1]) =>
          (await store.search(query, filter)).map((h) => `${h.type}:${h.quoteId ?? h.articleId}`).sort();
        assert.deepEqual(await found('bridge', {}), ['article:a1', 'article:a3', 'quote:a1-q1']);
        assert.deepEqual(await found('bridge', { speaker: 'ana ruiz' }), ['article:a1', 'quote:a1-q1']);
        assert.deepEqual(await found('ferry', { speaker: 'ana ruiz' }), [], 'articles need a quote by the speaker');
        assert.deepEqual(await found('bridge', { outlet: 'Harbor Gazette' }), ['article:a1', 'quote:a1-q1']);
        assert.deepEqual(await found('bridge', { story: 's1' }), ['article:a3']);
        assert.deepEqual(await found('said', { from: '2024-04-01' }), ['article:a2']);
        assert.deepEqual(await found('said', { to: '2024-03-31' }), ['article:a1']);
        assert.deepEqual(await found('bridge', { limit: 1 }).then((x) => x.length), 1);
        assert.deepEqual(await found('Berg', {}), ['article:a2', 'quote:a2-q1'], 'speakers are searchable');
      });

      it('should rank the best match first', async (store) => {
        const many = makeArticle('r1', 'Pier pier pier: the pier again, and the pier once more.', { title: 'Pier works' });
        const once = makeArticle('r2', 'A long note on many harbor matters, the pier among them, and the tides.', {
          title: 'Harbor notes',
        });
        await store.putArticles([
          { article: once, analysis: null, quotes: [] },
          { article: many, analysis: null, quotes: [] },
        ]);
        assert.deepEqual((await store.search('pier')).map((h) => h.articleId), ['r1', 'r2']);
      });
    });
}
