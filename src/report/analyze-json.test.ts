import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../server/test-store.js';
import { loadCorpus, toAnalyzeJson } from './analyze-json.js';
import { buildFixture } from './test-fixture.js';

const keys = (value: object): string[] => Object.keys(value);

test('toAnalyzeJson should produce exactly the stable top-level schema', async () => {
  const json = toAnalyzeJson(await loadCorpus(createMemoryStore(buildFixture())));
  assert.deepEqual(keys(json), ['articles', 'people', 'stories', 'quote_groups', 'copies', 'timeline', 'messages']);
});

test('toAnalyzeJson should keep the required fields first and in order in every record', async () => {
  const json = toAnalyzeJson(await loadCorpus(createMemoryStore(buildFixture())));
  const starts = (record: object, fields: string[]): void => assert.deepEqual(keys(record).slice(0, fields.length), fields);
  for (const a of json.articles) assert.deepEqual(keys(a), ['id', 'url', 'outlet', 'title', 'published', 'language']);
  for (const p of json.people) assert.deepEqual(keys(p), ['id', 'name', 'aliases']);
  for (const s of json.stories) {
    assert.deepEqual(keys(s), ['id', 'title', 'article_ids', 'people', 'first_published', 'last_published']);
  }
  assert.equal(json.quote_groups.length, 2);
  for (const g of json.quote_groups) {
    starts(g, ['id', 'story_id', 'speaker', 'canonical', 'said_when', 'occasion', 'occurrences']);
    for (const o of g.occurrences) starts(o, ['article_id', 'start', 'end', 'text', 'kind', 'drift']);
  }
  for (const c of json.copies) starts(c, ['from_article', 'to_article', 'shared_ratio']);
  for (const e of json.timeline) starts(e, ['story_id', 'date', 'precision', 'kind', 'label']);
  for (const m of json.messages) starts(m, ['article_id', 'rule', 'message']);
});

test('toAnalyzeJson should name the speaker and give said_when as the date value', async () => {
  const json = toAnalyzeJson(await loadCorpus(createMemoryStore(buildFixture())));
  const reopen = json.quote_groups.find((g) => g.id === 'g-reopen');
  assert.ok(reopen);
  assert.equal(reopen.speaker, 'Mara Quill');
  assert.equal(reopen.said_when, '2026-03-02');
  assert.equal(reopen.occasion, 'council meeting');
  assert.deepEqual(
    reopen.occurrences.map((o) => [o.article_id, o.drift, o.misattributed]),
    [['ledger-1', 'exact', false], ['harbor-1', 'truncated', false], ['evil-1', 'paraphrased-as-quote', false]],
  );
  const promise = json.quote_groups.find((g) => g.id === 'g-promise');
  assert.equal(promise?.said_when, '2026-03');
});

test('toAnalyzeJson should include timeline ids only when set and rename copies', () => {
  const f = buildFixture();
  const json = toAnalyzeJson({
    articles: [], quotes: [], people: [], stories: [], quoteGroups: [], messages: [],
    copies: f.results[0].copies, timeline: f.results[0].timeline.slice(1, 3),
  });
  assert.deepEqual(json.copies, [{ from_article: 'ledger-1', to_article: 'harbor-1', shared_ratio: 0.42, kind: 'verbatim' }]);
  assert.deepEqual(json.timeline, [
    { story_id: 'story-bridge', date: '2026-03-02', precision: 'day', kind: 'said', label: 'Mara Quill at council meeting', quote_group_id: 'g-reopen' },
    { story_id: 'story-bridge', date: '2026-03-02', precision: 'day', kind: 'published', label: 'Daily Ledger: Mayor says bridge will reopen in spring', article_id: 'ledger-1' },
  ]);
});

test('loadCorpus should load every story article, person, group and message', async () => {
  const corpus = await loadCorpus(createMemoryStore(buildFixture()));
  assert.deepEqual(corpus.articles.map((a) => a.id), ['ledger-1', 'harbor-1', 'evil-1', 'ferry-1']);
  assert.deepEqual(corpus.stories.map((s) => s.id), ['story-bridge', 'story-ferry']);
  assert.equal(corpus.quotes.length, 6);
  assert.equal(corpus.people.length, 2);
  assert.equal(corpus.quoteGroups.length, 2);
  assert.equal(corpus.timeline.length, 6);
  assert.equal(corpus.messages.length, 2);
});

test('toAnalyzeJson output should survive a JSON round trip unchanged', async () => {
  const json = toAnalyzeJson(await loadCorpus(createMemoryStore(buildFixture())));
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
});
