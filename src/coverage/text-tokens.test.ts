import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from './text-tokens.js';

test('stemWord should give a verb’s irregular past and its -s form the stem of the verb, and leave other words alone', () => {
  // A report retells `until we know how deep they go, the bridge stays shut` in the past.
  for (const [form, base] of [['knew', 'know'], ['went', 'go'], ['stood', 'stand'], ['rang', 'ring'], ['rung', 'ring'], ['stays', 'stay'], ['knows', 'know']]) {
    assert.equal(stemWord(form), stemWord(base), form);
  }
  assert.equal(stemWord('supporting'), stemWord('support'));
  // `-ss`, `-us` and `-is` end words, not inflections.
  assert.equal(stemWord('press'), 'press');
  assert.equal(stemWord('bonus'), 'bonus');
  assert.equal(stemWord('thesis'), 'thesi');
  assert.equal(stemWord("l'hiver"), 'hiver');
});
