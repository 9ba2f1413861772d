/**
 * The one place where records from `model.ts` become table rows and back. Row shapes are
 * plain objects keyed by column name, shared by every SQL backend; nested values (spans,
 * occurrences, evidence) are JSON text. Every mapping round-trips exactly:
 * `fromXRow(toXRow(x))` deep-equals `x`.
 */
import type {
  Analysis,
  Article,
  CopyLink,
  DatePrecision,
  Message,
  Occasion,
  PartialDate,
  Person,
  Quote,
  QuoteGroup,
  QuoteKind,
  SaidWhen,
  Severity,
  Span,
  Story,
  TimelineEvent,
} from '../model.js';

/** A row of `articles`. */
export interface ArticleRow {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string;
  byline: string | null;
  published: string | null;
  language: string;
  source: string;
  content_hash: string;
  text: string;
  title_start: number;
  title_end: number;
}

/** Maps an article to its row. */
export function toArticleRow(article: Article): ArticleRow {
  return {
    id: article.id,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    byline: article.byline,
    published: article.published,
    language: article.language,
    source: article.source,
    content_hash: article.contentHash,
    text: article.text,
    title_start: article.titleSpan.start,
    title_end: article.titleSpan.end,
  };
}

/** Maps a row of `articles` to an article. */
export function fromArticleRow(row: ArticleRow): Article {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    byline: row.byline,
    published: row.published,
    language: row.language,
    source: row.source,
    contentHash: row.content_hash,
    text: row.text,
    titleSpan: { start: row.title_start, end: row.title_end },
  };
}

/** A row of `analyses`. */
export interface AnalysisRow {
  article_id: string;
  analysis: string;
}

/** Maps an analysis to its row. */
export function toAnalysisRow(analysis: Analysis): AnalysisRow {
  return { article_id: analysis.articleId, analysis: JSON.stringify(analysis) };
}

/** Maps a row of `analyses` to an analysis. */
export function fromAnalysisRow(row: AnalysisRow): Analysis {
  return JSON.parse(row.analysis) as Analysis;
}

/** A row of `quotes`. `text` is derived (the content parts, for search), not part of a quote. */
export interface QuoteRow {
  id: string;
  article_id: string;
  position: number;
  kind: string;
  speaker: string | null;
  person_id: string | null;
  said_when: string | null;
  confidence: number;
  content: string;
  cue: string | null;
  source_span: string | null;
  occasion: string | null;
  said_when_json: string | null;
  text: string;
}

/**
 * Maps a quote to its row. `text` is the article text the quote points into; its content
 * parts, joined by a space, are what full-text search indexes.
 */
export function toQuoteRow(quote: Quote, position: number, text: string): QuoteRow {
  return {
    id: quote.id,
    article_id: quote.articleId,
    position,
    kind: quote.kind,
    speaker: quote.speaker,
    person_id: quote.personId,
    said_when: quote.saidWhen ? quote.saidWhen.value : null,
    confidence: quote.confidence,
    content: JSON.stringify(quote.content),
    cue: toJson(quote.cue),
    source_span: toJson(quote.source),
    occasion: toJson(quote.occasion),
    said_when_json: toJson(quote.saidWhen),
    text: quote.content.map((span) => text.slice(span.start, span.end)).join(' '),
  };
}

/** Maps a row of `quotes` to a quote. */
export function fromQuoteRow(row: QuoteRow): Quote {
  return {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind as QuoteKind,
    content: JSON.parse(row.content) as Span[],
    cue: fromJson<Span>(row.cue),
    source: fromJson<Span>(row.source_span),
    speaker: row.speaker,
    personId: row.person_id,
    occasion: fromJson<Occasion>(row.occasion),
    saidWhen: fromJson<SaidWhen>(row.said_when_json),
    confidence: row.confidence,
  };
}

/** A row of `people`; lookup keys live in `person_keys`. */
export interface PersonRow {
  id: string;
  name: string;
  aliases: string;
  evidence: string;
}

/** Maps a person to its row. */
export function toPersonRow(person: Person): PersonRow {
  return {
    id: person.id,
    name: person.name,
    aliases: JSON.stringify(person.aliases),
    evidence: JSON.stringify(person.evidence),
  };
}

/** Maps a row of `people` to a person. */
export function fromPersonRow(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    aliases: JSON.parse(row.aliases) as Person['aliases'],
    evidence: JSON.parse(row.evidence) as Person['evidence'],
  };
}

/** A row of `stories`; article ids live in `story_articles`. */
export interface StoryRow {
  id: string;
  title: string;
  people: string;
  first_published: string | null;
  last_published: string | null;
}

/** Maps a story to its row. */
export function toStoryRow(story: Story): StoryRow {
  return {
    id: story.id,
    title: story.title,
    people: JSON.stringify(story.people),
    first_published: story.firstPublished,
    last_published: story.lastPublished,
  };
}

