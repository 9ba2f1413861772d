/**
 * The data model of Retold: plain, serialisable records, the single source of truth for
 * every stage, the store, the JSON API and the UI. Nothing here holds behaviour.
 *
 * Offsets: every `Span` is `{start, end}` in UTF-16 code units (JavaScript `String.slice`
 * semantics, end exclusive) into the `text` of the article it belongs to. The invariant
 * `article.text.slice(span.start, span.end)` is exactly what is shown for that span.
 */

/** A character range in an article's stored text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date known to some precision: `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

/** Severity of a data problem. `error` means the input was skipped. */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A problem found in the *data* (not in the program): an unreadable file, a removed
 * boilerplate line, an unattributable quote. Attached to an article or an input file.
 */
export interface Message {
  /** Input file (and record, `file#3`) the problem was found in. */
  source: string;
  /** Article the message belongs to, when one was made. */
  articleId: string | null;
  /** Stable rule id, e.g. `ingest/binary`, `clean/caption`, `attribute/no-speaker`. */
  rule: string;
  /** Human text: what was expected and what was found. */
  message: string;
  severity: Severity;
  /** Where in the article text (or the raw input, before an article exists). */
  span: Span | null;
}

/** Input formats Retold reads, decided by sniffing the content. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'warc';

/**
 * One document as read from an input, before cleaning: the output of `ingest`.
 * Exactly one of `text` / `html` is set.
 */
export interface RawDocument {
  /** Where it came from: file path, plus `#N` for the N-th record of a multi-record file. */
  source: string;
  format: InputFormat;
  /** Caller-supplied id (JSONL `id`), preserved in every output. */
  id: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time as given by the input's metadata. */
  published: string | null;
  outlet: string | null;
  language: string | null;
  text: string | null;
  html: string | null;
}

/**
 * A cleaned article: the output of `clean`. `text` is the stored text every span points
 * into; it starts with the title on its own line (so headline quotes have spans too),
 * then a blank line, then the body paragraphs separated by blank lines.
 */
export interface Article {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string;
  byline: string | null;
  /** Publication date-time, ISO 8601, or null when unknown. */
  published: string | null;
  language: string;
  /** Reference to the raw input this came from (file path and record). */
  source: string;
  /** SHA-256 of the normalised body text; re-ingesting the same content is a no-op. */
  contentHash: string;
  text: string;
  /** The title inside `text`. */
  titleSpan: Span;
}

/** A sentence of an article (from the analyze stage). */
export interface Sentence {
  span: Span;
  /** Paragraph index, 0 = title. */
  paragraph: number;
}

/** A named entity found by the analyze stage. */
export interface EntityMention {
  span: Span;
  text: string;
  type: 'person' | 'organization' | 'place' | 'other';
}

/** A date expression found by the analyze stage, resolved against the publication date. */
export interface DateMention {
  span: Span;
  text: string;
  date: PartialDate;
}

/** Linguistic annotations of one article (the analyze stage). */
export interface Analysis {
  articleId: string;
  sentences: Sentence[];
  paragraphs: Span[];
  entities: EntityMention[];
  dates: DateMention[];
  tokenCount: number;
}

/**
 * Kinds of quotation. `direct`: words in quotation marks with a cue or adjacency;
 * `mixed`: a reported clause of which part is in marks; `indirect`: reported speech with no
 * marks; `fragment`: a short quoted phrase in narration; `headline`: in the title or dek.
 */
export type QuoteKind = 'direct' | 'mixed' | 'indirect' | 'fragment' | 'headline';

/** Where something was said, when the text says so. */
export interface Occasion {
  span: Span;
  /** Normalised label, e.g. `podcast: The Axe Files`, `Twitter`, `interview: The New Yorker`. */
  label: string;
}

/** When an utterance was said, resolved from the article's own words. */
export interface SaidWhen extends PartialDate {
  /**
   * The words the date came from; null when the text states no time and the date is only
   * inferred (the publication year, for an occasion reported without a date).
   */
  span: Span | null;
}

