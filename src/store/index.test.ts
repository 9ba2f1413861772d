import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as store from './index.js';

test('should export the store API', () => {
  assert.deepEqual(Object.keys(store).sort(), ['MAX_STORIES_PER_KEY', 'migrations', 'openSqliteStore', 'schemaVersion', 'toFtsQuery']);
  assert.equal(store.schemaVersion, store.migrations.length);
});

test('should open a store that answers every method of the interface', async () => {
  const opened = store.openSqliteStore(':memory:');
  const methods: (keyof store.Store)[] = [
    'findDuplicate', 'putArticles', 'putMessages', 'updateQuotes', 'findPeople', 'putPeople', 'findStories',
    'putStoryResults', 'getArticles', 'getQuotes', 'getAnalyses', 'getPeople', 'listStories', 'getStory',
    'getStoryResults', 'getMessages', 'listQuotes', 'listArticles', 'search', 'stats', 'close',
  ];
  for (const method of methods) assert.equal(typeof opened[method], 'function', method);
  await opened.close();
});
