import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Person } from '../model.js';
import { articleFeatures, fullNameIndex, nameWordsOf } from './article-features.js';
import { clusterStories } from './cluster-stories.js';
import { sameHeadlineNames } from './story-links.js';
import { storyKeys } from './story-keys.js';
import { makeArticle } from './test-fixtures.js';

// One launch covered from three angles (the queues, the reviews, the frame rate): they share
// little vocabulary beyond the product's name, which all three headlines carry.
const queues = makeArticle('arcade-queues', 'Lumen Arcade goes on sale as queues form in Kelderhaven', [
  'Shoppers queued overnight outside electronics stores in Kelderhaven for the Lumen Arcade, the streaming console that went on sale on Tuesday.',
  'Several shops sold out of the bundle before noon, and staff handed out vouchers to those still waiting in the rain.',
  'The Lumen Arcade streams games from remote servers instead of running them on the box itself.',
  'The console costs 300 crowns with a controller and a month of games.',
], { published: '2031-03-11T08:00:00Z' });
const reviews = makeArticle('arcade-reviews', 'First Lumen Arcade reviews praise the controller, fault the lag', [
  'Critics who tested the Lumen Arcade ahead of launch liked its controller, which has a textured grip and a quiet rumble.',
  'Most complained of lag on home broadband: a button press took a noticeable moment to register in fast games.',
  'Reviewers also found the catalogue thin, with a dozen titles at launch and more promised by summer.',
  'The Lumen Arcade streaming console goes on sale on Tuesday for 300 crowns.',
], { published: '2031-03-10T08:00:00Z' });
const frames = makeArticle('arcade-frames', 'Tidewater Rally stutters on Lumen Arcade, tests show', [
  'Measurements published on Wednesday show the racing game Tidewater Rally dropping frames on the Lumen Arcade when many cars crowd the track.',
  'The tests, run on a fibre connection, recorded a steady picture only at the lowest detail settings.',
  'The studio behind the game said a patch would smooth the picture within weeks.',
  'The Lumen Arcade, a streaming console, went on sale on Tuesday; reviews had already complained of lag in fast games.',
], { published: '2031-03-12T08:00:00Z' });
// A headline sharing only the town, one a month later, one sharing only a person's name, and
// two sharing only the site's name after the headline.
const ferry = makeArticle('ferry', 'Kelderhaven ferry timetable changes for spring', [
  'The ferry from Kelderhaven to the islands will leave an hour earlier from Monday, the harbour office said, as the spring timetable starts.',
  'Queues at the terminal are expected on the first morning, and the streaming of departure times on screens will begin in the same week.',
], { published: '2031-03-12T08:00:00Z' });
const priceCut = makeArticle('arcade-price', 'Lumen Arcade price cut announced', [
  'The maker of the Lumen Arcade cut the price of the streaming console by a fifth, a month after launch, citing slow sales and lag complaints in reviews.',
  'Shops in Kelderhaven said the bundle had stopped selling out.',
], { published: '2031-04-20T08:00:00Z' });
const kettles = makeArticle('kettles', 'Smart kettles get cheaper - Harbor Tech News', [
  'Kettles that boil on a timer now cost less than a toaster, a shop owner told Harbor Tech News, and queues for the cheapest model formed on launch day.',
], { published: '2031-03-11T08:00:00Z' });
const lanes = makeArticle('lanes', 'Bike lanes open on the quay - Harbor Tech News', [
  'The new bike lanes on the quay opened on Tuesday, the council told Harbor Tech News, after queues of cyclists complained about the lag in repairs.',
], { published: '2031-03-12T08:00:00Z' });
const varnholtA = makeArticle('varnholt-award', 'Ilse Varnholt wins design award for console controller', [
  'The designer Ilse Varnholt won the national design award for the Lumen controller, with its textured grip, the jury announced on Tuesday.',
], { published: '2031-03-11T08:00:00Z' });
const varnholtB = makeArticle('varnholt-house', 'Ilse Varnholt restores fishing cottage in the dunes', [
  'Ilse Varnholt has spent two years restoring a fishing cottage in the dunes, with a textured lime render and a quiet garden.',
], { published: '2031-03-12T08:00:00Z' });

const people: Person[] = [{ id: 'person-ilse', name: 'Ilse Varnholt', aliases: ['Varnholt'], evidence: [] }];
const all: Article[] = [queues, reviews, frames, ferry, priceCut, kettles, lanes, varnholtA, varnholtB];

