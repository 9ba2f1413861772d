import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseDate } from './dates.js';

test('should pass ISO dates through and turn a space before the time into T', () => {
  assert.equal(normaliseDate('2024-02-15'), '2024-02-15');
  assert.equal(normaliseDate('2024-02-15 16:40:00'), '2024-02-15T16:40:00');
  assert.equal(normaliseDate('2024-02-15T16:40:00.000Z'), '2024-02-15T16:40:00.000Z');
  assert.equal(normaliseDate('2024-06-11T07:45:00+01:00'), '2024-06-11T07:45:00+01:00');
});

test('should convert dates with a zone to UTC and keep the day of zoneless month-name dates', () => {
  assert.equal(normaliseDate('Tue, 05 Mar 2024 09:30:00 GMT'), '2024-03-05T09:30:00.000Z');
  assert.equal(normaliseDate('Wed, 06 Mar 2024 18:00:00 +0100'), '2024-03-06T17:00:00.000Z');
  assert.equal(normaliseDate('November 19, 2019'), '2019-11-19');
  assert.equal(normaliseDate('19 Nov 2019 23:30'), '2019-11-19');
});

test('should give null for what is not a date', () => {
  for (const value of [null, '', 'sometime last week', '1', 'May the best team win']) assert.equal(normaliseDate(value), null);
});
