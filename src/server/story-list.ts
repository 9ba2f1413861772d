/**
 * The story list shared by the home page and `GET /api/stories`: each story with its
 * people, outlets, date range and size, filtered by a free-text query and sorted.
 */
import { outletOf, toDay } from '../report/index.js';
import type { Store } from '../store/store.js';
import type { StorySort } from './params.js';

/** One row of the story list. */
export interface StorySummary {
  id: string;
  title: string;
  people: { id: string; name: string }[];
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  articleCount: number;
  quoteGroupCount: number;
}

/** Options of `listStorySummaries`. */
export interface StoryListOptions {
  /** Words that must all appear in the title, a person's name or an outlet (ignoring case). */
  query?: string;
  sort: StorySort;
}

/**
 * Summarises every stored story, filtered and sorted: `recent` by last publication (newest
 * first), `size` by article count (largest first); ties by title then id.
 */
export async function listStorySummaries(store: Store, options: StoryListOptions): Promise<StorySummary[]> {
  const stories = await store.listStories();
  const [articles, people, results] = await Promise.all([
    store.getArticles([...new Set(stories.flatMap((s) => s.articleIds))]),
    store.getPeople([...new Set(stories.flatMap((s) => s.people))]),
    Promise.all(stories.map((s) => store.getStoryResults(s.id))),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const summaries = stories.map((story, i): StorySummary => {
    const own = story.articleIds.flatMap((id) => articleById.get(id) ?? []);
    const days = own.map((a) => a.published).filter((d): d is string => d !== null).sort();
    return {
      id: story.id,
      title: story.title,
      people: story.people.map((id) => ({ id, name: names.get(id) ?? id })),
      outlets: [...new Set(own.map(outletOf))].sort((a, b) => a.localeCompare(b)),
      firstPublished: story.firstPublished ?? days[0] ?? null,
      lastPublished: story.lastPublished ?? days[days.length - 1] ?? null,
      articleCount: story.articleIds.length,
      quoteGroupCount: results[i]?.groups.length ?? 0,
    };
  });
  const words = (options.query ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  const matching = summaries.filter((s) => {
    const haystack = [s.title, ...s.people.map((p) => p.name), ...s.outlets].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const byTitle = (a: StorySummary, b: StorySummary): number => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const recency = (s: StorySummary): string => s.lastPublished ?? s.firstPublished ?? '';
  return matching.sort((a, b) =>
    options.sort === 'size'
      ? b.articleCount - a.articleCount || byTitle(a, b)
      : recency(a) === recency(b) ? byTitle(a, b) : recency(a) > recency(b) ? -1 : 1,
  );
}

/** The `YYYY-MM-DD – YYYY-MM-DD` range of a summary, or `undated`. */
export function formatRange(s: Pick<StorySummary, 'firstPublished' | 'lastPublished'>): string {
  const from = toDay(s.firstPublished);
  const to = toDay(s.lastPublished);
  if (!from) return to ?? 'undated';
  return to && to !== from ? `${from} – ${to}` : from;
}
