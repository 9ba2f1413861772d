import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Person } from '../model.js';
import { clusterStories } from './cluster-stories.js';
import { withoutOutletFurniture } from './outlet-template.js';
import { makeArticle, makeQuote } from './test-fixtures.js';

// An invented gardening blog: every post ends with the author's bio and an e-book plug.
const BIO = 'Odile Marchetti is a garden writer, seed saver and teacher, and the founder of Loam Notes.';
const PLUG = 'Get our free e-book “Ten Weeks to a Living Soil in Your Own Backyard” by email today.';
const blog = { outlet: 'Loam Notes' };
const compost = makeArticle('compost', 'Why your compost heap smells of vinegar', [
  'A compost heap that smells sour has too many wet kitchen scraps and too little air: the microbes that rot food without oxygen make acids.',
  'Turn the heap every week, add dry leaves, shredded cardboard and straw, and the smell fades within a fortnight as the heap warms again.',
  'A heap that steams on a cold morning is working; one that stays cold and wet needs more brown material and a cover against rain.',
  BIO,
  PLUG,
], { ...blog, published: '2031-05-02T08:00:00Z' });
const tomatoes = makeArticle('tomatoes', 'Saving tomato seeds from this year’s best plants', [
  'Pick the ripest fruit of your healthiest tomato plant, squeeze the seeds into a jar with their gel and leave them to ferment for three days.',
  'Rinse the seeds in a sieve, spread them on a plate to dry for a week and store them in a labelled paper envelope somewhere cool.',
  'Heirloom varieties come true from seed; hybrids from a garden centre will not, so save only from the open-pollinated kinds.',
  BIO,
  PLUG,
], { ...blog, published: '2031-05-09T08:00:00Z' });
const people: Person[] = [{ id: 'person-odile', name: 'Odile Marchetti', aliases: ['Marchetti'], evidence: [] }];
const plugQuotes = [makeQuote(compost, 'Ten Weeks to a Living Soil in Your Own Backyard', { id: 'p1' }), makeQuote(tomatoes, 'Ten Weeks to a Living Soil in Your Own Backyard', { id: 'p2' })];
const quotesOf = (id: string) => plugQuotes.filter((q) => q.articleId === id);

test('should blank the lines an outlet prints under two unrelated posts, keeping every offset', () => {
  const plain = withoutOutletFurniture([compost, tomatoes], quotesOf);
  for (const original of [compost, tomatoes]) {
    const got = plain.get(original.id);
    assert.ok(got, `${original.id} has furniture`);
    assert.equal(got.article.text.length, original.text.length);
    assert.ok(!got.article.text.includes('Odile Marchetti'));
    assert.ok(!got.article.text.includes('free e-book'));
    assert.ok(got.article.text.includes('three days') || got.article.text.includes('dry leaves'), 'the post itself stays');
    assert.deepEqual(got.quotes, [], 'the plug’s quoted title is no quotation of the post');
  }
});

test('should keep what two versions of one article share, and what two outlets share', () => {
  const update = makeArticle('compost-2', 'Why your compost heap smells of vinegar (updated)', [
    ...compost.text.split('\n\n').slice(1, 4),
    'Readers wrote in to add that a handful of garden soil speeds the heap up.',
    BIO,
  ], blog);
  assert.equal(withoutOutletFurniture([compost, update], quotesOf).size, 0);
  const elsewhere = makeArticle('tomatoes-elsewhere', tomatoes.title, tomatoes.text.split('\n\n').slice(1), { outlet: 'Allotment Weekly' });
  assert.equal(withoutOutletFurniture([compost, elsewhere], quotesOf).size, 0);
});

test('should not join two posts of one blog into a story for its bio and plug', () => {
  const stories = clusterStories({ articles: [compost, tomatoes], quotes: plugQuotes, people, existing: [] });
  assert.deepEqual(stories.map((s) => s.articleIds), [['compost'], ['tomatoes']]);
  // Nor when the second post comes in a later batch and finds the first through its keys.
  const [first] = clusterStories({ articles: [compost], quotes: quotesOf('compost'), people, existing: [] });
  const later = clusterStories({ articles: [tomatoes], quotes: quotesOf('tomatoes'), people, existing: [{ story: first, articles: [compost], quotes: quotesOf('compost') }] });
  assert.deepEqual(later.map((s) => s.articleIds), [['tomatoes']]);
});
