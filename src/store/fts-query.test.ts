import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { toFtsQuery } from './fts-query.js';

test('should quote every word of a query', () => {
  assert.equal(toFtsQuery('harbor bridge'), '"harbor" "bridge"');
});

test('should turn FTS5 operators and punctuation into plain words or nothing', () => {
  assert.equal(toFtsQuery('NEAR(tax "cut"'), '"NEAR" "tax" "cut"');
  assert.equal(toFtsQuery('a OR b NOT c AND d'), '"a" "OR" "b" "NOT" "c" "AND" "d"');
  assert.equal(toFtsQuery('title:pier -ferry ^start bri*'), '"title" "pier" "ferry" "start" "bri"');
  assert.equal(toFtsQuery('"'), null);
  assert.equal(toFtsQuery('* - ( ) : ^ +'), null);
  assert.equal(toFtsQuery('   '), null);
});

test('should keep letters and digits of any script', () => {
  assert.equal(toFtsQuery('Zürich 2024 東京'), '"Zürich" "2024" "東京"');
});

test('should cap the number of words', () => {
  assert.equal(toFtsQuery('w '.repeat(100))?.split(' ').length, 32);
});

test('should never produce FTS5 syntax from any input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (query) => {
      const match = toFtsQuery(query);
      if (match !== null) assert.match(match, /^"[^"\s]+"( "[^"\s]+")*$/u);
    }),
  );
});
