import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DiffOp } from '../model.js';
import { alignDiff } from './diff-align.js';

test('alignDiff should keep the outlet punctuation and mark added words in place', () => {
  assert.deepEqual(
    alignDiff('Some parts were hers, and I will say that. But the kitchen was mine!', [
      { op: 'same', text: 'Some parts were hers and I will say that' },
      { op: 'removed', text: 'always' },
      { op: 'same', text: 'But the' },
      { op: 'added', text: 'kitchen' },
      { op: 'removed', text: 'restaurant' },
      { op: 'same', text: 'was mine' },
    ]),
    [
      { type: 'text', text: 'Some parts were hers, and I will say that.' },
      { type: 'removed', text: 'always' },
      { type: 'text', text: ' But the ' },
      { type: 'added', text: 'kitchen' },
      { type: 'removed', text: 'restaurant' },
      { type: 'text', text: ' was mine!' },
    ],
  );
});

test('alignDiff should match words ignoring case and apostrophe style', () => {
  assert.deepEqual(alignDiff('Brasa’s Kitchen', [{ op: 'same', text: "brasa's kitchen" }]), [{ type: 'text', text: 'Brasa’s Kitchen' }]);
});

test('alignDiff should give up when the diff words are not the text words', () => {
  assert.equal(alignDiff('one two three', [{ op: 'same', text: 'one three' }]), null);
  assert.equal(alignDiff('one two three', [{ op: 'same', text: 'one two' }]), null);
});

test('alignDiff should give back the text exactly from its text and added pieces (property)', () => {
  const word = fc.stringMatching(/^[A-Za-z]{1,6}$/);
  const sep = fc.constantFrom(' ', ', ', ' — ', '. ', ' "');
  fc.assert(
    fc.property(fc.array(fc.tuple(word, sep, fc.constantFrom<DiffOp['op']>('same', 'added', 'removed')), { minLength: 1, maxLength: 12 }), (items) => {
      const kept = items.filter(([, , op]) => op !== 'removed');
      const text = kept.map(([w, s]) => `${w}${s}`).join('');
      const ops: DiffOp[] = items.map(([w, , op]) => ({ op, text: w }));
      const pieces = alignDiff(text, ops);
      assert.ok(pieces);
      assert.equal(pieces.filter((p) => p.type !== 'removed').map((p) => p.text).join(''), text);
    }),
  );
});
