import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords } from './word-diff.js';

test('should show words with the punctuation around them, each character once', () => {
  assert.deepEqual(diffWords('Quist Was ‘Mocking’ the left-wing council (again)', 'Quist was ‘mocking’ the left-wing council (again)'), [
    { op: 'same', text: 'Quist Was ‘Mocking’ the left-wing council (again)' },
  ]);
});

test('should keep a dash between spaces with the word before it and show a changed word on its own', () => {
  assert.deepEqual(diffWords('“The pier — all of it — was rotten,” she said', 'The pier — all of it — was sound'), [
    { op: 'same', text: '“The pier — all of it — was' },
    { op: 'removed', text: 'sound' },
    { op: 'added', text: 'rotten,” she said' },
  ]);
  assert.deepEqual(diffWords('the 9/11 memorial', 'the 9/11 museum'), [
    { op: 'same', text: 'the 9/11' },
    { op: 'removed', text: 'museum' },
    { op: 'added', text: 'memorial' },
  ]);
});
