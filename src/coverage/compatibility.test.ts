import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesCompatible, occasionStems, occasionsCompatible } from './compatibility.js';
import { timeBuckets } from './story-keys.js';

test('should tell occasions apart only by their distinctive words', () => {
  const podcast = occasionStems('podcast: The Tide Hour (interview with Ana Brook)');
  assert.equal(occasionsCompatible(podcast, occasionStems('conversation with Ana Brook (podcast not named)')), true);
  assert.equal(occasionsCompatible(podcast, occasionStems('radio: Harbour FM')), false);
  assert.equal(occasionsCompatible(podcast, occasionStems('an interview')), true, 'a generic label blocks nothing');
  assert.equal(occasionsCompatible(occasionStems('Twitter'), occasionStems('tweets')), true);
  assert.equal(occasionsCompatible(occasionStems('Twitter'), occasionStems('text message to Olaf')), false);
});

test('should accept said-when dates that overlap, allowing a day either way', () => {
  const d = (value: string) => ({ value, precision: value.length === 10 ? ('day' as const) : value.length === 7 ? ('month' as const) : ('year' as const) });
  assert.equal(datesCompatible(d('2031'), d('2031-04-26')), true);
  assert.equal(datesCompatible(d('2031-04'), d('2031-04-26')), true);
  assert.equal(datesCompatible(d('2031-04-26'), d('2031-04-27')), true);
  assert.equal(datesCompatible(d('2031-04-27'), d('2031-09-07')), false);
  assert.equal(datesCompatible(null, d('2031-09-07')), true);
});

test('should bucket publication dates by quarter, with the neighbour near an edge', () => {
  assert.deepEqual(timeBuckets('2031-02-15T00:00:00Z'), ['2031-Q1']);
  assert.deepEqual(timeBuckets('2031-03-30T00:00:00Z'), ['2031-Q1', '2031-Q2']);
  assert.deepEqual(timeBuckets('2031-04-02T00:00:00Z'), ['2031-Q1', '2031-Q2']);
  assert.deepEqual(timeBuckets(null), ['undated']);
});
