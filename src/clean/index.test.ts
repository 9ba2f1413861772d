import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as clean from './index.js';

test('should export the public face of the clean stage', () => {
  assert.deepEqual(Object.keys(clean).sort(), ['cleanDocument', 'extractHtml', 'findBoilerplateLines', 'guessLanguage', 'learnRepeatedLines']);
});

test('should guess languages by script and by function words', () => {
  assert.equal(clean.guessLanguage('Der Bürgermeister sagte, dass die Brücke nicht vor dem Sommer fertig sein wird.'), 'de');
  assert.equal(clean.guessLanguage('Le maire a dit que le pont sera ouvert pour les habitants dans une semaine.'), 'fr');
  assert.equal(clean.guessLanguage('Мэр сказал, что мост откроют летом.'), 'ru');
  assert.equal(clean.guessLanguage('市长说桥梁将在夏天开放。'), 'zh');
  assert.equal(clean.guessLanguage('12345'), 'en');
});
