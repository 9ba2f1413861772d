import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { nameEvidence } from './speaker-names.js';

const TEXT = 'Pier Talk\n\nThe local news site Quay Courier on Friday quoted Ida Lund. Insiders say NATO and Lund agree.';
const { tokens } = tokenize(TEXT);
const words = (...w: string[]) => w.map((x) => tokens.find((t) => t.text === x)!);

test('should tell speakers from outlets, weekdays and sentence-opening words', () => {
  const names = nameEvidence(TEXT, tokens, null);
  assert.equal(names.isOutlet('Quay Courier'), true);
  assert.equal(names.canSpeak(words('Quay', 'Courier')), false);
  assert.equal(names.canSpeak(words('Friday')), false);
  assert.equal(names.canSpeak(words('Insiders')), false);
  assert.equal(names.canSpeak(words('NATO')), true);
  assert.equal(names.canSpeak(words('Lund')), true);
});

test('should treat the publishing outlet as an outlet', () => {
  assert.equal(nameEvidence(TEXT, tokens, 'Pier Talk').isOutlet('pier talk'), true);
});
