import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGroups, groupOf, joinGroups, supports, type Edge } from './story-groups.js';

const edge = (a: number, b: number, people: string[] = []): Edge => ({ a, b, s: 1, people });
const sets = (...people: string[][]) => people.map((p) => [new Set(p)]);

test('should let a link join groups when most of their pairs are linked', () => {
  // Nodes 0–2 are one story (all linked), node 3 links to two of them.
  const edges = [edge(0, 1), edge(0, 2), edge(1, 2), edge(2, 3), edge(1, 3)];
  const groups = createGroups([1, 1, 1, 1], sets([], [], [], []), edges);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 0, 2);
  assert.equal(groupOf(groups, 2), 0);
  assert.equal(supports(groups, 0, 3, { people: [] }), true, 'two of three pairs are linked');
});

test('should refuse a lone link between two formed stories', () => {
  const edges = [edge(0, 1), edge(2, 3), edge(1, 2)];
  const groups = createGroups([1, 1, 1, 1], sets([], [], [], []), edges);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 2, 3);
  assert.equal(supports(groups, 0, 2, { people: [] }), false, 'one pair of four');
});

test('should let a link that rests on both groups’ people join them', () => {
  const edges = [edge(0, 1), edge(2, 3), edge(1, 2, ['legend'])];
  const groups = createGroups([1, 1, 1, 1], sets(['legend'], ['legend', 'west'], ['legend'], ['axelrod']), edges);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 2, 3);
  assert.equal(supports(groups, 0, 2, { people: ['legend'], retold: true }), true);
  assert.equal(supports(groups, 0, 2, { people: ['west'], retold: true }), false, 'west is not a person of the second group');
});

test('should not merge two stories that only one voice links, unless a quotation is retold', () => {
  // The actor's festival speech (nodes 0, 1) and the strike he joins (2, 3): he is quoted
  // throughout both, the strike's convenor only in the strike.
  const edges = [edge(0, 1), edge(2, 3), edge(1, 2, ['calloway'])];
  const groups = createGroups([1, 1, 1, 1, 1], sets(['calloway', 'greaves'], ['calloway'], ['calloway', 'tulloch'], ['tulloch', 'calloway'], ['calloway']), edges);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 2, 3);
  assert.equal(supports(groups, 0, 2, { people: ['calloway'] }), false, 'one person at two events');
  assert.equal(supports(groups, 0, 2, { people: ['calloway'], retold: true }), true, 'the strike’s coverage retelling the speech');
  assert.equal(supports(groups, 0, 4, { people: ['calloway'] }), true, 'a single article joins on one voice');
  const sides = createGroups([1, 1, 1, 1], sets(['calloway', 'tulloch'], ['calloway', 'tulloch'], ['tulloch', 'calloway'], ['calloway', 'tulloch']), edges);
  joinGroups(sides, 0, 1);
  joinGroups(sides, 2, 3);
  assert.equal(supports(sides, 0, 2, { people: ['calloway', 'tulloch'] }), true, 'the same two voices in both');
});

test('should count the articles of a stored story as its size', () => {
  // A stored story of six articles (node 0) and a new article linked to one of them.
  const groups = createGroups([6, 1], [[new Set(['quist']), new Set(), new Set(), new Set(), new Set(), new Set()], [new Set(['quist'])]], [edge(0, 1)]);
  assert.equal(supports(groups, 0, 1, { people: [] }), false);
  assert.equal(supports(groups, 0, 1, { people: ['quist'] }), false, 'a person of one article in six is not the story’s person');
});

test('should not let the same people chain a story beyond the news cycle unless a quotation is retold', () => {
  // Two caucus-night groups of the same candidates, ten weeks apart, and the group in between.
  const day = 86_400_000;
  const edges = [edge(0, 1), edge(2, 3), edge(1, 2, ['quist'])];
  const people = sets(['quist'], ['quist'], ['quist'], ['quist']);
  const groups = createGroups([1, 1, 1, 1], people, edges, [[0], [20 * day], [50 * day], [70 * day]]);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 2, 3);
  assert.equal(supports(groups, 0, 2, { people: ['quist'] }), false, 'seventy days of the same people are two stories');
  assert.equal(supports(groups, 0, 2, { people: ['quist'], retold: true }), true, 'later coverage retelling a statement joins');
  const close = createGroups([1, 1], sets(['quist'], ['quist']), [edge(0, 1, ['quist'])], [[0], [30 * day]]);
  assert.equal(supports(close, 0, 1, { people: ['quist'] }), true, 'within the news cycle');
  const undated = createGroups([1, 1], sets(['quist'], ['quist']), [edge(0, 1, ['quist'])], [[0], [null]]);
  assert.equal(supports(undated, 0, 1, { people: ['quist'] }), true, 'an undated article has no span to exceed');
});

test('should let a link between two languages join groups only when most of their pairs are linked, not on people alone', () => {
  // The singer's concert: an English review and a Spanish one (nodes 0, 1); her quarrel: two
  // English articles (2, 3). The Spanish review names the designer of the quarrel in its lede,
  // so it shares both people with the quarrel's articles.
  const edges = [edge(0, 1, ['vela']), edge(2, 3, ['vela', 'marrow']), edge(1, 2, ['vela', 'marrow'])];
  const groups = createGroups([1, 1, 1, 1], sets(['vela'], ['vela', 'marrow'], ['vela', 'marrow'], ['vela']), edges);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 2, 3);
  assert.equal(supports(groups, 0, 2, { people: ['vela', 'marrow'] }), true, 'the same voices, in one language');
  assert.equal(supports(groups, 0, 2, { people: ['vela', 'marrow'], translated: true }), false, 'across languages names alone do not merge two stories');
  const single = createGroups([1, 1], sets(['vela'], ['vela']), [edge(0, 1, ['vela'])]);
  assert.equal(supports(single, 0, 1, { people: ['vela'], translated: true }), true, 'a translated article still joins what it mostly links to');
});

test('should let a weak people link bring one article into a story, but not merge two stories it links only once', () => {
  // Two stories of the same mayor (a demolition vote, a by-election), one weak link between them.
  const edges = [edge(0, 1), edge(2, 3), edge(1, 2, ['quill'])];
  const groups = createGroups([1, 1, 1, 1, 1], sets(['quill'], ['quill'], ['quill'], ['quill'], ['quill']), edges);
  joinGroups(groups, 0, 1);
  joinGroups(groups, 2, 3);
  assert.equal(supports(groups, 0, 2, { people: ['quill'], weak: true }), false, 'one weak pair between two stories');
  assert.equal(supports(groups, 0, 2, { people: ['quill'], retold: true }), true, 'a retelling on the same people still merges');
  assert.equal(supports(groups, 0, 4, { people: ['quill'], weak: true }), true, 'a single article still joins');
});
