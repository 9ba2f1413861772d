import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeText } from './attribute-text.js';
import { show } from './test-helpers.js';
import { PREPOSITION_GERUND_RULE } from './preposition-gerunds.js';

/** The reports the preposition-gerund rule makes in `text`: source, cue, content. */
function gerunds(text: string): { source: string | null; cue: string | null; content: string[] }[] {
  const rules = attributeText(text).map((d) => d.rule);
  return show(text).filter((_, i) => rules[i] === PREPOSITION_GERUND_RULE).map((q) => ({ source: q.source, cue: q.cue, content: q.content }));
}

test('should credit a gerund after `by` to the subject of its clause (Quell stunned the board by saying …)', () => {
  assert.deepEqual(gerunds('Mara Quell stunned the harbor board by saying the levy was dead.'), [
    { source: 'Mara Quell', cue: 'saying', content: ['the levy was dead'] },
  ]);
});

test('should end a fronted gerund phrase at its comma and credit the subject after it (After saying …, Quell …)', () => {
  assert.deepEqual(gerunds('After saying she would not run, Mara Quell filed her papers on Monday.'), [
    { source: 'Mara Quell', cue: 'saying', content: ['she would not run'] },
  ]);
  // A comma inside quotation marks is the quotation's (`“not now,”`).
  assert.deepEqual(gerunds('While insisting the vote was “not yet over, not now,” the harbor board adjourned.')[0]?.source, 'the harbor board');
});

test('should credit a gerund phrase set off by commas to the subject before it, past an adverb (Quell, after initially saying …, …)', () => {
  assert.deepEqual(gerunds('Mara Quell, after initially saying she would not advertise, bought airtime.'), [
    { source: 'Mara Quell', cue: 'saying', content: ['she would not advertise'] },
  ]);
});

test('should make no report of a gerund of doing, or of a gerund with no preposition before it', () => {
  assert.deepEqual(gerunds('Mara Quell won the race by winning the port wards.'), []);
  // A particle the cue form does not take makes another verb (`reading up on`).
  assert.deepEqual(gerunds('After reading up on the levy, Mara Quell said she would vote for it.'), []);
  assert.deepEqual(gerunds('Mara Quell stunned the board, saying the levy was dead.'), []);
});
