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

/** An occurrence quoted in parts ("…," she said. "…"): each part starts a sentence, as occurrence-units.ts tokenizes them. */
function occParts(...parts: string[]): DriftInput {
  const source = parts.join(' she said ');
  const words = [];
  let at = 0;
  for (const part of parts) {
    words.push(...tokenize(part, at));
    at += part.length + ' she said '.length;
  }
  return { words, source, rendered: parts.join(' '), quoted: true, language: 'en' };
}

test('should not call a changed word at a sentence start a splice', () => {
  const canonical = { text: 'The pier is closed. We have got to repair it before the storm. Although the council says, maybe there is time.', language: 'en' };
  assert.equal(classifyDrift(occ("The pier is closed. We've got to repair it before the storm."), canonical), 'truncated');
  assert.equal(classifyDrift(occParts('We have got to repair it before the storm,', 'Though the council says, maybe there is time.'), canonical), 'truncated');
});

test('should label a part that drops the first word of the next sentence truncated, not spliced', () => {
  const canonical = { text: 'Well, to be honest, I am not ready to sign it today. I am not there yet. And I hope to be, soon.', language: 'en' };
  assert.equal(classifyDrift(occParts('I am not ready to sign it today. I am not there yet,', 'I hope to be'), canonical), 'truncated');
  // A whole sentence left out between the parts is still a splice.
  assert.equal(classifyDrift(occParts('I am not ready to sign it today,', 'And I hope to be, soon.'), canonical), 'spliced');
});

test('should see a joined part behind a function word that matches on its own', () => {
  const canonical = { text: 'We cannot check who they are. This could be the worst mistake of the decade.', language: 'en' };
  assert.equal(classifyDrift(occParts('Terrible things are going to happen,', 'This could be the worst mistake of the decade.'), canonical), 'spliced');
});

test('should not call words added inside one sentence a splice', () => {
  const canonical = { text: 'Let us end this myth that the mayor is lost. She knows exactly where she is going.', language: 'en' };
  assert.notEqual(classifyDrift(occ('Let us end once and for all this myth that the mayor is lost. She knows exactly where she is going.'), canonical), 'spliced');
});
