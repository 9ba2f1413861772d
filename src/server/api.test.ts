import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { buildFixture, seedStore } from '../report/test-fixture.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { createMemoryStore } from './test-store.js';

interface Json {
  [key: string]: unknown;
}

async function getJson(app: Hono, path: string, status = 200): Promise<Json> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: status`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  return (await res.json()) as Json;
}

async function expectError(app: Hono, path: string, status: number, pattern: RegExp): Promise<void> {
  const body = await getJson(app, path, status);
  assert.deepEqual(Object.keys(body), ['error']);
  const error = body.error as { status: number; message: string };
  assert.equal(error.status, status);
  assert.match(error.message, pattern);
}

const ids = (list: unknown): string[] => (list as { id: string }[]).map((x) => x.id);

// The same API tests run over the in-memory fake and the real SQLite backend.
const backends: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore(buildFixture())],
  ['sqlite :memory:', async () => seedStore(openSqliteStore(':memory:'))],
];

for (const [name, open] of backends) {
  describe(`JSON API over ${name}`, () => {
    const withApp = (fn: (app: Hono) => Promise<void>) => async () => {
      const store = await open();
      try {
        await fn(createApp(store));
      } finally {
        await store.close();
      }
    };

    test('GET /api/stories should list stories, most recent first by default', withApp(async (app) => {
      const body = await getJson(app, '/api/stories');
      assert.deepEqual(ids(body.stories), ['story-ferry', 'story-bridge']);
      const bridge = (body.stories as Json[])[1];
      assert.deepEqual(bridge, {
        id: 'story-bridge', title: 'Bridge reopening',
        people: [{ id: 'p-quill', name: 'Mara Quill' }, { id: 'p-reyes', name: 'Tomas Reyes' }],
        outlets: ['Daily Ledger', 'Evil <b>Gazette</b>', 'Harbor Times'],
        firstPublished: '2026-03-02T09:00:00Z', lastPublished: '2026-03-04T08:00:00Z', articleCount: 3, quoteGroupCount: 2,
      });
    }));

    test('GET /api/stories should sort by size and filter by words', withApp(async (app) => {
      assert.deepEqual(ids((await getJson(app, '/api/stories?sort=size')).stories), ['story-bridge', 'story-ferry']);
      assert.deepEqual(ids((await getJson(app, '/api/stories?q=quill')).stories), ['story-bridge']);
      assert.deepEqual(ids((await getJson(app, '/api/stories?q=nothing+like+this')).stories), []);
    }));

    test('GET /api/stories should answer 400 for a bad sort or an unknown parameter', withApp(async (app) => {
      await expectError(app, '/api/stories?sort=oldest', 400, /expected "sort" to be recent or size, found "oldest"/);
      await expectError(app, '/api/stories?order=x', 400, /unknown parameter "order"/);
    }));

    test('GET /api/stories/:id should return the dossier', withApp(async (app) => {
      const body = await getJson(app, '/api/stories/story-bridge');
      assert.deepEqual(Object.keys(body), ['story', 'articles', 'quotes', 'people', 'groups', 'copies', 'timeline', 'messages']);
      assert.deepEqual(ids(body.articles), ['ledger-1', 'harbor-1', 'evil-1']);
      assert.deepEqual(ids(body.groups).sort(), ['g-promise', 'g-reopen']);
      assert.equal((body.quotes as unknown[]).length, 6);
    }));

    test('GET /api/stories/:id should answer 404 for an unknown id', withApp(async (app) => {
      await expectError(app, '/api/stories/no-such-story', 404, /no story with id "no-such-story"/);
    }));

    test('GET /api/quotes should filter by speaker and story and include the quoted text', withApp(async (app) => {
      const body = await getJson(app, '/api/quotes?speaker=p-reyes');
      assert.deepEqual(ids(body.quotes), ['q-ledger-2', 'q-harbor-2']);
      assert.equal((body.quotes as Json[])[0].text, 'We have heard this promise before,');
      assert.deepEqual(ids((await getJson(app, '/api/quotes?speaker=tomas%20reyes')).quotes), ['q-ledger-2', 'q-harbor-2']);
      assert.deepEqual(ids((await getJson(app, '/api/quotes?story=story-ferry')).quotes), []);
      assert.equal(((await getJson(app, '/api/quotes?story=story-bridge&limit=2')).quotes as unknown[]).length, 2);
      assert.deepEqual(ids((await getJson(app, '/api/quotes?outlet=Harbor%20Times&from=2026-03-03&to=2026-03')).quotes), ['q-harbor-1', 'q-harbor-2']);
    }));

    test('GET /api/quotes should answer 400 for bad dates, limits and ranges', withApp(async (app) => {
      await expectError(app, '/api/quotes?from=2026-13-01', 400, /expected "from" as YYYY, YYYY-MM or YYYY-MM-DD, found "2026-13-01"/);
      await expectError(app, '/api/quotes?to=yesterday', 400, /expected "to"/);
      await expectError(app, '/api/quotes?limit=0', 400, /expected "limit" as an integer from 1 to 1000, found "0"/);
      await expectError(app, '/api/quotes?limit=abc', 400, /expected "limit"/);
      await expectError(app, '/api/quotes?from=2026-04&to=2026-03-31', 400, /not after "to"/);
      await expectError(app, '/api/quotes?speaker=a&speaker=b', 400, /given 2 times/);
    }));

    test('GET /api/articles/:id should return the article with quotes, analysis, messages and stories', withApp(async (app) => {
      const body = await getJson(app, '/api/articles/ledger-1');
      assert.equal((body.article as Json).id, 'ledger-1');
      assert.deepEqual(ids(body.quotes), ['q-ledger-1', 'q-ledger-2']);
      assert.equal((body.analysis as Json).articleId, 'ledger-1');
      assert.deepEqual((body.messages as Json[]).map((m) => m.rule), ['clean/caption']);
      assert.deepEqual(ids(body.stories), ['story-bridge']);
      assert.equal((body.occurrences as unknown[]).length, 2);
    }));

    test('GET /api/articles/:id should answer 404 for an unknown id', withApp(async (app) => {
      await expectError(app, '/api/articles/missing', 404, /no article with id "missing"/);
    }));

    test('GET /api/search should find quotes and articles with marked snippets and span starts', withApp(async (app) => {
      const body = await getJson(app, '/api/search?q=promise');
      assert.equal(body.query, 'promise');
      const hits = body.hits as Json[];
      const quoteHits = hits.filter((h) => h.type === 'quote');
      assert.deepEqual(quoteHits.map((h) => h.quoteId).sort(), ['q-evil-2', 'q-harbor-2', 'q-ledger-2']);
      for (const hit of quoteHits) {
        assert.match(String(hit.snippet), /\[promise\]/i);
        assert.equal(typeof hit.start, 'number');
      }
      const outlet = (await getJson(app, '/api/search?q=promise&outlet=Harbor%20Times')).hits as Json[];
      assert.ok(outlet.length > 0 && outlet.every((h) => h.outlet === 'Harbor Times'));
    }));

    test('GET /api/search should answer 400 without words to search for', withApp(async (app) => {
      await expectError(app, '/api/search', 400, /expected a search query "q", found none/);
      await expectError(app, '/api/search?q=%20%20', 400, /expected a search query "q"/);
      await expectError(app, '/api/search?q=%22*()', 400, /expected words to search for/);
      await expectError(app, '/api/search?q=bridge&from=03/02/2026', 400, /expected "from"/);
    }));

    test('unknown API routes should answer a JSON 404 or 405', withApp(async (app) => {
      await expectError(app, '/api/nothing-here', 404, /no API route GET \/api\/nothing-here/);
      const res = await app.request('/api/stories', { method: 'POST' });
      assert.equal(res.status, 405);
      assert.deepEqual(await res.json(), { error: { status: 405, message: 'retold server: no API route POST /api/stories' } });
    }));
  });
}
