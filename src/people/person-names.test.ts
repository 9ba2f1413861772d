import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameWords } from './person-names.js';
import { displayName } from './local-people.js';

test('nameWords should drop titles before a name, also after a place or body and in other languages', () => {
  assert.deepEqual(nameWords('Former President Donald J. Trump Jr.'), ['donald', 'j', 'trump']);
  assert.deepEqual(nameWords('Port Vell Mayor Ilse Brandt'), ['ilse', 'brandt']);
  assert.deepEqual(nameWords('Passenger Tomas Ek'), ['tomas', 'ek']);
  assert.deepEqual(nameWords('Staatsanwältin Vera Holm'), ['vera', 'holm']);
  assert.deepEqual(nameWords('Alcaldesa Rosa Vidal'), ['rosa', 'vidal']);
  assert.deepEqual(nameWords('Presiden Rosa Vidal'), ['rosa', 'vidal']);
  // Post-nominal letters are no word of the name either, so `Ivo Tannahill KC` is `Ivo Tannahill`.
  assert.deepEqual(nameWords('Ivo Tannahill KC'), ['ivo', 'tannahill']);
  assert.deepEqual(nameWords('DCI Ada Morrow'), ['ada', 'morrow']);
  // A role before the name (`Chief Executive Carrie …`, `Employee Steve …`) is no part of it.
  assert.deepEqual(nameWords('Port Vell Chief Executive Ilse Brandt'), ['ilse', 'brandt']);
  assert.deepEqual(nameWords('Employee Tomas Ek'), ['tomas', 'ek']);
  // A name that is only a title and a surname keeps the surname.
  assert.deepEqual(nameWords('Mayor Brandt'), ['brandt']);
  // A title word as the last name word is a name (General Motors is not cut to nothing).
  assert.deepEqual(nameWords('Ilse Judge'), ['ilse', 'judge']);
});

test('displayName should drop leading titles and keep a middle initial and a generational suffix', () => {
  assert.equal(displayName('Ivo P. Brandt Jr.'), 'Ivo P. Brandt Jr.');
  assert.equal(displayName('Ivo Tannahill KC'), 'Ivo Tannahill');
  assert.equal(displayName('Port Alder Mayor Ivo Brandt Jr.'), 'Ivo Brandt Jr.');
  assert.equal(displayName('Mayor Ada Quist’s'), 'Ada Quist');
});
