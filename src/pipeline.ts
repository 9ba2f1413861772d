/**
 * The Retold pipeline: one ordered list of stages, checked when built, never changed while
 * running. Read this file to know the architecture.
 *
 *   ingest → clean → analyze → attribute → resolve → cluster → align → copies → timeline → store
 *
 * Per-article stages (ingest … attribute) see only the new batch. Corpus stages (resolve …
 * timeline) see the batch plus the stories it touches, which they find in the store through
 * lookup keys, so the cost of a batch grows with the batch and its stories, not the store.
 * Each stage is a function of the batch it is given; the only side effects are the store
 * stage's writes and the reads that the cluster and resolve stages make through the store.
 */
import type {
  Analysis,
  Article,
  CopyLink,
  Message,
  Person,
  Quote,
  QuoteGroup,
  RawDocument,
  Story,
  TimelineEvent,
} from './model.js';
import type { Store } from './store/store.js';
import { groupBy } from './group-by.js';
import { readInputs, type IngestOptions } from './ingest/index.js';
import { cleanDocument, learnRepeatedLines } from './clean/index.js';
import { analyzeArticle } from './analyze/index.js';
import { attributeArticle } from './attribution/index.js';
import { personKeys, resolvePeople } from './people/index.js';
import { alignQuotes, buildTimeline, clusterStories, detectCopies, lookupKeys, storyKeys } from './coverage/index.js';

/** What one run carries from stage to stage. Each stage fills its own fields. */
export interface Batch {
  inputs: string[];
  documents: RawDocument[];
  articles: Article[];
  analyses: Analysis[];
  quotes: Quote[];
  people: Person[];
  /** Stories the batch touches: existing ones (grown) and new ones. */
  stories: Story[];
  /** Articles and quotes of those stories that were already stored. */
  storedArticles: Article[];
  storedQuotes: Quote[];
  /** People credited in those stored quotes whom the batch does not name. */
  storedPeople: Person[];
  groups: QuoteGroup[];
  copies: CopyLink[];
  timeline: TimelineEvent[];
  messages: Message[];
  /** Inputs that gave no article. */
  failed: FailedInput[];
}

/** An input (file or record) that gave no article: why, and the rule of the message that said so, if one did. */
export interface FailedInput {
  source: string;
  reason: string;
  rule?: string;
}

/** Options for a run. Fixed at start. */
export interface RunOptions {
  store: Store;
  ingest?: IngestOptions;
  /**
   * Documents analysed per batch after ingest (default 2,000). Each batch runs every later
   * stage and is stored before the next starts, so memory stays bounded on large corpora;
   * later batches find the stories of earlier ones through the store, like a later run.
   */
  batchSize?: number;
  /** Called as each stage starts and as documents are read; for progress display. */
  onProgress?: (event: { stage: StageName; done: number; total: number | null }) => void;
}

/** Per-stage wall-clock time in milliseconds, for benchmarks and `--verbose`. */
export type StageTimings = Partial<Record<StageName, number>>;

type BatchKey = keyof Batch;

/** A stage: its name, the batch fields it reads and writes, and what it does. */
export interface Stage {
  name: StageName;
  needs: BatchKey[];
  gives: BatchKey[];
  run: (batch: Batch, options: RunOptions) => Promise<Batch> | Batch;
}

