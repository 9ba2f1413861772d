import { WARCParser } from 'warcio';
import type { Message, RawDocument } from '../model.js';
import { charsetOfContentType, decodeBytes } from './decode.js';
import { skipMessage } from './messages.js';

/** Content types whose records are articles; everything else in a crawl is skipped quietly. */
const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)/i;

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Read a WARC (already gunzipped or still gzipped: warcio handles both): every `response`
 * or `resource` record holding HTML becomes a RawDocument with the record's target URI
 * and date, decoded with the HTTP Content-Type charset when there is one.
 */
export async function* readWarc(bytes: Uint8Array, source: string): AsyncGenerator<RawDocument | Message> {
  const parser = new WARCParser(once(bytes));
  let index = 0;
  let found = 0;
  try {
    for await (const record of parser) {
      index++;
      const type = record.warcType;
      if (type !== 'response' && type !== 'resource') continue;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? record.warcHeaders.headers.get('content-type');
      if (!contentType || !HTML_TYPES.test(contentType)) {
        await record.skipFully();
        continue;
      }
      const where = `${source}#${index}`;
      const payload = await record.readFully(true);
      if (payload.length === 0) {
        yield skipMessage(where, 'ingest/empty', 'an HTML response', 'an empty payload');
        continue;
      }
      const decoded = decodeBytes(payload, charsetOfContentType(contentType));
      if (!decoded.ok) {
        yield skipMessage(where, decoded.reason === 'binary' ? 'ingest/binary' : 'ingest/undecodable', 'an HTML response', decoded.detail);
        continue;
      }
      found++;
      yield {
        source: where,
        format: 'warc',
        id: null,
        url: record.warcTargetURI ?? null,
        title: null,
        byline: null,
        published: record.warcDate ?? null,
        outlet: null,
        language: null,
        text: null,
        html: decoded.text,
      };
    }
  } catch (error) {
    yield skipMessage(source, 'ingest/truncated', 'complete WARC records', `a record cut short (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  if (found === 0 && index === 0) yield skipMessage(source, 'ingest/empty', 'WARC records', 'none');
}
