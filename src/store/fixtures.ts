/**
 * Small invented records for store tests. Every article's text starts with its title on its
 * own line, as the clean stage makes it, and every quote's spans point into that text.
 */
import type { Analysis, Article, Message, Person, Quote, QuoteGroup, Story } from '../model.js';
import type { StoryResults } from './store.js';

/** Makes an article whose text is its title, a blank line, then `body`. */
export function makeArticle(id: string, body: string, overrides: Partial<Omit<Article, 'text'>> = {}): Article {
  const title = overrides.title ?? `Report ${id}`;
  const text = `${title}\n\n${body}`;
  return {
    id,
    url: `https://news.example/${id}`,
    outlet: 'Harbor Gazette',
    title,
    byline: null,
    published: '2024-03-04T08:00:00Z',
    language: 'en',
    source: `fixtures/${id}.html`,
    contentHash: `sha256-${id}`,
    text,
    titleSpan: { start: 0, end: title.length },
    ...overrides,
  };
}

/** Makes a quote of `words`, which must occur in the article's text. */
export function makeQuote(article: Article, id: string, words: string, overrides: Partial<Quote> = {}): Quote {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`fixture: expected "${words}" in article ${article.id}, found no such words`);
  return {
    id,
    articleId: article.id,
    kind: 'direct',
    content: [{ start, end: start + words.length }],
    cue: null,
    source: null,
    speaker: null,
    personId: null,
    occasion: null,
    saidWhen: null,
    confidence: 0.75,
    ...overrides,
  };
}

/** Makes a small analysis of an article: one paragraph per line, one sentence each. */
export function makeAnalysis(article: Article): Analysis {
  const paragraphs = [];
  let start = 0;
  for (const line of article.text.split('\n')) {
    if (line !== '') paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return {
    articleId: article.id,
    sentences: paragraphs.map((span, paragraph) => ({ span, paragraph })),
    paragraphs,
    entities: [{ span: { start: 0, end: 6 }, text: article.text.slice(0, 6), type: 'other' }],
    dates: [{ span: { start: 0, end: 4 }, text: article.text.slice(0, 4), date: { value: '2024-03', precision: 'month' } }],
    tokenCount: article.text.split(/\s+/).length,
  };
}

/** Makes a data message about an article (or about an input when `articleId` is null). */
export function makeMessage(articleId: string | null, rule: string, overrides: Partial<Message> = {}): Message {
  return {
    source: `fixtures/${articleId ?? 'feed'}.html`,
    articleId,
    rule,
    message: `expected a byline, found none`,
    severity: 'info',
    span: articleId === null ? null : { start: 0, end: 3 },
    ...overrides,
  };
}

/** Makes a person with one piece of alias evidence. */
export function makePerson(id: string, name: string, articleId: string): Person {
  return {
    id,
    name,
    aliases: [name, name.split(' ').at(-1) ?? name],
    evidence: [{ alias: name, articleId, span: { start: 0, end: name.length }, rule: 'full-name' }],
  };
}

/** Makes the results of a story over `articleIds`, with one group, copy and event. */
export function makeStoryResults(id: string, articleIds: string[], keys: string[]): StoryResults {
  const story: Story = {
    id,
    title: `Story ${id}`,
    articleIds,
    people: ['p-ruiz'],
    firstPublished: '2024-03-04T08:00:00Z',
    lastPublished: '2024-03-05T10:30:00Z',
  };
  const group: QuoteGroup = {
    id: `${id}-g1`,
    storyId: id,
    speaker: 'p-ruiz',
    speakerName: 'Ana Ruiz',
    canonical: 'the bridge opens in spring',
    canonicalQuoted: true,
    saidWhen: { value: '2024-03-01', precision: 'day' },
    occasion: 'press conference',
    occurrences: articleIds.map((articleId, i) => ({
      quoteId: `${articleId}-q1`,
      articleId,
      start: 10,
      end: 36,
      text: 'the bridge opens in spring',
      kind: 'direct',
      drift: i === 0 ? 'exact' : 'truncated',
      diff: [{ op: 'same', text: 'the bridge opens' }, { op: 'removed', text: 'in spring' }],
      misattributed: false,
      recycled: i > 1,
      negationChanged: false,
    })),
  };
  return {
    story,
    keys,
    groups: [group],
    copies: articleIds.length > 1 ? [{ from: articleIds[0], to: articleIds[1], sharedRatio: 0.625, kind: 'verbatim' }] : [],
    timeline: [
      { storyId: id, date: '2024-03-01', precision: 'day', kind: 'said', label: 'Ruiz speaks', quoteGroupId: group.id, articleId: null },
      { storyId: id, date: '2024-03-04', precision: 'day', kind: 'published', label: 'First report', quoteGroupId: null, articleId: articleIds[0] ?? null },
    ],
  };
}
