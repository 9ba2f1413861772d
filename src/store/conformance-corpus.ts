/**
 * The small invented corpus the conformance suite runs on, and helpers shared by its parts.
 */
import { test } from 'node:test';
import { makeAnalysis, makeArticle, makeQuote } from './fixtures.js';
import type { Store } from './store.js';

/** Defines one test that gets a fresh store. */
export type StoreTest = (title: string, run: (store: Store) => Promise<void>) => void;

/** Makes `StoreTest` for a backend: each test opens a new store and closes it after. */
export function makeStoreTest(open: () => Promise<Store> | Store): StoreTest {
  return (title, run) =>
    test(title, async () => {
      const store = await open();
      try {
        await run(store);
      } finally {
        await store.close();
      }
    });
}

/** A dated article with a direct and an indirect quote by Ana Ruiz. */
export const bridge = makeArticle('a1', '"The bridge opens in spring," said Mayor Ana Ruiz. Traffic will ease, she added.', {
  title: 'Harbor bridge to open',
  byline: 'Tomas Lind',
});
/** The direct quote of `bridge`, with every optional field set. */
export const bridgeQuote = makeQuote(bridge, 'a1-q1', 'The bridge opens in spring,', {
  cue: { start: bridge.text.indexOf('said'), end: bridge.text.indexOf('said') + 4 },
  source: { start: bridge.text.indexOf('Mayor'), end: bridge.text.indexOf('Mayor') + 14 },
  speaker: 'Ana Ruiz',
  occasion: { span: { start: 0, end: 6 }, label: 'press conference' },
  saidWhen: { value: '2024-03-01', precision: 'day', span: null },
  confidence: 0.9,
});
/** The indirect quote of `bridge`. */
export const bridgeIndirect = makeQuote(bridge, 'a1-q2', 'Traffic will ease', { kind: 'indirect', speaker: 'Ana Ruiz' });
/** An article from another outlet with a date but no URL, quoting Jon Berg. */
export const ferry = makeArticle('a2', 'The ferry near the pier will stop, or so the council said. "Fares rise," Jon Berg said.', {
  title: 'Ferry service ends',
  outlet: 'Coast Courier',
  published: '2024-04-10',
  url: null,
});
/** The quote of `ferry`, already resolved to a person. */
export const ferryQuote = makeQuote(ferry, 'a2-q1', 'Fares rise,', { speaker: 'Jon Berg', personId: 'p-berg' });
/** An article without date or outlet and without quotes. */
export const undated = makeArticle('a3', 'A quiet week at the harbor, with no bridge news.', { published: null, outlet: null });

/** Stores the three articles above with their analyses and quotes. */
export async function seed(store: Store): Promise<void> {
  await store.putArticles([
    { article: bridge, analysis: makeAnalysis(bridge), quotes: [bridgeQuote, bridgeIndirect] },
    { article: ferry, analysis: null, quotes: [ferryQuote] },
    { article: undated, analysis: makeAnalysis(undated), quotes: [] },
  ]);
}

/** Everything readable from a store, to show that a failed write changed nothing. */
export async function snapshot(store: Store) {
  const ids = ['a1', 'a2', 'a3', 'a4', 'a5'];
  return {
    stats: await store.stats(),
    articles: await store.getArticles(ids),
    quotes: await store.getQuotes(ids),
    analyses: await store.getAnalyses(ids),
    people: await store.getPeople(),
    stories: await store.listStories(),
    messages: await store.getMessages(),
    search: await store.search('bridge'),
  };
}