/** One attributed statement in one article. */
export interface Quote {
  id: string;
  articleId: string;
  kind: QuoteKind;
  /** The quoted or reported words; several parts when interrupted by the cue. */
  content: Span[];
  /** The reporting words (`said`, `according to`, `told the New Yorker`). */
  cue: Span | null;
  /** The local mention of the speaker (name, surname, pronoun, description). */
  source: Span | null;
  /** The speaker's name as resolved within the article, or null when unknown. */
  speaker: string | null;
  /** The corpus-wide person, filled by the resolve stage. */
  personId: string | null;
  occasion: Occasion | null;
  saidWhen: SaidWhen | null;
  /** 0..1: how sure the attribution stage is of the speaker. */
  confidence: number;
}

/** How one person was recognised under a given name, and why two names were merged. */
export interface AliasEvidence {
  alias: string;
  articleId: string;
  span: Span;
  /** e.g. `full-name`, `surname`, `stated-real-name`, `nickname-in-text`, `same-first-last`. */
  rule: string;
}

/** One real individual across the corpus. */
export interface Person {
  id: string;
  name: string;
  aliases: string[];
  evidence: AliasEvidence[];
}

/** A group of articles about one event. */
export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  /** Person ids of the main people. */
  people: string[];
  firstPublished: string | null;
  lastPublished: string | null;
}

/**
 * How an occurrence differs from the group's canonical wording. `reported` marks an
 * indirect (unquoted) rendering of the same statement: not a drift of a quotation, but a
 * retelling, so it is kept apart from `paraphrased-as-quote`.
 */
export type Drift =
  | 'exact'
  | 'punctuation'
  | 'minor-wording'
  | 'truncated'
  | 'spliced'
  | 'paraphrased-as-quote'
  | 'other-language'
  | 'reported';

/** One step of a word-level diff against the canonical wording. */
export interface DiffOp {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** One article's rendering of an utterance. */
export interface Occurrence {
  quoteId: string;
  articleId: string;
  /** Span of the content in the article (first to last part). */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  drift: Drift;
  diff: DiffOp[];
  /** Credited to a different person than the group's speaker. */
  misattributed: boolean;
  /** Said long before the article's date without the article saying so. */
  recycled: boolean;
  /**
   * Drops a negation from the words it keeps, or adds one to them (`I never said teachers
   * are paid too much` → `are paid too much`): what is left says the opposite.
   */
  negationChanged: boolean;
}

/** One utterance across all the articles that carry it. */
export interface QuoteGroup {
  id: string;
  storyId: string;
  /** Person id of the speaker, or null. */
  speaker: string | null;
  speakerName: string | null;
  /** The most complete, earliest-said wording. */
  canonical: string;
  /**
   * Whether some outlet printed the canonical wording in quotation marks (a quotation, or
   * the marked words of a mixed quote). False when nobody quoted the utterance and the
   * canonical is a report's words (`accused China of intimidating its neighbours`): those
   * are the reporter's words, and no view may present them as the speaker's.
   */
  canonicalQuoted: boolean;
  saidWhen: PartialDate | null;
  occasion: string | null;
  occurrences: Occurrence[];
}

/** `to` reuses long verbatim (or synonym-substituted) runs of `from`, published earlier. */
export interface CopyLink {
  from: string;
  to: string;
  /** Share of `to`'s word shingles found in `from`, 0..1. */
  sharedRatio: number;
  kind: 'verbatim' | 'spun';
}

/** A dated event on a story's timeline. */
export interface TimelineEvent {
  storyId: string;
  date: string;
  precision: DatePrecision;
  kind: 'said' | 'published';
  label: string;
  quoteGroupId: string | null;
  articleId: string | null;
}

/** Everything Retold knows about a corpus: the shape of `analyze --json` before renaming. */
export interface Corpus {
  articles: Article[];
  quotes: Quote[];
  people: Person[];
  stories: Story[];
  quoteGroups: QuoteGroup[];
  copies: CopyLink[];
  timeline: TimelineEvent[];
  messages: Message[];
}
