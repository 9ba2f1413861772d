import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeText } from './attribute-text.js';
import { show } from './test-helpers.js';

/** The noun reports among the shown quotes. */
function nounReports(text: string): { source: string | null; cue: string | null; content: string[] }[] {
  const rules = attributeText(text).map((d) => d.rule);
  return show(text).filter((_, i) => rules[i] === 'indirect/noun-that').map((q) => ({ source: q.source, cue: q.cue, content: q.content }));
}

test('should read a report noun with its that-clause, the possessive before it as source', () => {
  assert.deepEqual(nounReports('The union rejected her warning that the port would close by May.'), [
    { source: 'her', cue: 'warning', content: ['that the port would close by May'] },
  ]);
  assert.deepEqual(nounReports('Critics mocked the board’s repeated claim that the levy is temporary.')[0]?.source, 'the board’s');
  // With only an article the noun reports nobody in particular.
  assert.deepEqual(nounReports('The allegations that Quell lied were never proven.')[0]?.source, null);
});

test('should leave report nouns alone without a that-clause or a determiner', () => {
  for (const text of [
    'Her warning was ignored by the board.',
    'Warnings that the port would close spread fast.',
    'The harbour board issued a statement on Friday.',
    'Quell said in a statement that the ferry would sail.',
  ]) assert.deepEqual(nounReports(text), [], text);
});
