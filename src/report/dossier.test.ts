import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../server/test-store.js';
import { loadDossier, sortArticles } from './dossier.js';
import { buildFixture } from './test-fixture.js';

test('loadDossier should gather a story with its articles, quotes, people, groups, copies, timeline and messages', async () => {
  const store = createMemoryStore(buildFixture());
  const dossier = await loadDossier(store, 'story-bridge');
  assert.ok(dossier);
  assert.equal(dossier.story.id, 'story-bridge');
  assert.deepEqual(dossier.articles.map((a) => a.id), ['ledger-1', 'harbor-1', 'evil-1']);
  assert.equal(dossier.quotes.length, 6);
  assert.deepEqual(dossier.people.map((p) => p.id), ['p-quill', 'p-reyes']);
  assert.deepEqual(dossier.groups.map((g) => g.id), ['g-reopen', 'g-promise']);
  assert.deepEqual(dossier.copies, [{ from: 'ledger-1', to: 'harbor-1', sharedRatio: 0.42, kind: 'verbatim' }]);
  assert.equal(dossier.timeline.length, 5);
  assert.deepEqual(dossier.messages.map((m) => m.rule).sort(), ['clean/caption', 'ingest/markup']);
});

test('loadDossier should return null for an unknown story', async () => {
  const store = createMemoryStore(buildFixture());
  assert.equal(await loadDossier(store, 'nope'), null);
});

test('sortArticles should order by date with unknown dates last, then by id', () => {
  const [a, b, c] = buildFixture().articles;
  const undated = { ...a, id: 'z', published: null };
  assert.deepEqual(sortArticles([undated, c, b, a]).map((x) => x.id), ['ledger-1', 'harbor-1', 'evil-1', 'z']);
});

test('fixture spans should round-trip: occurrence text is the article text at its span', () => {
  const fixture = buildFixture();
  const texts = new Map(fixture.articles.map((a) => [a.id, a.text]));
  for (const result of fixture.results) {
    for (const group of result.groups) {
      for (const o of group.occurrences) assert.equal(texts.get(o.articleId)?.slice(o.start, o.end), o.text);
    }
  }
});
