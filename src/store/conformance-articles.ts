/**
 * Conformance tests for articles and quotes: round trips, dedupe, atomic failures, listing.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import fc from 'fast-check';
import { bridge, bridgeIndirect, bridgeQuote, ferry, ferryQuote, seed, snapshot, undated, type StoreTest } from './conformance-corpus.js';
import { makeAnalysis, makeArticle, makeQuote, makeStoryResults } from './fixtures.js';
import type { Store } from './store.js';

/** Defines the article and quote tests of the store conformance suite. */
export function describeArticleTests(it: StoreTest): void {
    describe('articles', () => {
      it('should round-trip articles, analyses and quotes exactly', async (store) => {
        await seed(store);
        assert.deepEqual(await store.getArticles(['a2', 'a1', 'a3']), [ferry, bridge, undated]);
        assert.deepEqual(await store.getQuotes(['a1', 'a2']), [bridgeQuote, bridgeIndirect, ferryQuote]);
        assert.deepEqual(await store.getAnalyses(['a1', 'a2', 'a3']), [makeAnalysis(bridge), makeAnalysis(undated)]);
      });

      it('should skip unknown ids and accept empty lists', async (store) => {
        await seed(store);
        assert.deepEqual(await store.getArticles(['nope', 'a1']), [bridge]);
        assert.deepEqual(await store.getArticles([]), []);
        assert.deepEqual(await store.getQuotes([]), []);
        await store.putArticles([]);
        assert.equal((await store.stats()).articles, 3);
      });

      it('should round-trip arbitrary text, titles and metadata', async (store) => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.option(fc.string({ unit: 'binary', maxLength: 40 })),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
            async (body, title, outlet, idPart) => {
              n++;
              // Ids and URLs with quotes, backslashes, brackets and emoji travel as data, never as SQL or JSON syntax.
              const id = `${idPart}#${n}`;
              const article = makeArticle(id, body, { title, outlet, contentHash: `h${n}`, url: `https://x.example/${id}` });
              const quotes = article.text.length > 0 ? [makeQuote(article, `${id}-q`, article.text)] : [];
              await store.putArticles([{ article, analysis: null, quotes }]);
              assert.deepEqual(await store.getArticles([article.id]), [article]);
              assert.deepEqual(await store.getQuotes([article.id]), quotes);
              assert.deepEqual(await store.findDuplicate({ ...article, id: 'other', contentHash: 'other' }), {
                id,
                reason: 'url',
              });
            },
          ),
          { numRuns: 60 },
        );
      });

      it('should find duplicates by id, then url, then content hash', async (store) => {
        await seed(store);
        const fresh = makeArticle('new', 'Something else entirely.');
        assert.equal(await store.findDuplicate(fresh), null);
        assert.deepEqual(await store.findDuplicate({ ...fresh, id: 'a1' }), { id: 'a1', reason: 'id' });
        assert.deepEqual(await store.findDuplicate({ ...fresh, url: bridge.url }), { id: 'a1', reason: 'url' });
        assert.deepEqual(await store.findDuplicate({ ...fresh, contentHash: ferry.contentHash }), {
          id: 'a2',
          reason: 'content',
        });
        assert.deepEqual(await store.findDuplicate({ ...fresh, id: 'a2', url: bridge.url }), { id: 'a2', reason: 'id' });
        assert.equal(await store.findDuplicate({ ...fresh, url: null }), null, 'a null url matches nothing');
      });

      it('should replace an article and its quotes when its id is put again', async (store) => {
        await seed(store);
        const revised = makeArticle('a1', 'The tunnel opens in summer, the mayor said.', { title: 'Harbor tunnel to open' });
        const revisedQuote = makeQuote(revised, 'a1-q9', 'The tunnel opens in summer');
        await store.putArticles([{ article: revised, analysis: null, quotes: [revisedQuote] }]);
        assert.deepEqual(await store.getArticles(['a1']), [revised]);
        assert.deepEqual(await store.getQuotes(['a1']), [revisedQuote]);
        assert.deepEqual(await store.getAnalyses(['a1']), []);
        assert.equal((await store.stats()).articles, 3);
        assert.deepEqual((await store.search('spring')).map((h) => h.articleId), [], 'old words are no longer found');
        assert.deepEqual((await store.search('tunnel')).map((h) => h.type).sort(), ['article', 'quote']);
      });

      it('should write nothing of a batch when one article collides, and name it', async (store) => {
        await seed(store);
        const before = await snapshot(store);
        const good = makeArticle('a4', 'A new pier is planned.');
        const clash = makeArticle('a5', 'Same address, other words.', { url: bridge.url });
        await assert.rejects(
          store.putArticles([
            { article: good, analysis: null, quotes: [] },
            { article: clash, analysis: null, quotes: [] },
          ]),
          (error: Error) => {
            assert.match(error.message, /^retold store: cannot save article "a5"/);
            assert.match(error.message, /expected .*found https:\/\/news\.example\/a1 stored as article "a1"/);
            return true;
          },
        );
        assert.deepEqual(await snapshot(store), before);
      });

      it('should refuse a second article with the same content hash', async (store) => {
        await seed(store);
        const before = await snapshot(store);
        const copy = makeArticle('a4', 'Reworded.', { contentHash: bridge.contentHash });
        await assert.rejects(
          store.putArticles([{ article: copy, analysis: null, quotes: [] }]),
          /cannot save article "a4".*expected content not stored under another id, found .* "a1"/,
        );
        assert.deepEqual(await snapshot(store), before);
      });

      it('should refuse quotes that do not point into their article, writing nothing', async (store) => {
        await seed(store);
        const before = await snapshot(store);
        const pier = makeArticle('a4', 'The pier reopens.');
        const outside = { ...makeQuote(pier, 'a4-q1', 'pier'), content: [{ start: 5, end: 500 }] };
        await assert.rejects(
          store.putArticles([{ article: pier, analysis: null, quotes: [outside] }]),
          /cannot save article "a4".*expected content\[0\] of quote "a4-q1" to be a span within 0\.\.\d+, found \{"start":5,"end":500\}/,
        );
        const stray = { ...makeQuote(pier, 'a4-q1', 'pier'), articleId: 'a1' };
        await assert.rejects(
          store.putArticles([{ article: pier, analysis: null, quotes: [stray] }]),
          /expected quote "a4-q1" to have articleId "a4", found "a1"/,
        );
        const taken = makeQuote(pier, 'a1-q1', 'pier');
        await assert.rejects(
          store.putArticles([{ article: pier, analysis: null, quotes: [taken] }]),
          /found quote "a1-q1" stored for article "a1"/,
        );
        await assert.rejects(
          store.putArticles([{ article: pier, analysis: { ...makeAnalysis(pier), articleId: 'a1' }, quotes: [] }]),
          /expected its analysis to have articleId "a4", found "a1"/,
        );
        assert.deepEqual(await snapshot(store), before);
      });

      it('should refuse text that would not survive storage', async (store) => {
        const broken = makeArticle('a4', 'Half a pair: \uD83D here.');
        await assert.rejects(
          store.putArticles([{ article: broken, analysis: null, quotes: [] }]),
          /cannot save article "a4".*expected articles\.text to be well-formed Unicode, found a lone surrogate at offset 24/,
        );
        const pier = makeArticle('a5', 'The pier.');
        await assert.rejects(
          store.putArticles([{ article: pier, analysis: null, quotes: [makeQuote(pier, 'q', 'pier', { speaker: 'Ana \uDC00' })] }]),
          /expected quotes\.speaker to be well-formed Unicode, found a lone surrogate at offset 4/,
        );
        assert.equal((await store.stats()).articles, 0);
      });

      it('should list articles by date with filters', async (store) => {
        await seed(store);
        const ids = async (filter: Parameters<Store['listArticles']>[0]) =>
          (await store.listArticles(filter)).map((a) => a.id);
        assert.deepEqual(await ids({}), ['a1', 'a2', 'a3']);
        assert.deepEqual(await ids({ outlet: 'Coast Courier' }), ['a2']);
        assert.deepEqual(await ids({ from: '2024-04-01' }), ['a2']);
        assert.deepEqual(await ids({ to: '2024-03-04' }), ['a1']);
        assert.deepEqual(await ids({ speaker: 'jon berg' }), ['a2']);
        assert.deepEqual(await ids({ limit: 1 }), ['a1']);
        assert.deepEqual(await store.listArticles({ outlet: 'Coast Courier' }), [ferry]);
      });
    });

    describe('quotes', () => {
      it('should replace quotes by id on update, keeping their order and the others', async (store) => {
        await seed(store);
        const renamed = { ...bridgeIndirect, personId: 'p-ruiz', speaker: 'Ana Ruiz-Vega' };
        await store.updateQuotes([renamed]);
        assert.deepEqual(await store.getQuotes(['a1', 'a2']), [bridgeQuote, renamed, ferryQuote]);
        assert.deepEqual(
          (await store.search('Vega')).map((h) => h.quoteId),
          ['a1-q2'],
          'the speaker index follows the update',
        );
        const added = makeQuote(bridge, 'a1-q3', 'she added', { kind: 'fragment' });
        const resolved = { ...bridgeQuote, personId: 'p-ruiz' };
        await store.updateQuotes([added, resolved]);
        assert.deepEqual(await store.getQuotes(['a1']), [resolved, renamed, added]);
        assert.equal((await store.stats()).quotes, 4);
      });

      it('should refuse quotes of an unknown article or moved to another, changing nothing', async (store) => {
        await seed(store);
        const before = await snapshot(store);
        await assert.rejects(
          store.updateQuotes([{ ...bridgeQuote, personId: 'p-ruiz' }, { ...ferryQuote, articleId: 'zz' }]),
          /^Error: retold store: cannot save quote "a2-q1": expected its article to be stored, found no article "zz"$/,
        );
        await assert.rejects(
          store.updateQuotes([{ ...makeQuote(bridge, 'a2-q1', 'Traffic'), speaker: 'Jon Berg' }]),
          /cannot save quote "a2-q1": expected it to stay in article "a2", found articleId "a1"/,
        );
        await assert.rejects(
          store.updateQuotes([{ ...bridgeQuote, content: [{ start: 0, end: 9999 }] }]),
          /cannot save quote "a1-q1": expected content\[0\] of quote "a1-q1" to be a span within/,
        );
        assert.deepEqual(await snapshot(store), before);
      });

      it('should list quotes with every filter', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a2'], [])]);
        const ids = async (filter: Parameters<Store['listQuotes']>[0]) =>
          (await store.listQuotes(filter)).map((q) => q.id);
        assert.deepEqual(await ids({}), ['a1-q1', 'a1-q2', 'a2-q1']);
        assert.deepEqual(await ids({ speaker: 'ANA RUIZ' }), ['a1-q1', 'a1-q2']);
        assert.deepEqual(await ids({ speaker: 'p-berg' }), ['a2-q1']);
        assert.deepEqual(await ids({ outlet: 'Harbor Gazette' }), ['a1-q1', 'a1-q2']);
        assert.deepEqual(await ids({ from: '2024-03-05', to: '2024-12-31' }), ['a2-q1']);
        assert.deepEqual(await ids({ from: '2024-03', to: '2024-03' }), ['a1-q1', 'a1-q2']);
        assert.deepEqual(await ids({ story: 's1' }), ['a2-q1']);
        assert.deepEqual(await ids({ limit: 2 }), ['a1-q1', 'a1-q2']);
        assert.deepEqual(await ids({ speaker: 'Nobody' }), []);
        assert.deepEqual(await store.listQuotes({ speaker: 'Jon Berg' }), [ferryQuote]);
      });

      it('should refuse unknown filter keys and malformed values', async (store) => {
        const bad: unknown[] = [{ speeker: 'x' }, { from: 'yesterday' }, { limit: 0 }, { limit: 1.5 }, { outlet: 3 }];
        for (const filter of bad) {
          await assert.rejects(store.listQuotes(filter as never), TypeError);
          await assert.rejects(store.search('bridge', filter as never), TypeError);
        }
      });
    });
}
