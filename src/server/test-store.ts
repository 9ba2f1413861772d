/**
 * An in-memory Store over plain arrays, for tests of the report and the web layer. It
 * also documents the Store contract in the simplest terms: every method is a filter or a
 * replace over arrays of model records, with the SQLite backend's filter semantics
 * (speaker = person id or name ignoring case; `to` includes the whole period it names).
 * It trusts its input: the validation and atomicity rules of the conformance suite
 * (`src/store/conformance.ts`) are the SQLite backend's job, not this fake's. Not meant
 * for production data sizes.
 */
import type { Analysis, Article, Message, Person, Quote, Story } from '../model.js';
import type { Duplicate, QuoteFilter, SearchHit, Store, StoryResults } from '../store/store.js';

/** Initial content of a memory store. */
export interface MemoryStoreSeed {
  articles?: Article[];
  analyses?: Analysis[];
  quotes?: Quote[];
  people?: Person[];
  results?: StoryResults[];
  messages?: Message[];
}

/**
 * Creates an in-memory Store, optionally filled with `seed`.
 *
 * @example
 *   const store = createMemoryStore({ articles: [article], quotes: [quote] });
 */
export function createMemoryStore(seed: MemoryStoreSeed = {}): Store {
  const articles = new Map<string, Article>();
  const analyses = new Map<string, Analysis>();
  const quotes = new Map<string, Quote>();
  const people = new Map<string, { person: Person; keys: string[] }>();
  const results = new Map<string, StoryResults>();
  const messages: Message[] = [];
  for (const article of seed.articles ?? []) articles.set(article.id, article);
  for (const analysis of seed.analyses ?? []) analyses.set(analysis.articleId, analysis);
  for (const quote of seed.quotes ?? []) quotes.set(quote.id, quote);
  for (const person of seed.people ?? []) people.set(person.id, { person, keys: [person.name, ...person.aliases] });
  for (const result of seed.results ?? []) results.set(result.story.id, result);
  messages.push(...(seed.messages ?? []));
  let closed = false;

  const open = (): void => {
    if (closed) throw new Error('memory store: used after close()');
  };
  const quoteText = (quote: Quote): string => {
    const text = articles.get(quote.articleId)?.text ?? '';
    return quote.content.map((s) => text.slice(s.start, s.end)).join(' … ');
  };
  // Same semantics as the SQLite backend: person id, or speaker name ignoring case.
  const personMatches = (quote: Quote, speaker: string): boolean =>
    quote.personId === speaker || quote.speaker?.toLowerCase() === speaker.toLowerCase();
  // Dates compare as ISO strings; `to` includes the whole day (month, year) it names.
  const articleMatches = (article: Article, filter: QuoteFilter): boolean => {
    if (filter.outlet !== undefined && article.outlet !== filter.outlet) return false;
    if (filter.from !== undefined && (article.published === null || article.published < filter.from)) return false;
    if (filter.to !== undefined && (article.published === null || article.published > `${filter.to}~`)) return false;
    if (filter.story !== undefined && !results.get(filter.story)?.story.articleIds.includes(article.id)) return false;
    return true;
  };
  const hasQuoteBy = (article: Article, speaker: string): boolean =>
    [...quotes.values()].some((q) => q.articleId === article.id && personMatches(q, speaker));
  const byPublished = (a: Article, b: Article): number =>
    a.published === b.published
      ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      : a.published === null ? 1 : b.published === null ? -1 : a.published < b.published ? -1 : 1;
  const filterQuotes = (filter: QuoteFilter): Quote[] => {
    const out = [...quotes.values()].filter((quote) => {
      const article = articles.get(quote.articleId);
      if (!article || !articleMatches(article, filter)) return false;
      return !filter.speaker || personMatches(quote, filter.speaker);
    });
    return filter.limit === undefined ? out : out.slice(0, filter.limit);
  };

  const store: Store = {
    async findDuplicate(article) {
      open();
      for (const stored of articles.values()) {
        const reason: Duplicate['reason'] | null =
          stored.id === article.id
            ? 'id'
            : article.url !== null && stored.url === article.url
              ? 'url'
              : stored.contentHash === article.contentHash
                ? 'content'
                : null;
        if (reason) return { id: stored.id, reason };
      }
      return null;
    },
    async putArticles(items) {
      open();
      for (const item of items) {
        articles.set(item.article.id, item.article);
        if (item.analysis) analyses.set(item.article.id, item.analysis);
        for (const quote of item.quotes) quotes.set(quote.id, quote);
      }
    },
    async putMessages(list) {
      open();
      messages.push(...list);
    },
    async updateQuotes(list) {
      open();
      for (const quote of list) quotes.set(quote.id, quote);
    },
    async findPeople(keys) {
      open();
      const wanted = new Set(keys);
      return [...people.values()].filter((p) => p.keys.some((k) => wanted.has(k))).map((p) => p.person);
    },
    async putPeople(items) {
      open();
      for (const item of items) people.set(item.person.id, item);
    },
    async findStories(keys) {
      open();
      const wanted = new Set(keys);
      return [...results.values()].filter((r) => r.keys.some((k) => wanted.has(k))).map((r) => r.story);
    },
    async putStoryResults(list) {
      open();
      for (const result of list) results.set(result.story.id, result);
    },
    async putBatch(batch) {
      await store.putArticles(batch.articles);
      await store.putPeople(batch.people);
      await store.putStoryResults(batch.stories);
      await store.putMessages(batch.messages);
    },
    async getArticles(ids) {
      open();
      return ids.flatMap((id) => articles.get(id) ?? []);
    },
    async getQuotes(articleIds) {
      open();
      const wanted = new Set(articleIds);
      return [...quotes.values()].filter((q) => wanted.has(q.articleId));
    },
    async getAnalyses(articleIds) {
      open();
      return articleIds.flatMap((id) => analyses.get(id) ?? []);
    },
    async getPeople(ids) {
      open();
      if (!ids) return [...people.values()].map((p) => p.person);
      return ids.flatMap((id) => people.get(id)?.person ?? []);
    },
    async listStories() {
      open();
      return [...results.values()].map((r) => r.story);
    },
    async getStory(id) {
      open();
      return results.get(id)?.story ?? null;
    },
    async getStoryResults(id) {
      open();
      return results.get(id) ?? null;
    },
    async getMessages(articleId) {
      open();
      return articleId === undefined ? [...messages] : messages.filter((m) => m.articleId === articleId);
    },
    async listQuotes(filter) {
      open();
      return filterQuotes(filter);
    },
    async listArticles(filter) {
      open();
      const out = [...articles.values()]
        .filter((a) => articleMatches(a, filter) && (filter.speaker === undefined || hasQuoteBy(a, filter.speaker)))
        .sort(byPublished);
      return filter.limit === undefined ? out : out.slice(0, filter.limit);
    },
    async search(query, filter = {}) {
      open();
      const words: string[] = query.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      if (words.length === 0) return [];
      const hits: SearchHit[] = [];
      const matches = (text: string): boolean => words.every((w) => text.toLowerCase().includes(w));
      const snippet = (text: string): string => {
        const at = text.toLowerCase().indexOf(words[0]);
        const from = Math.max(0, at - 40);
        const to = Math.min(text.length, at + words[0].length + 40);
        return `${text.slice(from, at)}[${text.slice(at, at + words[0].length)}]${text.slice(at + words[0].length, to)}`;
      };
      for (const article of [...articles.values()].sort(byPublished)) {
        if (!articleMatches(article, filter) || !matches(article.text)) continue;
        if (filter.speaker !== undefined && !hasQuoteBy(article, filter.speaker)) continue;
        hits.push({
          type: 'article', articleId: article.id, quoteId: null, title: article.title, outlet: article.outlet,
          published: article.published, snippet: snippet(article.text), speaker: null, kind: null,
        });
      }
      for (const quote of filterQuotes({ ...filter, limit: undefined })) {
        const text = quoteText(quote);
        if (!matches(text)) continue;
        const article = articles.get(quote.articleId);
        if (!article) continue;
        hits.push({
          type: 'quote', articleId: article.id, quoteId: quote.id, title: article.title, outlet: article.outlet,
          published: article.published, snippet: snippet(text), speaker: quote.speaker, kind: quote.kind,
        });
      }
      return filter.limit === undefined ? hits : hits.slice(0, filter.limit);
    },
    async stats() {
      open();
      return { articles: articles.size, quotes: quotes.size, people: people.size, stories: results.size, messages: messages.length };
    },
    async close() {
      closed = true;
    },
  };
  return store;
}