export const STAGE_NAMES = [
  'ingest',
  'clean',
  'analyze',
  'attribute',
  'resolve',
  'cluster',
  'align',
  'copies',
  'timeline',
  'store',
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

const ingest: Stage = {
  name: 'ingest',
  needs: ['inputs'],
  gives: ['documents', 'failed', 'messages'],
  async run(batch, options) {
    const documents: RawDocument[] = [];
    const messages: Message[] = [...batch.messages];
    const failed = [...batch.failed];
    for await (const item of readInputs(batch.inputs, options.ingest)) {
      if ('format' in item) documents.push(item);
      else {
        messages.push(item);
        if (item.severity === 'error') failed.push({ source: item.source, reason: item.message, rule: item.rule });
      }
      options.onProgress?.({ stage: 'ingest', done: documents.length, total: null });
    }
    return { ...batch, documents, messages, failed };
  },
};

const clean: Stage = {
  name: 'clean',
  needs: ['documents'],
  gives: ['articles', 'messages', 'failed'],
  async run(batch, options) {
    const repeatedLines = learnRepeatedLines(batch.documents);
    const articles: Article[] = [];
    const messages = [...batch.messages];
    const failed = [...batch.failed];
    const seen = new Map<string, string>();
    for (const doc of batch.documents) {
      const result = cleanDocument(doc, { repeatedLines });
      messages.push(...result.messages);
      const article = result.article;
      if (!article) {
        const reason = result.messages.find((m) => m.severity === 'error')?.message ?? 'no article text found';
        failed.push({ source: doc.source, reason });
        continue;
      }
      // Same article twice in one batch, or already stored: keep the first, say so.
      const keys = [`id:${article.id}`, `hash:${article.contentHash}`, ...(article.url ? [`url:${article.url}`] : [])];
      const twin = keys.map((k) => seen.get(k)).find((v) => v !== undefined);
      const stored = twin ? null : await options.store.findDuplicate(article);
      if (twin || stored) {
        messages.push({
          source: doc.source,
          articleId: twin ?? stored!.id,
          rule: 'store/duplicate',
          message: `retold clean: ${doc.source} is already ${twin ? 'in this batch' : 'stored'} as ${twin ?? stored!.id}${stored ? ` (same ${stored.reason})` : ''}; skipped`,
          severity: 'info',
          span: null,
        });
        continue;
      }
      for (const k of keys) seen.set(k, article.id);
      articles.push(article);
    }
    return { ...batch, articles, messages, failed };
  },
};

const analyze: Stage = {
  name: 'analyze',
  needs: ['articles'],
  gives: ['analyses'],
  run(batch) {
    return { ...batch, analyses: batch.articles.map(analyzeArticle) };
  },
};

const attribute: Stage = {
  name: 'attribute',
  needs: ['articles', 'analyses'],
  gives: ['quotes', 'messages'],
  run(batch) {
    const quotes: Quote[] = [];
    const messages = [...batch.messages];
    batch.articles.forEach((article, i) => {
      const result = attributeArticle(article, batch.analyses[i]);
      quotes.push(...result.quotes);
      messages.push(...result.messages);
    });
    return { ...batch, quotes, messages };
  },
};

const resolve: Stage = {
  name: 'resolve',
  needs: ['articles', 'analyses', 'quotes'],
  gives: ['people', 'quotes'],
  async run(batch, options) {
    const names = new Set<string>();
    for (const q of batch.quotes) if (q.speaker) names.add(q.speaker);
    for (const a of batch.analyses) for (const e of a.entities) if (e.type === 'person') names.add(e.text);
    const keys = [...new Set([...names].flatMap(personKeys))];
    const known = keys.length ? await options.store.findPeople(keys) : [];
    const { people, quotes } = resolvePeople({ articles: batch.articles, quotes: batch.quotes, analyses: batch.analyses, known });
    return { ...batch, people, quotes };
  },
};

const cluster: Stage = {
  name: 'cluster',
  needs: ['articles', 'quotes', 'people'],
  gives: ['stories', 'storedArticles', 'storedQuotes', 'storedPeople'],
  async run(batch, options) {
    const quotesByArticle = groupBy(batch.quotes, (q) => q.articleId);
    const keys = new Set<string>();
    for (const a of batch.articles) for (const k of storyKeys(a, quotesByArticle.get(a.id) ?? [], batch.people)) keys.add(k);
    const candidates = keys.size ? await options.store.findStories(lookupKeys(keys, batch.articles.map((a) => a.published))) : [];
    const storedArticles = await options.store.getArticles([...new Set(candidates.flatMap((s) => s.articleIds))]);
    const storedQuotes = await options.store.getQuotes(storedArticles.map((a) => a.id));
    const articleById = new Map(storedArticles.map((a) => [a.id, a]));
    const storedQuotesByArticle = groupBy(storedQuotes, (q) => q.articleId);
    const existing = candidates.map((story) => {
      const articles = story.articleIds.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined);
      return { story, articles, quotes: articles.flatMap((a) => storedQuotesByArticle.get(a.id) ?? []) };
    });
    // The stored articles are read with the people known when they were stored as well as
    // the batch's, so that an article's features (which names are people's) do not depend
    // on the batch that brings it back.
    const own = new Set(batch.people.map((p) => p.id));
    const storedPeople = await options.store.getPeople([...new Set(storedQuotes.flatMap((q) => (q.personId && !own.has(q.personId) ? [q.personId] : [])))]);
    const stories = clusterStories({ articles: batch.articles, quotes: batch.quotes, people: [...batch.people, ...storedPeople], existing });
    return { ...batch, stories, storedArticles, storedQuotes, storedPeople };
  },
};

