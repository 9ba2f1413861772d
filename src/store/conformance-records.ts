/**
 * Conformance tests for messages, people, stories and counts.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { seed, snapshot, type StoreTest } from './conformance-corpus.js';
import { makeArticle, makeMessage, makePerson, makeStoryResults } from './fixtures.js';
import { MAX_STORIES_PER_KEY } from './store.js';

/** An article not in the seeded corpus, for batch tests. */
function makeStoreTestArticle() {
  return makeArticle('a5', 'The ferry timetable changes on Monday, the port said.');
}

/** Defines the message, person, story and stats tests of the store conformance suite. */
export function describeRecordTests(it: StoreTest): void {
    describe('messages', () => {
      it('should append messages and read them back in order', async (store) => {
        await seed(store);
        const messages = [
          makeMessage(null, 'ingest/binary', { severity: 'error', message: 'expected text, found PNG' }),
          makeMessage('a1', 'clean/caption'),
          makeMessage('a2', 'attribute/no-speaker', { severity: 'warning' }),
          makeMessage('a1', 'clean/boilerplate'),
        ];
        await store.putMessages(messages.slice(0, 2));
        await store.putMessages(messages.slice(2));
        assert.deepEqual(await store.getMessages(), messages);
        assert.deepEqual(await store.getMessages('a1'), [messages[1], messages[3]]);
        assert.deepEqual(await store.getMessages('none'), []);
        assert.equal((await store.stats()).messages, 4);
      });

      it('should write no message of a batch with a bad one', async (store) => {
        const bad = { ...makeMessage(null, 'x'), rule: null as unknown as string };
        await assert.rejects(
          store.putMessages([makeMessage(null, 'ok'), bad]),
          /cannot save message 1 .*expected a value for messages\.rule/,
        );
        assert.deepEqual(await store.getMessages(), []);
      });
    });

    describe('people', () => {
      it('should round-trip people and find them by key', async (store) => {
        await seed(store);
        const ruiz = makePerson('p-ruiz', 'Ana Ruiz', 'a1');
        const berg = makePerson('p-berg', 'Jon Berg', 'a2');
        await store.putPeople([
          { person: ruiz, keys: ['ruiz', 'ana ruiz', 'mayor'] },
          { person: berg, keys: ['berg', 'jon berg', 'mayor'] },
        ]);
        assert.deepEqual(await store.getPeople(), [ruiz, berg]);
        assert.deepEqual(await store.getPeople(['p-berg', 'missing', 'p-ruiz']), [berg, ruiz]);
        assert.deepEqual(await store.findPeople(['ruiz']), [ruiz]);
        assert.deepEqual(await store.findPeople(['mayor', 'berg']), [berg, ruiz]);
        assert.deepEqual(await store.findPeople(['nobody']), []);
        assert.deepEqual(await store.findPeople([]), []);
      });

      it('should replace a person and their keys', async (store) => {
        const ruiz = makePerson('p-ruiz', 'Ana Ruiz', 'a1');
        await store.putPeople([{ person: ruiz, keys: ['ruiz', 'mayor'] }]);
        const renamed = { ...ruiz, name: 'Ana Ruiz-Vega', aliases: ['Ana Ruiz-Vega', 'Ruiz-Vega'] };
        await store.putPeople([{ person: renamed, keys: ['ruiz-vega'] }]);
        assert.deepEqual(await store.getPeople(), [renamed]);
        assert.deepEqual(await store.findPeople(['ruiz', 'mayor']), []);
        assert.deepEqual(await store.findPeople(['ruiz-vega']), [renamed]);
        assert.equal((await store.stats()).people, 1);
      });

      it('should refuse names and keys that would not survive storage', async (store) => {
        const broken = makePerson('p-x', 'Ana \uD800Ruiz', 'a1');
        await assert.rejects(store.putPeople([{ person: broken, keys: [] }]), /expected people\.name to be well-formed Unicode/);
        const person = makePerson('p-y', 'Ana Ruiz', 'a1');
        await assert.rejects(store.putPeople([{ person, keys: ['ok', '\uDFFF'] }]), /expected person_keys\.key to be well-formed/);
        assert.deepEqual(await store.getPeople(), []);
      });

      it('should write no person of a batch with a bad one', async (store) => {
        const bad = { person: { ...makePerson('', 'No Id', 'a1') }, keys: [] };
        await assert.rejects(
          store.putPeople([{ person: makePerson('p-ok', 'Ok Person', 'a1'), keys: ['ok'] }, bad]),
          /cannot save person "": expected a person with a non-empty id, found ""/,
        );
        assert.deepEqual(await store.getPeople(), []);
      });
    });

    describe('batches', () => {
      it('should save a whole batch and read every part back', async (store) => {
        await seed(store);
        const fresh = makeStoreTestArticle();
        const person = makePerson('p-ruiz', 'Ana Ruiz', fresh.id);
        const story = makeStoryResults('s1', ['a1', fresh.id], ['k1']);
        await store.putBatch({
          articles: [{ article: fresh, analysis: null, quotes: [] }],
          people: [{ person, keys: ['name:ana ruiz'] }],
          stories: [story],
          messages: [makeMessage(fresh.id, 'clean/caption')],
        });
        assert.deepEqual(await store.getArticles([fresh.id]), [fresh]);
        assert.deepEqual(await store.findPeople(['name:ana ruiz']), [person]);
        assert.deepEqual(await store.getStoryResults('s1'), story);
        assert.equal((await store.getMessages(fresh.id)).length, 1);
      });

      it('should write nothing of a batch whose last part fails', async (store) => {
        await seed(store);
        const before = await snapshot(store);
        const fresh = makeStoreTestArticle();
        await assert.rejects(
          store.putBatch({
            articles: [{ article: fresh, analysis: null, quotes: [] }],
            people: [{ person: makePerson('p-ruiz', 'Ana Ruiz', fresh.id), keys: ['name:ana ruiz'] }],
            stories: [makeStoryResults('s1', ['a1', 'ghost'], [])],
            messages: [],
          }),
          /ghost/,
        );
        assert.deepEqual(await snapshot(store), before);
        assert.deepEqual(await store.getArticles([fresh.id]), []);
      });
    });

    describe('stories', () => {
      it('should round-trip a story with its groups, copies, timeline and keys', async (store) => {
        await seed(store);
        const results = makeStoryResults('s1', ['a2', 'a1'], ['person:p-ruiz', 'band:17:abc']);
        await store.putStoryResults([results]);
        assert.deepEqual(await store.getStoryResults('s1'), results);
        assert.deepEqual(await store.getStory('s1'), results.story);
        assert.deepEqual(await store.listStories(), [results.story]);
        assert.deepEqual(await store.findStories(['band:17:abc', 'other']), [results.story]);
        assert.deepEqual(await store.findStories(['other']), []);
        assert.equal(await store.getStory('s9'), null);
        assert.equal(await store.getStoryResults('s9'), null);
      });

      it('should pass over a lookup key that too many stories hold', async (store) => {
        await seed(store);
        const many = Array.from({ length: MAX_STORIES_PER_KEY + 1 }, (_, i) => makeStoryResults(`s${i + 10}`, [], ['common', `own:${i}`]));
        await store.putStoryResults(many.slice(0, MAX_STORIES_PER_KEY));
        assert.equal((await store.findStories(['common'])).length, MAX_STORIES_PER_KEY);
        await store.putStoryResults(many.slice(MAX_STORIES_PER_KEY));
        assert.deepEqual(await store.findStories(['common']), []);
        assert.deepEqual(await store.findStories(['common', 'own:3']), [many[3].story]);
      });

      it('should replace a story as a whole', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a1', 'a2'], ['old-key'])]);
        const next = makeStoryResults('s1', ['a1', 'a3'], ['new-key']);
        next.story.title = 'Harbor week';
        next.groups[0].canonical = 'the bridge opens';
        next.timeline = next.timeline.slice(1);
        await store.putStoryResults([next]);
        assert.deepEqual(await store.getStoryResults('s1'), next);
        assert.deepEqual(await store.findStories(['old-key']), []);
        assert.deepEqual(await store.findStories(['new-key']), [next.story]);
        assert.equal((await store.stats()).stories, 1);
      });

      it('should move copies between a story\'s articles to the story that stores them last', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a1', 'a2'], [])]);
        const merged = makeStoryResults('s2', ['a1', 'a2', 'a3'], []);
        merged.copies = [{ from: 'a1', to: 'a2', sharedRatio: 0.5, kind: 'spun' }];
        await store.putStoryResults([merged]);
        assert.deepEqual((await store.getStoryResults('s1'))?.copies, []);
        assert.deepEqual((await store.getStoryResults('s2'))?.copies, merged.copies);
        const reaching = makeStoryResults('s3', ['a3'], []);
        reaching.copies = [{ from: 'a1', to: 'a2', sharedRatio: 0.25, kind: 'verbatim' }];
        await store.putStoryResults([reaching]);
        assert.deepEqual((await store.getStoryResults('s2'))?.copies, []);
        assert.deepEqual((await store.getStoryResults('s3'))?.copies, reaching.copies);
      });

      it('should order stories by latest publication, undated last', async (store) => {
        await seed(store);
        const older = makeStoryResults('s-old', ['a1'], []);
        older.story.lastPublished = '2023-01-01';
        const undatedStory = makeStoryResults('s-none', ['a3'], []);
        undatedStory.story.lastPublished = null;
        const newer = makeStoryResults('s-new', ['a2'], []);
        await store.putStoryResults([older, undatedStory, newer]);
        assert.deepEqual(
          (await store.listStories()).map((s) => s.id),
          ['s-new', 's-old', 's-none'],
        );
      });

      it('should refuse missing fields and non-finite numbers in a story', async (store) => {
        await seed(store);
        const forgot = makeStoryResults('s1', ['a1'], []);
        forgot.story = { ...forgot.story, lastPublished: undefined as unknown as null };
        await assert.rejects(
          store.putStoryResults([forgot]),
          /cannot save story "s1": expected stories\.last_published to be set \(null when unknown\), found undefined/,
        );
        const ratio = makeStoryResults('s1', ['a1', 'a2'], []);
        ratio.copies[0].sharedRatio = Number.NaN;
        await assert.rejects(store.putStoryResults([ratio]), /expected copies\.shared_ratio to be a finite number, found NaN/);
        assert.deepEqual(await store.listStories(), []);
      });

      it('should refuse a story with unknown articles or foreign parts, writing nothing', async (store) => {
        await seed(store);
        await store.putStoryResults([makeStoryResults('s1', ['a1'], ['k'])]);
        const before = await snapshot(store);
        const beforeResults = await store.getStoryResults('s1');
        await assert.rejects(
          store.putStoryResults([makeStoryResults('s1', ['a2'], []), makeStoryResults('s2', ['a1', 'ghost'], [])]),
          /cannot save story "s2": expected its articleIds to be stored articles, found unknown article "ghost"/,
        );
        const foreign = makeStoryResults('s3', ['a1'], []);
        const twice = makeStoryResults('s3', ['a1', 'a2', 'a1'], []);
        await assert.rejects(store.putStoryResults([twice]), /cannot save story "s3": expected each article once in articleIds, found "a1" twice/);
        foreign.timeline[0].storyId = 's1';
        await assert.rejects(store.putStoryResults([foreign]), /expected timeline\[0\] to have storyId "s3", found "s1"/);
        assert.deepEqual(await snapshot(store), before);
        assert.deepEqual(await store.getStoryResults('s1'), beforeResults);
      });
    });

    it('should count what it stores', async (store) => {
      assert.deepEqual(await store.stats(), { articles: 0, quotes: 0, people: 0, stories: 0, messages: 0 });
      await seed(store);
      await store.putPeople([{ person: makePerson('p-ruiz', 'Ana Ruiz', 'a1'), keys: [] }]);
      await store.putStoryResults([makeStoryResults('s1', ['a1'], [])]);
      await store.putMessages([makeMessage('a1', 'clean/caption')]);
      assert.deepEqual(await store.stats(), { articles: 3, quotes: 3, people: 1, stories: 1, messages: 1 });
    });
}
