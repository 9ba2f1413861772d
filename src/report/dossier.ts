/**
 * A dossier: everything known about one story, gathered from the store in one value so
 * that the HTML report, the Markdown report, the console summary, the web pages and the
 * JSON API all render the same thing.
 */
import type { Article, CopyLink, Message, Person, Quote, QuoteGroup, Story, TimelineEvent } from '../model.js';
import type { Store } from '../store/store.js';

/** One story with its articles, quotes, people, quote groups, copies, timeline and messages. */
export interface Dossier {
  story: Story;
  /** The story's articles, oldest first (unknown dates last), then by id. */
  articles: Article[];
  quotes: Quote[];
  /** The story's main people, the speakers of its groups and of its quotes. */
  people: Person[];
  groups: QuoteGroup[];
  copies: CopyLink[];
  timeline: TimelineEvent[];
  /** Data messages attached to the story's articles. */
  messages: Message[];
}

/**
 * Loads one story's dossier through the Store interface only.
 *
 * @param store   Any Store backend.
 * @param storyId Id of the story.
 * @returns The dossier, or null when no story has that id.
 */
export async function loadDossier(store: Store, storyId: string): Promise<Dossier | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const [results, articles, quotes] = await Promise.all([
    store.getStoryResults(storyId),
    store.getArticles(story.articleIds),
    store.getQuotes(story.articleIds),
  ]);
  const groups = results?.groups ?? [];
  const personIds = new Set<string>(story.people);
  for (const group of groups) if (group.speaker) personIds.add(group.speaker);
  for (const quote of quotes) if (quote.personId) personIds.add(quote.personId);
  const people = personIds.size > 0 ? await store.getPeople([...personIds]) : [];
  const messageLists = await Promise.all(story.articleIds.map((id) => store.getMessages(id)));
  return {
    story,
    articles: sortArticles(articles),
    quotes,
    people: [...people].sort((a, b) => a.name.localeCompare(b.name) || compareIds(a.id, b.id)),
    groups,
    copies: results?.copies ?? [],
    timeline: results?.timeline ?? [],
    messages: messageLists.flat(),
  };
}

/** Sorts articles by publication date (unknown last), then by id; returns a new array. */
export function sortArticles(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? -1 : 1;
    }
    return compareIds(a.id, b.id);
  });
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
