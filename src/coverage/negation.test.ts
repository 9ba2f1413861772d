import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negationChanged } from './negation.js';

const SAID = 'I never said teachers are paid too much. I said they are paid far too little.';

test('should flag a rendering that keeps a negation’s words without the negation', () => {
  assert.equal(negationChanged('are paid too much', SAID), true);
  assert.equal(negationChanged('going to pretend this is a blip', 'We are not going to pretend this is a blip.'), true);
});

test('should flag a rendering that puts a negation on words that had none', () => {
  assert.equal(negationChanged('they are not paid far too little', SAID), true);
});

test('should not flag a truncation, a kept negation, or another word for the same negation', () => {
  assert.equal(negationChanged('I said they are paid far too little', SAID), false);
  assert.equal(negationChanged('I never said teachers are paid too much', SAID), false);
  assert.equal(negationChanged('I did not say teachers are paid too much', SAID), false);
  assert.equal(negationChanged('The market has turned', 'We are not going to pretend this is a blip. The market has turned.'), false);
  // One shared word after a negation is chance, not its scope.
  assert.equal(negationChanged('We are going home', SAID), false);
});
