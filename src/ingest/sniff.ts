import type { InputFormat } from '../model.js';

/** Byte-level kinds recognised before decoding. */
export type Container = 'gzip' | 'warc' | 'other';

/** Recognise gzip (magic 1f 8b) and WARC (`WARC/1.`) from the first bytes. */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  return head.startsWith('WARC/') ? 'warc' : 'other';
}

/**
 * Decide the format of decoded text by its content, not its name: markup is a feed
 * (`<rss>`, `<rdf:RDF>`, `<feed>`), HTML, or `null` for other XML; a leading `{` or `[`
 * is JSON when the whole parses, JSONL when the first line does; anything else is text.
 */
export function sniffFormat(text: string): InputFormat | null {
  const start = text.trimStart();
  if (start.startsWith('<')) {
    const head = start.slice(0, 2048).toLowerCase();
    const root = /<(?!\?|!)([a-z][\w:-]*)/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
    const tag = root ? root[1] : '';
    if (tag === 'rss' || tag === 'rdf:rdf') return 'rss';
    if (tag === 'feed') return 'atom';
    if (/^(html|head|body|meta|title|div|p|article|main|section|h[1-6]|span|table|link|script|style|header|br|a|img|ul|ol|pre|blockquote|em|strong|b|i)$/.test(tag)) {
      return 'html';
    }
    if (head.startsWith('<!doctype html')) return 'html';
    return null;
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      JSON.parse(start);
      return 'json';
    } catch {
      const firstLine = start.slice(0, start.indexOf('\n') === -1 ? undefined : start.indexOf('\n'));
      try {
        JSON.parse(firstLine);
        return 'jsonl';
      } catch {
        return null;
      }
    }
  }
  return 'text';
}
