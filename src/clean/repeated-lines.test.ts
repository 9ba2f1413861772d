import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../model.js';
import { cleanDocument, learnRepeatedLines } from './index.js';

function doc(n: number, outlet: string | null, url: string | null = null): RawDocument {
  return {
    source: `d${n}.txt`,
    format: 'text',
    id: null,
    url,
    title: null,
    byline: null,
    published: null,
    outlet,
    language: null,
    text: `Story number ${n} headline\n\nBody paragraph ${n} with its own words.\n\nGot a tip? Call the Bugle desk on 555 0100.`,
    html: null,
  };
}

test('should learn lines shared by most articles of an outlet, keyed by outlet or host', () => {
  const learnt = learnRepeatedLines([doc(1, 'The Bugle'), doc(2, 'The Bugle'), doc(3, 'The Bugle'), doc(4, null, 'https://www.gazette.example/a'), doc(5, null, 'https://gazette.example/b'), doc(6, null, 'https://gazette.example/c')]);
  assert.deepEqual(learnt, {
    kind: 'repeated-lines',
    byOutlet: {
      'the bugle': ['got a tip? call the bugle desk on 555 0100.'],
      'gazette.example': ['got a tip? call the bugle desk on 555 0100.'],
    },
  });
});

test('should learn nothing from outlets with fewer than three articles', () => {
  assert.deepEqual(learnRepeatedLines([doc(1, 'The Bugle'), doc(2, 'The Bugle'), doc(3, null)]), { kind: 'repeated-lines', byOutlet: {} });
});

test('should remove learnt lines when cleaning, with a message', () => {
  const docs = [doc(1, 'The Bugle'), doc(2, 'The Bugle'), doc(3, 'The Bugle')];
  const repeatedLines = learnRepeatedLines(docs);
  const { article, messages } = cleanDocument(docs[0], { repeatedLines });
  assert.equal(article?.text, 'Story number 1 headline\n\nBody paragraph 1 with its own words.');
  assert.deepEqual(messages.map((m) => m.rule), ['clean/repeated-line']);
});
