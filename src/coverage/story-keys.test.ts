import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupKeys, salientNames, storyKeys } from './story-keys.js';
import { makeArticle } from './test-fixtures.js';

// Two reports of one outbreak that share a single specific name (the valley) among many
// others each names; neither quotes anyone.
const outbreak = makeArticle('fever-a', 'Fever cases rise in the hills', [
  'Doctors in the Sorrel Valley reported eleven new cases of marsh fever on Tuesday.',
  'The Sorrel Valley clinic has asked the Northern Health Board for two more nurses, and the Brennick Trust has sent tents.',
  'The Red Lantern Society and the Ostrava Mission run a field kitchen beside the Greyford Road.',
], { published: '2031-02-10T08:00:00Z' });
const quarantine = makeArticle('fever-b', 'Quarantine for hill villages', [
  'Soldiers closed the roads into the Sorrel Valley on Thursday to stop the fever spreading.',
  'Farmers from the Sorrel Valley may not take cattle to the Harrow Cross market, the Ministry of the Interior said.',
  'Pilgrims to the Saint Ivo Chapel were turned back at the Tollin Bridge.',
], { published: '2031-02-12T08:00:00Z' });

test('should key an article by each name of two or more words it repeats, with the quarter', () => {
  const a = storyKeys(outbreak, [], []);
  const b = storyKeys(quarantine, [], []);
  assert.ok(a.includes('name:sorrel valley@2031-Q1'), a.join(' '));
  assert.deepEqual(a.filter((k) => k.startsWith('name:') && b.includes(k)), ['name:sorrel valley@2031-Q1']);
  // Their name sets are too different for the sketch to tie them.
  assert.deepEqual(a.filter((k) => k.startsWith('mh:') && b.includes(k)), []);
  // A single word is no such key: one word is shared by too many stories.
  assert.ok(!a.some((k) => k.startsWith('name:') && !k.slice(5).includes(' ')));
});

test('should look an undated article up in the quarters of its batch, and a dated one among undated stories', () => {
  const keys = ['name:sorrel valley@undated', 'person:person-ada@2031-Q1', 'mh:0:ab12', 'quote:?:9f'];
  assert.deepEqual(lookupKeys(keys, ['2031-02-10T08:00:00Z', null, 'not a date']), [
    'mh:0:ab12',
    'name:sorrel valley@2031-Q1',
    'name:sorrel valley@undated',
    'person:person-ada@2031-Q1',
    'person:person-ada@undated',
    'quote:?:9f',
  ]);
  // With no dated article in the batch, an undated key stays as it is.
  assert.deepEqual(lookupKeys(['headline:a+b@undated'], [null]), ['headline:a+b@undated']);
});

test('should end a name at a possessive, so a name said with and without one is one name', () => {
  const names = salientNames('Doctors in Alder’s Sorrel Valley saw eleven cases. The Sorrel Valley’s clinic asked Alder for nurses.');
  assert.deepEqual([...names].sort(), ['alder', 'sorrel valley']);
});