/**
 * Articles and quotes of each story, from the batch and the store. Indexed once per call,
 * so a stage's cost grows with the batch and its stories, not with their product.
 */
function storyMembers(batch: Batch): (story: Story) => { articles: Article[]; quotes: Quote[] } {
  const articleById = new Map([...batch.storedArticles, ...batch.articles].map((a) => [a.id, a]));
  const quotesByArticle = groupBy([...batch.storedQuotes, ...batch.quotes], (q) => q.articleId);
  return (story) => {
    const articles = story.articleIds.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined);
    return { articles, quotes: articles.flatMap((a) => quotesByArticle.get(a.id) ?? []) };
  };
}

const align: Stage = {
  name: 'align',
  needs: ['stories', 'people'],
  gives: ['groups'],
  run(batch) {
    const members = storyMembers(batch);
    const groups = batch.stories.flatMap((story) => alignQuotes({ story, ...members(story), people: batch.people }));
    return { ...batch, groups };
  },
};

const copies: Stage = {
  name: 'copies',
  needs: ['stories'],
  gives: ['copies'],
  run(batch) {
    const members = storyMembers(batch);
    const links = batch.stories.flatMap((story) => {
      const { articles, quotes } = members(story);
      return detectCopies(articles, quotes);
    });
    return { ...batch, copies: links };
  },
};

const timeline: Stage = {
  name: 'timeline',
  needs: ['stories', 'groups'],
  gives: ['timeline'],
  run(batch) {
    const members = storyMembers(batch);
    const groupsByStory = groupBy(batch.groups, (g) => g.storyId);
    const events = batch.stories.flatMap((story) =>
      buildTimeline({ story, ...members(story), groups: groupsByStory.get(story.id) ?? [] }),
    );
    return { ...batch, timeline: events };
  },
};

const store: Stage = {
  name: 'store',
  needs: ['articles', 'analyses', 'quotes', 'people', 'storedPeople', 'stories', 'groups', 'copies', 'timeline', 'messages'],
  gives: [],
  async run(batch, options) {
    const quotesByArticle = groupBy(batch.quotes, (q) => q.articleId);
    const members = storyMembers(batch);
    const groupsByStory = groupBy(batch.groups, (g) => g.storyId);
    const timelineByStory = groupBy(batch.timeline, (t) => t.storyId);
    // A copy belongs to the story holding both its ends; stories do not share articles.
    const storyOfArticle = new Map(batch.stories.flatMap((st) => st.articleIds.map((id) => [id, st.id] as const)));
    // A story's keys are those of all its articles, read with the people clustering used.
    const known = [...batch.people, ...batch.storedPeople];
    const copiesByStory = groupBy(
      batch.copies.filter((c) => storyOfArticle.get(c.from) !== undefined && storyOfArticle.get(c.from) === storyOfArticle.get(c.to)),
      (c) => storyOfArticle.get(c.from)!,
    );
    // One transaction for the whole batch: a failure leaves the store as it was.
    await options.store.putBatch({
      articles: batch.articles.map((article, i) => ({ article, analysis: batch.analyses[i] ?? null, quotes: quotesByArticle.get(article.id) ?? [] })),
      people: batch.people.map((person) => ({ person, keys: [...new Set([person.name, ...person.aliases].flatMap(personKeys))] })),
      stories: batch.stories.map((story) => {
        const { articles, quotes } = members(story);
        const byArticle = groupBy(quotes, (q) => q.articleId);
        const keys = new Set<string>();
        for (const a of articles) for (const k of storyKeys(a, byArticle.get(a.id) ?? [], known)) keys.add(k);
        return {
          story,
          keys: [...keys],
          groups: groupsByStory.get(story.id) ?? [],
          copies: copiesByStory.get(story.id) ?? [],
          timeline: timelineByStory.get(story.id) ?? [],
        };
      }),
      messages: batch.messages,
    });
    return batch;
  },
};

