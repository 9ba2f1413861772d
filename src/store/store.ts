/**
 * The storage interface every backend implements (SQLite now, PostgreSQL later).
 * Stages never see SQL: they receive plain records from the pipeline, which reads and
 * writes through this interface only. Methods are async so that a networked backend can
 * implement them; the SQLite backend answers synchronously inside resolved promises.
 */
import type {
  Analysis,
  Article,
  CopyLink,
  Message,
  Person,
  Quote,
  QuoteGroup,
  QuoteKind,
  Story,
  TimelineEvent,
} from '../model.js';

/** A story lookup key held by more stories than this is passed over (`Store.findStories`). */
export const MAX_STORIES_PER_KEY = 24;

/** Why an incoming article is the same as a stored one. */
export interface Duplicate {
  id: string;
  reason: 'id' | 'url' | 'content';
}

/** Everything computed for one story, replaced as a whole when the story changes. */
export interface StoryResults {
  story: Story;
  /** Lookup keys (people, content sketch bands) that let a later batch find this story. */
  keys: string[];
  groups: QuoteGroup[];
  copies: CopyLink[];
  timeline: TimelineEvent[];
}

/** Everything one analyze batch writes, saved by {@link Store.putBatch} all together or not at all. */
export interface BatchWrite {
  articles: { article: Article; analysis: Analysis | null; quotes: Quote[] }[];
  people: { person: Person; keys: string[] }[];
  stories: StoryResults[];
  messages: Message[];
}

/** Filters for quote listing and search. All optional; dates are ISO `YYYY-MM-DD`. */
export interface QuoteFilter {
  speaker?: string;
  story?: string;
  outlet?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** One search hit: an article or a quote whose text matched. */
export interface SearchHit {
  type: 'article' | 'quote';
  articleId: string;
  quoteId: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
  /** Matched text with the match marked by `[` … `]` delimiters (never HTML). */
  snippet: string;
  speaker: string | null;
  kind: QuoteKind | null;
}

/** Storage for a Retold corpus. */
export interface Store {
  /** The stored article that `article` duplicates (same id, URL or content hash), if any. */
  findDuplicate(article: Article): Promise<Duplicate | null>;
  /** Saves new articles with their analysis, quotes and messages, atomically. */
  putArticles(items: { article: Article; analysis: Analysis | null; quotes: Quote[] }[]): Promise<void>;
  /** Appends data messages (also for inputs that produced no article). */
  putMessages(messages: Message[]): Promise<void>;
  /**
   * Replaces the stored quotes of the given articles (e.g. after person ids were filled),
   * quote by quote: a stored quote with the same id is replaced in place, a new id is added
   * after its article's quotes, and quotes not given are kept. Each quote's article must be
   * stored, and a stored quote cannot move to another article. Atomic.
   */
  updateQuotes(quotes: Quote[]): Promise<void>;

  /** People any of whose lookup keys is in `keys`. */
  findPeople(keys: string[]): Promise<Person[]>;
  /** Inserts or replaces people, with their lookup keys. */
  putPeople(items: { person: Person; keys: string[] }[]): Promise<void>;

  /**
   * Stories any of whose lookup keys is in `keys`, passing over a key that more than
   * `MAX_STORIES_PER_KEY` stories hold: it is too common to tell stories apart, and
   * reading all its stories would make a batch cost more the larger the store.
   */
  findStories(keys: string[]): Promise<Story[]>;
  /** Inserts or replaces whole stories with their groups, copies, timeline and keys. */
  putStoryResults(results: StoryResults[]): Promise<void>;

  /**
   * Saves a whole batch (articles, people, stories, messages) in one transaction, so a
   * failure or a crash midway leaves the store as it was before the batch.
   */
  putBatch(batch: BatchWrite): Promise<void>;

  getArticles(ids: string[]): Promise<Article[]>;
  getQuotes(articleIds: string[]): Promise<Quote[]>;
  getAnalyses(articleIds: string[]): Promise<Analysis[]>;
  getPeople(ids?: string[]): Promise<Person[]>;
  listStories(): Promise<Story[]>;
  getStory(id: string): Promise<Story | null>;
  getStoryResults(id: string): Promise<StoryResults | null>;
  getMessages(articleId?: string): Promise<Message[]>;
  listQuotes(filter: QuoteFilter): Promise<Quote[]>;
  /**
   * Articles matching `filter`, by publication date (unknown dates last), then id. For
   * articles, `speaker` means "has a quote by". Lets a report or a UI walk the whole corpus.
   */
  listArticles(filter: QuoteFilter): Promise<Article[]>;
  /** Full-text search (FTS5 syntax is not exposed: the query is treated as words). */
  search(query: string, filter?: QuoteFilter): Promise<SearchHit[]>;
  /** Counts, for summaries and health checks. */
  stats(): Promise<{ articles: number; quotes: number; people: number; stories: number; messages: number }>;
  close(): Promise<void>;
}
