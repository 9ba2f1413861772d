import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as coverage from './index.js';
import * as people from '../people/index.js';

test('should export the coverage stage functions', () => {
  for (const name of ['storyKeys', 'clusterStories', 'alignQuotes', 'detectCopies', 'buildTimeline', 'classifyDrift', 'diffWords']) {
    assert.equal(typeof (coverage as Record<string, unknown>)[name], 'function', name);
  }
});

test('should export the people stage functions', () => {
  for (const name of ['personKeys', 'resolvePeople', 'normalizeName', 'nameWords']) {
    assert.equal(typeof (people as Record<string, unknown>)[name], 'function', name);
  }
});

test('should return empty results for empty input', () => {
  const story = { id: 's', title: '', articleIds: [], people: [], firstPublished: null, lastPublished: null };
  assert.deepEqual(coverage.clusterStories({ articles: [], quotes: [], people: [], existing: [] }), []);
  assert.deepEqual(coverage.alignQuotes({ story, articles: [], quotes: [], people: [] }), []);
  assert.deepEqual(coverage.detectCopies([], []), []);
  assert.deepEqual(coverage.buildTimeline({ story, articles: [], groups: [], quotes: [] }), []);
  assert.deepEqual(people.resolvePeople({ articles: [], quotes: [], analyses: [], known: [] }), { people: [], quotes: [] });
});
