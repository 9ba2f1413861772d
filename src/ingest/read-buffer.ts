import type { Message, RawDocument } from '../model.js';
import { decodeBytes } from './decode.js';
import { readFeed } from './feeds.js';
import { gunzip } from './gzip.js';
import { readJson, readJsonl } from './json-records.js';
import { ANY_FORMAT, skipMessage } from './messages.js';
import { sniffContainer, sniffFormat } from './sniff.js';
import { readWarc } from './warc.js';

/** Default per-input size limit: 10 MB, before and after unzipping. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Options of the ingest stage. */
export interface IngestOptions {
  /** Largest input (and largest unzipped input) read, in bytes. Default 10 MB. */
  maxBytes?: number;
}

function plainDocument(source: string, format: 'text' | 'html', text: string): RawDocument {
  return {
    source,
    format,
    id: null,
    url: null,
    title: null,
    byline: null,
    published: null,
    outlet: null,
    language: null,
    text: format === 'text' ? text : null,
    html: format === 'html' ? text : null,
  };
}

/**
 * Read one in-memory input: sniff gzip and WARC from the bytes, decode the rest and sniff
 * text, HTML, JSON, JSONL, RSS or Atom from the content. Yields one RawDocument per
 * article and an error Message for every input or record skipped; never throws on data.
 * @param source name used in messages and in `RawDocument.source` (a path, or `-`)
 * @example
 * for await (const item of readBuffer('a.txt', new TextEncoder().encode('Title\n\nBody.'))) console.log(item);
 */
export async function* readBuffer(source: string, bytes: Uint8Array, options: IngestOptions = {}): AsyncGenerator<RawDocument | Message> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new TypeError(`retold ingest: expected maxBytes to be a positive number, got ${String(options.maxBytes)}`);
  if (bytes.length === 0) {
    yield skipMessage(source, 'ingest/empty', ANY_FORMAT, 'an empty file');
    return;
  }
  if (bytes.length > maxBytes) {
    yield skipMessage(source, 'ingest/too-large', `at most ${maxBytes} bytes`, `${bytes.length} bytes`);
    return;
  }
  let data = bytes;
  if (sniffContainer(data) === 'gzip') {
    const unzipped = gunzip(data, maxBytes);
    if (!unzipped.ok) {
      const rule = unzipped.reason === 'too-large' ? 'ingest/too-large' : 'ingest/truncated';
      yield skipMessage(source, rule, 'complete gzip data', unzipped.detail);
      return;
    }
    data = unzipped.bytes;
    if (data.length === 0) {
      yield skipMessage(source, 'ingest/empty', ANY_FORMAT, 'an empty file once unzipped');
      return;
    }
  }
  if (sniffContainer(data) === 'warc') {
    yield* readWarc(data, source);
    return;
  }
  const decoded = decodeBytes(data);
  if (!decoded.ok) {
    yield skipMessage(source, decoded.reason === 'binary' ? 'ingest/binary' : 'ingest/undecodable', ANY_FORMAT, decoded.detail);
    return;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    yield skipMessage(source, 'ingest/empty', ANY_FORMAT, 'only whitespace');
    return;
  }
  const format = sniffFormat(text);
  switch (format) {
    case 'text':
    case 'html':
      yield plainDocument(source, format, text);
      return;
    case 'json':
      yield* readJson(text, source);
      return;
    case 'jsonl':
      yield* readJsonl(text, source);
      return;
    case 'rss':
    case 'atom':
      yield* readFeed(text, source, format);
      return;
    default: {
      const found = text.trimStart().startsWith('<') ? 'XML that is neither HTML nor a feed' : 'invalid JSON';
      yield skipMessage(source, 'ingest/unknown-format', ANY_FORMAT, found);
    }
  }
}
