import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cognateKey, cognateKeys } from './cognates.js';

test('cognateKey should give translations of one word the same key', () => {
  for (const [a, b] of [['garantia', 'guarantee'], ['krone', 'crown'], ['couronnes', 'crowns'], ['contrat', 'contract'], ['millones', 'million']]) {
    assert.equal(cognateKey(a), cognateKey(b), `${a} / ${b}`);
  }
  assert.notEqual(cognateKey('harbour'), cognateKey('garantie'));
  assert.equal(cognateKey('eau'), null, 'too few consonants to say anything');
});

test('cognateKeys should keep numbers as themselves and skip short words', () => {
  assert.deepEqual([...cognateKeys(['dos', '2031', 'garantia'])].sort(), ['#2031', 'grnt']);
});
