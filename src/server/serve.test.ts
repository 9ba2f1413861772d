import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from '../report/test-fixture.js';
import { createApp } from './app.js';
import { serve } from './serve.js';
import { createMemoryStore } from './test-store.js';

test('serve should listen on a free port, answer over HTTP and close', async () => {
  const server = await serve({ store: createMemoryStore(buildFixture()), port: 0, host: '127.0.0.1' });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/stories`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { stories: unknown[] }).stories.length, 2);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  } finally {
    await server.close();
  }
  await assert.rejects(fetch(`${server.url}/api/stories`));
});

test('serve should answer HEAD with the security headers and no body', async () => {
  const server = await serve({ store: createMemoryStore(buildFixture()), port: 0, host: '127.0.0.1' });
  try {
    for (const path of ['/', '/api/stories', '/no-such-page']) {
      const res = await fetch(`${server.url}${path}`, { method: 'HEAD' });
      assert.equal(res.status, path === '/no-such-page' ? 404 : 200, path);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(await res.text(), '', path);
    }
  } finally {
    await server.close();
  }
});

test('serve should reject an invalid port with a TypeError', async () => {
  await assert.rejects(serve({ store: createMemoryStore(), port: 70000, host: '127.0.0.1' }), /expected a port 0\.\.65535, found 70000/);
});

test('ids with reserved characters should round-trip through page and API links', async () => {
  const fixture = buildFixture();
  const odd = { ...fixture.articles[3], id: 'feed.xml#3 a/b?"', contentHash: 'hash-odd', url: null };
  fixture.articles.push(odd);
  fixture.results[1].story.articleIds.push(odd.id);
  const app = createApp(createMemoryStore(fixture));
  const res = await app.request(`/api/articles/${encodeURIComponent(odd.id)}`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { article: { id: string } }).article.id, odd.id);
  const page = await (await app.request('/stories/story-ferry')).text();
  assert.ok(page.includes(`href="/articles/${encodeURIComponent(odd.id)}"`));
  const article = await app.request(`/articles/${encodeURIComponent(odd.id)}`);
  assert.equal(article.status, 200);
});
