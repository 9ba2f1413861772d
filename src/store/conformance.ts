/**
 * The conformance suite every `Store` backend must pass: one set of node:test tests,
 * run against each backend from its own test file. Each test opens a fresh, empty store.
 *
 * @example
 * runStoreConformance('sqlite :memory:', () => openSqliteStore(':memory:'));
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  makeAnalysis,
  makeArticle,
  makeMessage,
  makePerson,
  makeQuote,
  makeStoryResults,
} from './fixtures.js';
import type { Store } from './store.js';

/**
 * Defines the conformance tests for a backend.
 *
 * @param name Shown in the test names.
 * @param open Returns a new, empty store; called once per test and closed after it.
 */
export function runStoreConformance(name: string, open: () => Promise<Store> | Store): void {
  async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
    const store = await open();
    try {
      await run(store);
    } finally {
      await store.close();
    }
  }
  const it = (title: string, run: (store: Store) => Promise<void>) => test(title, () => withStore(run));

  const bridge = makeArticle('a1', '"The bridge opens in spring," said Mayor Ana Ruiz. Traffic will ease, she added.', {
    title: 'Harbor bridge to open',
    byline: 'Tomas Lind',
  });
  const bridgeQuote = makeQuote(bridge, 'a1-q1', 'The bridge opens in spring,', {
    cue: { start: bridge.text.indexOf('said'), end: bridge.text.indexOf('said') + 4 },
    source: { start: bridge.text.indexOf('Mayor'), end: bridge.text.indexOf('Mayor') + 14 },
    speaker: 'Ana Ruiz',
    occasion: { span: { start: 0, end: 6 }, label: 'press conference' },
    saidWhen: { value: '2024-03-01', precision: 'day', span: null },
    confidence: 0.9,
  });
  const bridgeIndirect = makeQuote(bridge, 'a1-q2', 'Traffic will ease', { kind: 'indirect', speaker: 'Ana Ruiz' });
  const ferry = makeArticle('a2', 'The ferry near the pier will stop, or so the council said. "Fares rise," Jon Berg said.', {
    title: 'Ferry service ends',
    outlet: 'Coast Courier',
    published: '2024-04-10',
    url: null,
  });
  const ferryQuote = makeQuote(ferry, 'a2-q1', 'Fares rise,', { speaker: 'Jon Berg', personId: 'p-berg' });
  const undated = makeArticle('a3', 'A quiet week at the harbor, with no bridge news.', { published: null, outlet: null });

  async function seed(store: Store): Promise<void> {
    await store.putArticles([
      { article: bridge, analysis: makeAnalysis(bridge), quotes: [bridgeQuote, bridgeIndirect] },
      { article: ferry, analysis: null, quotes: [ferryQuote] },
      { article: undated, analysis: makeAnalysis(undated), quotes: [] },
    ]);
  }

  async function snapshot(store: Store) {
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5'];
    return {
      stats: await store.stats(),
      articles: await store.getArticles(ids),
      quotes: await store.getQuotes(ids),
      analyses: await store.getAnalyses(ids),
      people: await store.getPeople(),
      stories: await store.listStories(),
      messages: await store.getMessages(),
      search: await store.search('bridge'),
    };
  }

  describe(`store conformance: ${name}`, () => {
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
            async (body, title, outlet) => {
              n++;
              const article = makeArticle(`p${n}`, body, { title, outlet, contentHash: `h${n}`, url: null });
              const quotes = article.text.length > 0 ? [makeQuote(article, `p${n}-q`, article.text)] : [];
              await store.putArticles([{ article, analysis: null, quotes }]);
              assert.deepEqual(await store.getArticles([article.id]), [article]);
              assert.deepEqual(await store.getQuotes([article.id]), quotes);
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
          /cannot save article "a4".*expected text to be well-formed Unicode, found a lone surrogate at offset \d+/,
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

    describe('messages', () => {
      it('should append messages and read them back in order', async (store) => {
        await seed(store);
        const messages = [
          makeMessage(null, 'ingest/binary', { severity: 'error', message: 'expected text, found PNG' }),
          makeMessage('a1', 'clean/caption'),
          makeMessage('a2', 'attribute/no-speaker', { severity: 'warning' }),
          makeMessage('a1', 'clean/boilerplate'),
        ];
        await store.putMessages(messages.slice(0, 2));
        await store.putMessages(messages.slice(2));
        assert.deepEqual(await store.getMessages(), messages);
        assert.deepEqual(await store.getMessages('a1'), [messages[1], messages[3]]);
        assert.deepEqual(await store.getMessages('none'), []);
        assert.equal((await store.stats()).messages, 4);
      });

      it('should write no message of a batch with a bad one', async (store) => {
        const bad = { ...makeMessage(null, 'x'), rule: null as unknown as string };
        await assert.rejects(
          store.putMessages([makeMessage(null, 'ok'), bad]),
          /cannot save message 1 .*expected a value for messages\.rule/,
        );
        assert.deepEqual(await store.getMessages(), []);
      });
    });

    describe('people', () => {
      it('should round-trip people and find them by key', async (store) => {
        await seed(store);
        const ruiz = makePerson('p-ruiz', 'Ana Ruiz', 'a1');
        const berg = makePerson('p-berg', 'Jon Berg', 'a2');
        await store.putPeople([
          { person: ruiz, keys: ['ruiz', 'ana ruiz', 'mayor'] },
          { person: berg, keys: ['berg', 'jon berg', 'mayor'] },
        ]);
        assert.deepEqual(await store.getPeople(), [ruiz, berg]);
        assert.deepEqual(await store.getPeople(['p-berg', 'missing', 'p-ruiz']), [berg, ruiz]);
        assert.deepEqual(await store.findPeople(['ruiz']), [ruiz]);
        assert.deepEqual(await store.findPeople(['mayor', 'berg']), [berg, ruiz]);
        assert.deepEqual(await store.findPeople(['nobody']), []);
        assert.deepEqual(await store.findPeople([]), []);
      });

      it('should replace a person and their keys', async (store) => {
        const ruiz = makePerson('p-ruiz', 'Ana Ruiz', 'a1');
        await store.putPeople([{ person: ruiz, keys: ['ruiz', 'mayor'] }]);
        const renamed = { ...ruiz, name: 'Ana Ruiz-Vega', aliases: ['Ana Ruiz-Vega', 'Ruiz-Vega'] };
        await store.putPeople([{ person: renamed, keys: ['ruiz-vega'] }]);
        assert.deepEqual(await store.getPeople(), [renamed]);
        assert.deepEqual(await store.findPeople(['ruiz', 'mayor']), []);
        assert.deepEqual(await store.findPeople(['ruiz-vega']), [renamed]);
        assert.equal((await store.stats()).people, 1);
      });

      it('should write no person of a batch with a bad one', async (store) => {
        const bad = { person: { ...makePerson('', 'No Id', 'a1') }, keys: [] };
        await assert.rejects(
          store.putPeople([{ person: makePerson('p-ok', 'Ok Person', 'a1'), keys: ['ok'] }, bad]),
          /cannot save person "": expected a person with a non-empty id, found ""/,
        );
        assert.deepEqual(await store.getPeople(), []);
      });
    });

    describe('stories', () => {
      it('should round-trip a story with its groups, copies, timeline and keys', async (store) => {
        await seed(store);
        const results = makeStoryResults('s1', ['a2', 'a1'], ['person:p-ruiz', 'band:17:abc']);
        await store.putStoryResults([results]);
        assert.deepEqual(await store.getStoryResults('s1'), results);
        assert.deepEqual(await store.getStory('s1'), results.story);
        assert.deepEqual(await store.listStories(), [results.story]);
        assert.deepEqual(await store.findStories(['band:17:abc', 'other']), [results.story]);
        assert.deepEqual(await store.findStories(['other']), []);
        assert.equal(await store.getStory('s9'), null);
        assert.equal(await store.getStoryResults('s9'), null);
      });

      it('should replace a story as a whole', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a1', 'a2'], ['old-key'])]);
        const next = makeStoryResults('s1', ['a1', 'a3'], ['new-key']);
        next.story.title = 'Harbor week';
        next.groups[0].canonical = 'the bridge opens';
        next.timeline = next.timeline.slice(1);
        await store.putStoryResults([next]);
        assert.deepEqual(await store.getStoryResults('s1'), next);
        assert.deepEqual(await store.findStories(['old-key']), []);
        assert.deepEqual(await store.findStories(['new-key']), [next.story]);
        assert.equal((await store.stats()).stories, 1);
      });

      it('should move copies between a story\'s articles to the story that stores them last', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a1', 'a2'], [])]);
        const merged = makeStoryResults('s2', ['a1', 'a2', 'a3'], []);
        merged.copies = [{ from: 'a1', to: 'a2', sharedRatio: 0.5, kind: 'spun' }];
        await store.putStoryResults([merged]);
        assert.deepEqual((await store.getStoryResults('s1'))?.copies, []);
        assert.deepEqual((await store.getStoryResults('s2'))?.copies, merged.copies);
      });

      it('should order stories by latest publication, undated last', async (store) => {
        await seed(store);
        const older = makeStoryResults('s-old', ['a1'], []);
        older.story.lastPublished = '2023-01-01';
        const undatedStory = makeStoryResults('s-none', ['a3'], []);
        undatedStory.story.lastPublished = null;
        const newer = makeStoryResults('s-new', ['a2'], []);
        await store.putStoryResults([older, undatedStory, newer]);
        assert.deepEqual(
          (await store.listStories()).map((s) => s.id),
          ['s-new', 's-old', 's-none'],
        );
      });

      it('should refuse a story with unknown articles or foreign parts, writing nothing', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a1'], ['k'])]);
        const before = await snapshot(store);
        const beforeResults = await store.getStoryResults('s1');
        await assert.rejects(
          store.putStoryResults([makeStoryResults('s1', ['a2'], []), makeStoryResults('s2', ['a1', 'ghost'], [])]),
          /cannot save story "s2": expected its articleIds to be stored articles, found unknown article "ghost"/,
        );
        const foreign = makeStoryResults('s3', ['a1'], []);
        foreign.timeline[0].storyId = 's1';
        await assert.rejects(store.putStoryResults([foreign]), /expected timeline\[0\] to have storyId "s3", found "s1"/);
        assert.deepEqual(await snapshot(store), before);
        assert.deepEqual(await store.getStoryResults('s1'), beforeResults);
      });
    });

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

    it('should count what it stores', async (store) => {
      assert.deepEqual(await store.stats(), { articles: 0, quotes: 0, people: 0, stories: 0, messages: 0 });
      await seed(store);
      await store.putPeople([{ person: makePerson('p-ruiz', 'Ana Ruiz', 'a1'), keys: [] }]);
      await store.putStoryResults([makeStoryResults('s1', ['a1'], [])]);
      await store.putMessages([makeMessage('a1', 'clean/caption')]);
      assert.deepEqual(await store.stats(), { articles: 3, quotes: 3, people: 1, stories: 1, messages: 1 });
    });
  });
}
