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

test('should read the marked words of a headline as quoted, however long the writer’s frame around them', () => {
  const a = makeArticle('hm', 'Harbourmaster calls board’s ferry report ‘a misreading’', ['“The report is a misreading of the tides,” Tallis said.']);
  const q = makeQuote(a, 'board’s ferry report ‘a misreading’', { kind: 'headline' });
  const unit = buildUnit(q, a);
  assert.deepEqual(unit.words.map((w) => w.norm), ['a', 'misreading']);
  assert.equal(unit.marked, true);
  assert.equal(unit.quoted, true);
  // A mixed quote in the body that borrows as little is a report.
  const b = makeArticle('hb', 'T', ['Tallis said the board’s long report on the night ferry was ‘a misreading’ of the tides.']);
  const mixed = buildUnit(makeQuote(b, 'the board’s long report on the night ferry was ‘a misreading’ of the tides', { kind: 'mixed' }), b);
  assert.equal(mixed.quoted, false);
});

test('should match a report by its clause before the first comma, not by what the writer adds after it', () => {
  const a = makeArticle('rc', 'T', ['Quist announced that the board was suspending the night ferry, the service through which it has carried nurses to the island since 2019, after the engines failed.']);
  const unit = buildUnit(makeQuote(a, 'the board was suspending the night ferry, the service through which it has carried nurses to the island since 2019, after the engines failed', { kind: 'indirect' }), a);
  assert.ok(unit.stems.has('suspe') || [...unit.stems].some((s) => s.startsWith('susp')), [...unit.stems].join(', '));
  assert.ok(![...unit.stems].some((s) => s.startsWith('nurs') || s.startsWith('engin')), [...unit.stems].join(', '));
  // Its words stay whole for verbatim matching; a clause too short to stand alone keeps all.
  assert.ok(unit.words.some((w) => w.norm === 'engines'));
  const b = makeArticle('rd', 'T', ['Quist said later, in a letter to the nurses, that the ferry would return.']);
  const short = buildUnit(makeQuote(b, 'later, in a letter to the nurses, that the ferry would return', { kind: 'indirect' }), b);
  assert.ok([...short.stems].some((s) => s.startsWith('ferr')), [...short.stems].join(', '));
});