function storyOf(stories: ReturnType<typeof clusterStories>, id: string): string | undefined {
  return stories.find((s) => s.articleIds.includes(id))?.id;
}

test('should join coverage of one event from different angles through the proper nouns its headlines share', () => {
  const stories = clusterStories({ articles: all, quotes: [], people, existing: [] });
  const launch = storyOf(stories, 'arcade-queues');
  assert.ok(launch);
  assert.equal(storyOf(stories, 'arcade-reviews'), launch);
  assert.equal(storyOf(stories, 'arcade-frames'), launch);
  // The town alone, a month later, the site's name: other stories.
  for (const id of ['ferry', 'arcade-price', 'kettles']) assert.notEqual(storyOf(stories, id), launch, id);
  assert.notEqual(storyOf(stories, 'kettles'), storyOf(stories, 'lanes'));
});

test('should count the headline names two articles share, not a place alone, a person alone or the site', () => {
  const south = makeArticle('kelp-a', 'Kelp ban splits South Dakota towns', ['Towns in South Dakota argue over the Kelp ban, which starts in May.']);
  const south2 = makeArticle('kelp-b', 'South Dakota Kelp ban faces court test', ['A court in South Dakota hears the case against the Kelp ban on Friday.']);
  const south3 = makeArticle('dakota-roads', 'South Dakota roads reopen after snow', ['Roads across South Dakota reopened on Friday.']);
  const f = (a: Article) => articleFeatures(a, [], nameWordsOf(people), fullNameIndex(people));
  assert.equal(sameHeadlineNames(f(queues), f(reviews)), true, 'Lumen Arcade');
  assert.equal(sameHeadlineNames(f(south), f(south2)), true, 'Kelp and South Dakota');
  assert.equal(sameHeadlineNames(f(south), f(south3)), false, 'South Dakota alone');
  assert.equal(sameHeadlineNames(f(queues), f(ferry)), false, 'Kelderhaven alone');
  assert.equal(sameHeadlineNames(f(kettles), f(lanes)), false, 'the site after the headline');
  assert.equal(sameHeadlineNames(f(varnholtA), f(varnholtB)), false, 'a person’s name alone');
});

test('should let a later batch find the story through its headline keys', () => {
  const [first] = clusterStories({ articles: [queues, reviews], quotes: [], people, existing: [] }).filter((s) => s.articleIds.length === 2);
  assert.ok(first, 'the first two articles make one story');
  const shared = storyKeys(frames, [], people).filter((k) => k.startsWith('headline:') && storyKeys(queues, [], people).includes(k));
  assert.ok(shared.includes('headline:arcade+lumen@2031-Q1'), shared.join(', '));
  const grown = clusterStories({ articles: [frames], quotes: [], people, existing: [{ story: first, articles: [queues, reviews], quotes: [] }] });
  assert.deepEqual(grown.find((s) => s.id === first.id)?.articleIds, ['arcade-reviews', 'arcade-queues', 'arcade-frames']);
});

test('should not count a title two headlines share as a name of one event (Mayor … / … mayor)', () => {
  const app = makeArticle('app-off', 'Mayor switches off Ferry Pass after Tidewise breach', ['Mayor Ada Quell suspended the Ferry Pass scheme in Kelderhaven on Sunday after the Tidewise breach.']);
  const vote = makeArticle('vote-won', 'Tidewise founder wins Kelderhaven seat in blow to Mayor', ['The Tidewise founder beat the candidate of Mayor Ada Quell in Kelderhaven on Thursday.']);
  const f = (a: Article) => articleFeatures(a, [], nameWordsOf(people), fullNameIndex(people));
  // Tidewise is one name in common; the office is none.
  assert.equal(sameHeadlineNames(f(app), f(vote)), false);
});

test('should not count a name’s possessive as a topic word, nor a person’s name as a headline word', () => {
  const quell: Person[] = [{ id: 'p-quell', name: 'Ada Quell', aliases: ['Quell'], evidence: [] }];
  const a = makeArticle('plea', 'Ada’s Harbour Plea: ‘Keep the Lights On’', ['Ada Quell led the march. Ada’s banner was red; Quell’s crowd sang.']);
  const f = articleFeatures(a, [], nameWordsOf(quell), fullNameIndex(quell));
  assert.ok(![...f.terms.keys()].some((t) => t.startsWith('quell') || t.startsWith('ada')), [...f.terms.keys()].join(', '));
  assert.ok(!f.titleWords.has("ada's") && f.titleWords.has('harbour'), [...f.titleWords].join(', '));
});
