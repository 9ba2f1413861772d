/**
 * The stable `analyze --json` schema: snake_case records derived from the model. Other
 * tools rely on the exact field names and order of the required fields; extra fields are
 * only ever appended after them.
 */
import type { Corpus, DatePrecision, DiffOp, Drift, Quote, QuoteKind, Span } from '../model.js';
import type { Store } from '../store/store.js';
import { sortArticles } from './dossier.js';

/** An article in `analyze --json`. */
export interface AnalyzeJsonArticle {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string;
  published: string | null;
  language: string;
}

/** A person in `analyze --json`. */
export interface AnalyzeJsonPerson {
  id: string;
  name: string;
  aliases: string[];
}

/** A story in `analyze --json`; `people` holds person ids. */
export interface AnalyzeJsonStory {
  id: string;
  title: string;
  article_ids: string[];
  people: string[];
  first_published: string | null;
  last_published: string | null;
}

/** One occurrence of a quote group; `misattributed`, `recycled`, `negation_changed`, `quote_id`, `diff` are extras. */
export interface AnalyzeJsonOccurrence {
  article_id: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  drift: Drift;
  misattributed: boolean;
  recycled: boolean;
  negation_changed: boolean;
  quote_id: string;
  diff: DiffOp[];
}

/** A quote group; `speaker` is the person's name, `said_when` a `YYYY[-MM[-DD]]` value. */
export interface AnalyzeJsonQuoteGroup {
  id: string;
  story_id: string;
  speaker: string | null;
  canonical: string;
  said_when: string | null;
  occasion: string | null;
  occurrences: AnalyzeJsonOccurrence[];
  /** Extra: the speaker's person id. */
  speaker_id: string | null;
  /** Extra: the precision of `said_when`. */
  said_when_precision: DatePrecision | null;
  /** Extra: false when nobody quoted the utterance and `canonical` is a report's words (see `QuoteGroup.canonicalQuoted`). */
  canonical_quoted: boolean;
}

/** A copy link; `kind` is an extra. */
export interface AnalyzeJsonCopy {
  from_article: string;
  to_article: string;
  shared_ratio: number;
  kind: 'verbatim' | 'spun';
}

/** A timeline event; the two ids are present only when set. */
export interface AnalyzeJsonTimelineEvent {
  story_id: string;
  date: string;
  precision: DatePrecision;
  kind: 'said' | 'published';
  label: string;
  quote_group_id?: string;
  article_id?: string;
}

/** A data message; `severity`, `source` and `span` are extras. */
export interface AnalyzeJsonMessage {
  article_id: string | null;
  rule: string;
  message: string;
  severity: string;
  source: string;
  span: Span | null;
}

/** The whole `analyze --json` document. */
export interface AnalyzeJson {
  articles: AnalyzeJsonArticle[];
  people: AnalyzeJsonPerson[];
  stories: AnalyzeJsonStory[];
  quote_groups: AnalyzeJsonQuoteGroup[];
  copies: AnalyzeJsonCopy[];
  timeline: AnalyzeJsonTimelineEvent[];
  messages: AnalyzeJsonMessage[];
}

/**
 * Converts a corpus to the stable `analyze --json` schema. Pure: the same corpus always
 * gives the same JSON, in the corpus' own order.
 *
 * @example
 *   JSON.stringify(toAnalyzeJson(await loadCorpus(store)), null, 2)
 */
export function toAnalyzeJson(c: Corpus): AnalyzeJson {
  const names = new Map(c.people.map((p) => [p.id, p.name]));
  return {
    articles: c.articles.map((a) => ({
      id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published, language: a.language,
    })),
    people: c.people.map((p) => ({ id: p.id, name: p.name, aliases: [...p.aliases] })),
    stories: c.stories.map((s) => ({
      id: s.id, title: s.title, article_ids: [...s.articleIds], people: [...s.people],
      first_published: s.firstPublished, last_published: s.lastPublished,
    })),
    quote_groups: c.quoteGroups.map((g) => ({
      id: g.id,
      story_id: g.storyId,
      speaker: g.speakerName ?? (g.speaker ? (names.get(g.speaker) ?? null) : null),
      canonical: g.canonical,
      said_when: g.saidWhen?.value ?? null,
      occasion: g.occasion,
      occurrences: g.occurrences.map((o) => ({
        article_id: o.articleId, start: o.start, end: o.end, text: o.text, kind: o.kind, drift: o.drift,
        misattributed: o.misattributed, recycled: o.recycled, negation_changed: o.negationChanged, quote_id: o.quoteId,
        diff: o.diff.map((d) => ({ op: d.op, text: d.text })),
      })),
      speaker_id: g.speaker,
      said_when_precision: g.saidWhen?.precision ?? null,
      canonical_quoted: g.canonicalQuoted,
    })),
    copies: c.copies.map((l) => ({ from_article: l.from, to_article: l.to, shared_ratio: l.sharedRatio, kind: l.kind })),
    timeline: c.timeline.map((e) => {
      const event: AnalyzeJsonTimelineEvent = {
        story_id: e.storyId, date: e.date, precision: e.precision, kind: e.kind, label: e.label,
      };
      if (e.quoteGroupId !== null) event.quote_group_id = e.quoteGroupId;
      if (e.articleId !== null) event.article_id = e.articleId;
      return event;
    }),
    messages: c.messages.map((m) => ({
      article_id: m.articleId, rule: m.rule, message: m.message, severity: m.severity, source: m.source, span: m.span,
    })),
  };
}

/**
 * Loads the whole corpus through the Store interface: every stored article (by
 * publication date), its quotes, all people, and every story with its results.
 */
export async function loadCorpus(store: Store): Promise<Corpus> {
  const [stories, people, messages, articles] = await Promise.all([
    store.listStories(),
    store.getPeople(),
    store.getMessages(),
    store.listArticles({}),
  ]);
  const sortedStories = [...stories].sort((a, b) => compareIds(a.id, b.id));
  const sortedArticles = sortArticles(articles);
  const ids = sortedArticles.map((a) => a.id);
  const [quotes, results] = await Promise.all([
    store.getQuotes(ids),
    Promise.all(sortedStories.map((s) => store.getStoryResults(s.id))),
  ]);
  const order = new Map(ids.map((id, i) => [id, i]));
  const firstStart = (q: Quote): number => Math.min(...q.content.map((s) => s.start), Infinity);
  return {
    articles: sortedArticles,
    quotes: [...quotes].sort(
      (a, b) =>
        (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || firstStart(a) - firstStart(b) || compareIds(a.id, b.id),
    ),
    people: [...people].sort((a, b) => compareIds(a.id, b.id)),
    stories: sortedStories,
    quoteGroups: results.flatMap((r) => r?.groups ?? []),
    copies: results.flatMap((r) => r?.copies ?? []),
    timeline: results.flatMap((r) => r?.timeline ?? []),
    messages,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