/** The stages, in order. */
export const PIPELINE: readonly Stage[] = checkPipeline([
  ingest,
  clean,
  analyze,
  attribute,
  resolve,
  cluster,
  align,
  copies,
  timeline,
  store,
]);

/**
 * Checks that stages come in the documented order and that every field a stage needs is
 * given by an earlier stage (or is an input). Throws at import time if not.
 */
export function checkPipeline(stages: Stage[]): Stage[] {
  const names = stages.map((s) => s.name).join(',');
  if (names !== STAGE_NAMES.join(',')) {
    throw new TypeError(`retold pipeline: expected stages ${STAGE_NAMES.join(' → ')}, found ${stages.map((s) => s.name).join(' → ')}`);
  }
  const given = new Set<BatchKey>(['inputs', 'messages', 'failed']);
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!given.has(need)) throw new TypeError(`retold pipeline: stage ${stage.name} needs "${need}", which no earlier stage gives`);
    }
    for (const g of stage.gives) given.add(g);
  }
  return Object.freeze([...stages]) as Stage[];
}

/** An empty batch for the given inputs. */
export function emptyBatch(inputs: string[]): Batch {
  return {
    inputs,
    documents: [],
    articles: [],
    analyses: [],
    quotes: [],
    people: [],
    stories: [],
    storedArticles: [],
    storedQuotes: [],
    storedPeople: [],
    groups: [],
    copies: [],
    timeline: [],
    messages: [],
    failed: [],
  };
}

/**
 * Runs every stage over `batch` in order and returns the final batch and per-stage times.
 * `stages` defaults to the full pipeline; benchmarks pass the same list.
 */
export async function runPipeline(
  batch: Batch,
  options: RunOptions,
  stages: readonly Stage[] = PIPELINE,
): Promise<{ batch: Batch; timings: StageTimings }> {
  const timings: StageTimings = {};
  let current = batch;
  for (const stage of stages) {
    options.onProgress?.({ stage: stage.name, done: 0, total: null });
    const t0 = performance.now();
    current = await stage.run(current, options);
    timings[stage.name] = performance.now() - t0;
  }
  return { batch: current, timings };
}

/** What a whole run did, summed over its batches. */
export interface RunSummary {
  articles: number;
  quotes: number;
  /** Stories created or grown, in their latest state. */
  stories: Story[];
  failed: Batch['failed'];
  messages: Message[];
  timings: StageTimings;
}

const DEFAULT_BATCH_SIZE = 2000;

/**
 * Runs the pipeline over input paths: ingest once, then every later stage per batch of
 * `options.batchSize` documents, each stored before the next.
 */
export async function runInBatches(inputs: string[], options: RunOptions, stages: readonly Stage[] = PIPELINE): Promise<RunSummary> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new TypeError(`retold pipeline: expected a positive whole batch size, found ${size}`);
  const [first, ...rest] = stages;
  const timings: StageTimings = {};
  const t0 = performance.now();
  const read = await first.run(emptyBatch(inputs), options);
  timings[first.name] = performance.now() - t0;
  const summary: RunSummary = { articles: 0, quotes: 0, stories: [], failed: [], messages: [], timings };
  const stories = new Map<string, Story>();
  // At least one batch, so the messages of inputs that made no document are stored too.
  for (let start = 0; start === 0 || start < read.documents.length; start += size) {
    const chunk: Batch = {
      ...emptyBatch(inputs),
      documents: read.documents.slice(start, start + size),
      messages: start === 0 ? read.messages : [],
      failed: start === 0 ? read.failed : [],
    };
    const { batch, timings: chunkTimings } = await runPipeline(chunk, options, rest);
    for (const [name, ms] of Object.entries(chunkTimings) as [StageName, number][]) timings[name] = (timings[name] ?? 0) + ms;
    summary.articles += batch.articles.length;
    summary.quotes += batch.quotes.length;
    summary.failed.push(...batch.failed);
    summary.messages.push(...batch.messages);
    for (const story of batch.stories) stories.set(story.id, story);
  }
  summary.stories = [...stories.values()];
  return summary;
}
