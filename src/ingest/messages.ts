import type { Message } from '../model.js';

/** Rule ids of the ingest stage, one per reason an input is skipped. */
export type IngestRule =
  | 'ingest/binary'
  | 'ingest/empty'
  | 'ingest/too-large'
  | 'ingest/undecodable'
  | 'ingest/truncated'
  | 'ingest/unknown-format'
  | 'ingest/bad-record'
  | 'ingest/no-articles';

/**
 * Make the error message for a skipped input, phrased as what was expected and what was
 * found: `retold ingest: cannot read x.bin: expected text, HTML, JSON, feed or WARC, found binary data`.
 */
export function skipMessage(source: string, rule: IngestRule, expected: string, found: string): Message {
  return {
    source,
    articleId: null,
    rule,
    message: `retold ingest: cannot read ${source}: expected ${expected}, found ${found}`,
    severity: 'error',
    span: null,
  };
}

/** What every input is expected to be, for messages about inputs of no known kind. */
export const ANY_FORMAT = 'text, HTML, JSON, feed or WARC';
