import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuoteGroup } from '../model.js';
import { fromQuoteGroupRow, toQuoteGroupRow } from './rows.js';

const group: QuoteGroup = {
  id: 'g1', storyId: 's1', speaker: null, speakerName: 'Mara Olin', canonical: 'I never said that.', canonicalQuoted: false, saidWhen: null, occasion: null,
  occurrences: [{
    quoteId: 'q1', articleId: 'a1', start: 0, end: 9, text: 'said that', kind: 'direct', drift: 'truncated',
    diff: [{ op: 'removed', text: 'I never' }, { op: 'same', text: 'said that.' }], misattributed: false, recycled: false, negationChanged: true,
  }],
};

test('should round-trip a quote group with its occurrence flags exactly', () => {
  assert.deepEqual(fromQuoteGroupRow(toQuoteGroupRow(group, 0)), group);
});

test('should read an occurrence stored before the negation flag existed as unflagged', () => {
  const row = toQuoteGroupRow(group, 0);
  const old = JSON.parse(row.occurrences) as Record<string, unknown>[];
  delete old[0].negationChanged;
  const read = fromQuoteGroupRow({ ...row, occurrences: JSON.stringify(old) });
  assert.equal(read.occurrences[0].negationChanged, false);
});
