import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDrift, type DriftInput } from './drift.js';
import { tokenize } from './text-tokens.js';

const CANONICAL = {
  text: 'We will rebuild the harbour before winter, and every family will have a home again. Nobody will be left behind.',
  language: 'en',
};

function occ(text: string, options: Partial<DriftInput> = {}): DriftInput {
  return { words: tokenize(text), source: text, rendered: text, quoted: true, language: 'en', ...options };
}

test('should label identical wording exact, ignoring edge punctuation and spacing', () => {
  assert.equal(classifyDrift(occ('We will rebuild the harbour before winter, and every family will have a home again.  Nobody will be left behind'), CANONICAL), 'exact');
});

test('should label a curly-versus-straight apostrophe change exact', () => {
  const curly = { text: 'We won’t leave the harbour, and we’re staying put.', language: 'en' };
  assert.equal(classifyDrift(occ("We won't leave the harbour, and we're staying put."), curly), 'exact');
  assert.equal(classifyDrift(occ("We won't leave the harbour; and we're staying put."), curly), 'punctuation');
});

test('should label case and inner punctuation differences as punctuation', () => {
  assert.equal(classifyDrift(occ('we will rebuild the harbour before winter and every family will have a home again! Nobody will be left behind.'), CANONICAL), 'punctuation');
  assert.equal(classifyDrift(occ('We will rebuild the harbour before winter, and every family will have a home again. Nobody will be left behind.'.replace(/'/g, '’')), CANONICAL), 'exact');
});

test('should label a couple of substituted words minor-wording', () => {
  assert.equal(classifyDrift(occ('We will rebuild the harbor before winter, and each family will have a home again. Nobody will be left behind.'), CANONICAL), 'minor-wording');
});

test('should label a contiguous part truncated', () => {
  assert.equal(classifyDrift(occ('every family will have a home again'), CANONICAL), 'truncated');
  assert.equal(classifyDrift(occ('Nobody Will Be Left Behind'), CANONICAL), 'truncated');
});

test('should label non-adjacent parts joined across a sentence or an ellipsis spliced', () => {
  assert.equal(classifyDrift(occ('We will rebuild the harbour … nobody will be left behind.'), CANONICAL), 'spliced');
  assert.equal(classifyDrift(occ('We will rebuild the harbour before winter. Nobody will be left behind.'), CANONICAL), 'spliced');
  assert.equal(classifyDrift(occ('every family will have a home again, and the ferry tickets will be free for a year'), CANONICAL), 'spliced');
});

test('should label quoted words that are mostly not the canonical paraphrased-as-quote', () => {
  assert.equal(classifyDrift(occ('the town would be back on its feet by the cold months'), CANONICAL), 'paraphrased-as-quote');
});

test('should label a rendering in another language other-language', () => {
  assert.equal(classifyDrift(occ("Nous reconstruirons le port avant l'hiver", { language: 'fr-FR' }), CANONICAL), 'other-language');
});

test('should label an unquoted rendering reported', () => {
  assert.equal(classifyDrift(occ('the harbour would be rebuilt before winter', { quoted: false }), CANONICAL), 'reported');
});

test('should label a rendering cut short with its last word changed as truncated, not paraphrased', () => {
  // "homes" for "home", and the second sentence cut.
  assert.equal(classifyDrift(occ('We will rebuild the harbour before winter, and every family will have homes'), CANONICAL), 'truncated');
  // A reworded edge of about the length of what it replaces is still an edit, not a cut.
  assert.equal(
    classifyDrift(occ('They promised every family would have a home again. Nobody will be left behind'), { text: 'We will rebuild the harbour, and every family will have a home again. Nobody will be left behind.', language: 'en' }),
    'paraphrased-as-quote',
  );
});