/** A row of `stories` as read, with its article ids in order as a JSON array. */
export interface StoryReadRow extends StoryRow {
  article_ids: string;
}

/** Maps a read row of `stories` to a story. */
export function fromStoryRow(row: StoryReadRow): Story {
  return {
    id: row.id,
    title: row.title,
    articleIds: JSON.parse(row.article_ids) as string[],
    people: JSON.parse(row.people) as string[],
    firstPublished: row.first_published,
    lastPublished: row.last_published,
  };
}

/** A row of `quote_groups`. */
export interface QuoteGroupRow {
  id: string;
  story_id: string;
  position: number;
  speaker: string | null;
  speaker_name: string | null;
  canonical: string;
  /** 1 when the canonical wording was quoted, 0 when it is a report's words. */
  canonical_quoted: number;
  said_when: string | null;
  occasion: string | null;
  occurrences: string;
}

/** Maps a quote group to its row. */
export function toQuoteGroupRow(group: QuoteGroup, position: number): QuoteGroupRow {
  return {
    id: group.id,
    story_id: group.storyId,
    position,
    speaker: group.speaker,
    speaker_name: group.speakerName,
    canonical: group.canonical,
    canonical_quoted: group.canonicalQuoted ? 1 : 0,
    said_when: toJson(group.saidWhen),
    occasion: group.occasion,
    occurrences: JSON.stringify(group.occurrences),
  };
}

/** Maps a row of `quote_groups` to a quote group. */
export function fromQuoteGroupRow(row: QuoteGroupRow): QuoteGroup {
  return {
    id: row.id,
    storyId: row.story_id,
    speaker: row.speaker,
    speakerName: row.speaker_name,
    canonical: row.canonical,
    canonicalQuoted: row.canonical_quoted !== 0,
    saidWhen: fromJson<PartialDate>(row.said_when),
    occasion: row.occasion,
    // Stores written before the negation flag existed lack it: false, as it was never shown.
    occurrences: (JSON.parse(row.occurrences) as QuoteGroup['occurrences']).map((o) => ({ ...o, negationChanged: o.negationChanged ?? false })),
  };
}

/** A row of `copies`; `story_id` is the story whose results stored the link. */
export interface CopyRow {
  story_id: string;
  position: number;
  from_article: string;
  to_article: string;
  shared_ratio: number;
  kind: string;
}

/** Maps a copy link of a story to its row. */
export function toCopyRow(copy: CopyLink, storyId: string, position: number): CopyRow {
  return {
    story_id: storyId,
    position,
    from_article: copy.from,
    to_article: copy.to,
    shared_ratio: copy.sharedRatio,
    kind: copy.kind,
  };
}

/** Maps a row of `copies` to a copy link. */
export function fromCopyRow(row: CopyRow): CopyLink {
  return {
    from: row.from_article,
    to: row.to_article,
    sharedRatio: row.shared_ratio,
    kind: row.kind as CopyLink['kind'],
  };
}

/** A row of `timeline`. */
export interface TimelineRow {
  story_id: string;
  position: number;
  date: string;
  precision: string;
  kind: string;
  label: string;
  quote_group_id: string | null;
  article_id: string | null;
}

/** Maps a timeline event to its row. */
export function toTimelineRow(event: TimelineEvent, position: number): TimelineRow {
  return {
    story_id: event.storyId,
    position,
    date: event.date,
    precision: event.precision,
    kind: event.kind,
    label: event.label,
    quote_group_id: event.quoteGroupId,
    article_id: event.articleId,
  };
}

/** Maps a row of `timeline` to a timeline event. */
export function fromTimelineRow(row: TimelineRow): TimelineEvent {
  return {
    storyId: row.story_id,
    date: row.date,
    precision: row.precision as DatePrecision,
    kind: row.kind as TimelineEvent['kind'],
    label: row.label,
    quoteGroupId: row.quote_group_id,
    articleId: row.article_id,
  };
}

/** A row of `messages` (its integer id is the insertion order and is not part of a message). */
export interface MessageRow {
  source: string;
  article_id: string | null;
  rule: string;
  message: string;
  severity: string;
  span: string | null;
}

/** Maps a message to its row. */
export function toMessageRow(message: Message): MessageRow {
  return {
    source: message.source,
    article_id: message.articleId,
    rule: message.rule,
    message: message.message,
    severity: message.severity,
    span: toJson(message.span),
  };
}

/** Maps a row of `messages` to a message. */
export function fromMessageRow(row: MessageRow): Message {
  return {
    source: row.source,
    articleId: row.article_id,
    rule: row.rule,
    message: row.message,
    severity: row.severity as Severity,
    span: fromJson<Span>(row.span),
  };
}

function toJson(value: object | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
