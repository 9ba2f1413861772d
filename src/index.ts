/**
 * Retold as a library.
 *
 * @example
 *   import { analyze, openSqliteStore } from 'retold';
 *   const store = openSqliteStore('retold.db');
 *   const result = await analyze(['samples/corpus'], { store });
 *   console.log(result.articles, 'articles in', result.stories.length, 'stories');
 */
import type { Store } from './store/store.js';
import type { IngestOptions } from './ingest/index.js';
import { runInBatches, type FailedInput, type RunOptions, type StageTimings } from './pipeline.js';
import type { Message, Story } from './model.js';

export type * from './model.js';
export type { Store, StoryResults, QuoteFilter, SearchHit } from './store/store.js';
export { openSqliteStore } from './store/index.js';
export { PIPELINE, STAGE_NAMES, runPipeline, runInBatches, emptyBatch } from './pipeline.js';
export type { FailedInput } from './pipeline.js';
export { attributeText, toPolnearRecord } from './attribution/index.js';
export { extractHtml } from './clean/index.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Where results go; see `openSqliteStore`. */
  store: Store;
  ingest?: IngestOptions;
  /** Documents per batch (default 2,000); see {@link RunOptions.batchSize}. */
  batchSize?: number;
  onProgress?: RunOptions['onProgress'];
}

/** What one {@link analyze} run did. */
export interface AnalyzeResult {
  /** Articles read (after dropping duplicates) and stored. */
  articles: number;
  quotes: number;
  /** Stories created or grown by this run. */
  stories: Story[];
  /** Inputs that could not be read, each with the reason. */
  failed: FailedInput[];
  messages: Message[];
  timings: StageTimings;
}

/**
 * Runs the whole pipeline over files and directories (`-` for stdin) and stores the result.
 * One bad input never stops the batch: it is listed in `failed`.
 */
export async function analyze(inputs: string[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  return runInBatches(inputs, {
    store: options.store,
    ingest: options.ingest,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
  });
}
