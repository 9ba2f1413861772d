import { WARCParser } from 'warcio';
import type { Message, RawDocument } from '../model.js';
import { charsetOfContentType, decodeBytes } from './decode.js';
import { skipMessage } from './messages.js';

/** Content types whose records are articles; everything else in a crawl is skipped quietly. */
const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)/i;

const latin1 = new TextDecoder('latin1');

/** Where a header block ends (`\r\n\r\n`), or -1. */
function headerEnd(bytes: Uint8Array, from: number): number {
  const limit = Math.min(bytes.length - 3, from + 65536);
  for (let i = from; i < limit; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return i;
  }
  return -1;
}

/**
 * Walk the record headers (`WARC/1.x`, headers, blank line, Content-Length bytes) to find
 * the end of the last whole record, and what is wrong after it, if anything.
 */
export function scanRecords(bytes: Uint8Array): { end: number; problem: string | null } {
  let pos = 0;
  for (;;) {
    while (pos < bytes.length && (bytes[pos] === 13 || bytes[pos] === 10)) pos++;
    if (pos >= bytes.length) return { end: bytes.length, problem: null };
    const stop = headerEnd(bytes, pos);
    if (stop < 0) return { end: pos, problem: 'a record header cut short' };
    const header = latin1.decode(bytes.subarray(pos, stop));
    if (!header.startsWith('WARC/')) return { end: pos, problem: 'bytes that are not a WARC record' };
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(header);
    if (!length) return { end: pos, problem: 'a record without Content-Length' };
    const next = stop + 4 + Number(length[1]);
    if (next > bytes.length) return { end: pos, problem: `a record cut short (${bytes.length - stop - 4} of ${length[1]} bytes)` };
    pos = next;
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Read a WARC (gunzipped: `readBuffer` unzips WARC.gz first, so a cut gzip member is
 * reported once): every `response` or `resource` record holding HTML becomes a RawDocument
 * with the record's target URI and date, decoded with the HTTP Content-Type charset when
 * there is one.
 */
export async function* readWarc(bytes: Uint8Array, source: string): AsyncGenerator<RawDocument | Message> {
  // warcio waits forever on a record cut short, so only whole records are handed to it.
  const { end, problem } = scanRecords(bytes);
  const parser = new WARCParser(once(bytes.subarray(0, end)));
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
    yield skipMessage(source, 'ingest/truncated', 'complete WARC records', `a malformed record (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  if (problem !== null) yield skipMessage(`${source}#${index + 1}`, 'ingest/truncated', 'complete WARC records', problem);
  else if (found === 0) yield skipMessage(source, 'ingest/empty', 'HTML response records', index === 0 ? 'no records' : `${index} record(s) without HTML`);
}
