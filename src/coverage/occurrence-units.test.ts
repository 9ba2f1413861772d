import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildUnit } from './occurrence-units.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

test('should leave people’s names out of a unit’s content stems, possessive names too', () => {
  const a = makeArticle('pa', 'T', ['Quist said she valued MQ’s patience and Brandt’s plan.'], { published: '2031-04-01T00:00:00Z' });
  const q = makeQuote(a, 'she valued MQ’s patience and Brandt’s plan', { kind: 'indirect' });
  const unit = buildUnit(q, a, new Set(['mq', 'brandt', 'quist']));
  assert.ok(unit.stems.has('patie'));
  assert.ok(!unit.stems.has('mq') && !unit.stems.has('brand'), `stems: ${[...unit.stems].join(', ')}`);
});
