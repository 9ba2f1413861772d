import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Message, RawDocument } from '../model.js';
import { readBuffer } from './index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): Uint8Array => readFileSync(join(fixtures, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function read(source: string, bytes: Uint8Array, maxBytes?: number): Promise<(RawDocument | Message)[]> {
  const out: (RawDocument | Message)[] = [];
  for await (const item of readBuffer(source, bytes, maxBytes === undefined ? {} : { maxBytes })) out.push(item);
  return out;
}

const isDoc = (item: RawDocument | Message): item is RawDocument => 'format' in item;
const docs = (items: (RawDocument | Message)[]): RawDocument[] => items.filter(isDoc);
const messages = (items: (RawDocument | Message)[]): Message[] => items.filter((i): i is Message => !isDoc(i));

test('should read plain text as one text document', async () => {
  const [doc] = docs(await read('note.txt', utf8('Harbour Plans Unveiled\n\nThe council showed its harbour plans.\n')));
  assert.equal(doc.format, 'text');
  assert.equal(doc.source, 'note.txt');
  assert.equal(doc.text, 'Harbour Plans Unveiled\n\nThe council showed its harbour plans.\n');
  assert.equal(doc.html, null);
});

test('should sniff HTML by content, whatever the name', async () => {
  const [doc] = docs(await read('page.txt', utf8('  <!doctype html><html><body><p>Hi</p></body></html>')));
  assert.equal(doc.format, 'html');
  assert.match(doc.html ?? '', /<p>Hi<\/p>/);
});

test('should decode an undeclared windows-1252 page and keep typographic quotes', async () => {
  const [doc] = docs(await read('legacy-1252.html', fixture('legacy-1252.html')));
  assert.equal(doc.format, 'html');
  assert.match(doc.html ?? '', /“We missed our regulars,” said the owner, Renée Dubois\./);
  assert.match(doc.html ?? '', /café on Quay Street/);
});

test('should follow <meta charset> and a UTF-16 BOM', async () => {
  const latin = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 '), Buffer.from([0xa4]), Buffer.from('</p></body></html>')]);
  assert.match(docs(await read('euro.html', latin))[0].html ?? '', /Prix: 5 €/);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title line\n\nBody text here.', 'utf16le')]);
  assert.equal(docs(await read('wide.txt', utf16))[0].text, 'Title line\n\nBody text here.');
});

test('should skip bytes that do not fit their declared multi-byte encoding as undecodable', async () => {
  const sjis = Buffer.concat([Buffer.from('<html><head><meta charset="shift_jis"></head><body>'), Buffer.from([0x82, 0xff, 0x82]), Buffer.from('</body></html>')]);
  const [message] = messages(await read('jp.html', sjis));
  assert.equal(message.rule, 'ingest/undecodable');
  assert.equal(message.message, 'retold ingest: cannot read jp.html: expected text, HTML, JSON, feed or WARC, found bytes that are not valid shift_jis');
  const oddUtf16 = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42]);
  assert.equal(messages(await read('odd.txt', oddUtf16))[0].rule, 'ingest/undecodable');
});

test('should decode legacy bytes under a false UTF-8 declaration as windows-1252', async () => {
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from([0x93, 0x4f, 0x6b, 0x94]), Buffer.from('</p></body></html>')]);
  assert.match(docs(await read('false.html', page))[0].html ?? '', /<p>“Ok”<\/p>/);
});

test('should output NFC text', async () => {
  const [doc] = docs(await read('nfd.txt', utf8('Cafe\u0301 Title\n\nBody.')));
  assert.equal(doc.text, 'Caf\u00e9 Title\n\nBody.');
});

test('should skip a binary file with a message naming it', async () => {
  const items = await read('x.bin', fixture('binary.bin'));
  assert.deepEqual(messages(items), [
    {
      source: 'x.bin',
      articleId: null,
      rule: 'ingest/binary',
      message: 'retold ingest: cannot read x.bin: expected text, HTML, JSON, feed or WARC, found binary data',
      severity: 'error',
      span: null,
    },
  ]);
  assert.equal(docs(items).length, 0);
});

test('should skip an empty file and a whitespace-only file', async () => {
  assert.equal(messages(await read('empty.txt', fixture('empty.txt')))[0].rule, 'ingest/empty');
  assert.equal(messages(await read('blank.txt', utf8(' \n\t\n')))[0].rule, 'ingest/empty');
});

test('should report truncated gzip and read whole gzip transparently', async () => {
  const [message] = messages(await read('cut.txt.gz', fixture('truncated.txt.gz')));
  assert.equal(message.rule, 'ingest/truncated');
  assert.match(message.message, /^retold ingest: cannot read cut\.txt\.gz: expected complete gzip data/);
  const [doc] = docs(await read('ok.txt.gz', gzipSync(utf8('Title\n\nBody.'))));
  assert.equal(doc.text, 'Title\n\nBody.');
});

test('should skip inputs over the size limit, before and after unzipping', async () => {
  assert.equal(messages(await read('big.txt', utf8('x'.repeat(100)), 50))[0].rule, 'ingest/too-large');
  const bomb = gzipSync(utf8('a'.repeat(10_000)));
  assert.equal(messages(await read('bomb.gz', bomb, 1000))[0].rule, 'ingest/too-large');
});

test('should name XML that is not a feed as of unknown format', async () => {
  const [message] = messages(await read('data.xml', utf8('<?xml version="1.0"?><inventory><item/></inventory>')));
  assert.equal(message.rule, 'ingest/unknown-format');
});

test('should read JSONL with news-please field names, and report a bad line', async () => {
  const items = await read('articles.jsonl', Buffer.concat([fixture('news-please.jsonl'), Buffer.from('{not json\n')]));
  const [first, second] = docs(items);
  assert.deepEqual(first, {
    source: 'articles.jsonl#1',
    format: 'jsonl',
    id: null,
    url: 'https://citydesk.example/cycle-lanes',
    title: 'Council approves new cycle lanes',
    byline: 'Jon Abara, Lee Chen',
    published: '2024-02-15 16:40:00',
    outlet: 'citydesk.example',
    language: 'en',
    text: 'The city council approved four kilometres of new cycle lanes on Thursday.\n\n“This is a start,” said councillor Rhea Patel.',
    html: null,
  });
  assert.equal(second.id, 'custom-7');
  assert.equal(second.outlet, 'Citydesk');
  const [bad] = messages(items);
  assert.equal(bad.source, 'articles.jsonl#3');
  assert.equal(bad.rule, 'ingest/bad-record');
});

test('should report a JSON file with no article in it once, not once per record', async () => {
  const notes = { articles: [{ file: 'a.txt', quotes: [] }, { file: 'b.txt', quotes: [] }, { file: 'c.txt' }] };
  const items = await read('notes.json', utf8(JSON.stringify(notes)));
  assert.deepEqual(docs(items), []);
  assert.deepEqual(
    messages(items).map((m) => [m.source, m.rule, m.message]),
    [['notes.json', 'ingest/no-articles', 'retold ingest: cannot read notes.json: expected articles with "text" or "html", found 3 records with neither']],
  );
});

test('should read a JSON array and a single JSON article', async () => {
  const array = docs(await read('a.json', utf8(JSON.stringify([{ title: 'One', text: 'First.' }, { title: 'Two', html: '<p>Second.</p>' }]))));
  assert.deepEqual(array.map((d) => [d.source, d.title, d.text, d.html]), [
    ['a.json#1', 'One', 'First.', null],
    ['a.json#2', 'Two', null, '<p>Second.</p>'],
  ]);
  const [single] = docs(await read('b.json', utf8('{"title": "Solo", "text": "Only one."}')));
  assert.equal(single.source, 'b.json');
  const [empty] = messages(await read('c.json', utf8('{"title": "No body"}')));
  assert.equal(empty.rule, 'ingest/empty');
});

test('should read every RSS item, preferring content:encoded', async () => {
  const items = docs(await read('feed.rss', fixture('feed.rss')));
  assert.equal(items.length, 2);
  assert.equal(items[0].format, 'rss');
  assert.equal(items[0].title, 'Ferry timetable changes after pier repairs');
  assert.equal(items[0].url, 'https://ledger.example/news/ferry-timetable');
  assert.equal(items[0].byline, 'Mina Holt');
  assert.equal(items[0].outlet, 'The Harbour Ledger');
  assert.equal(items[0].published, 'Tue, 05 Mar 2024 09:30:00 GMT');
  assert.match(items[0].html ?? '', /^<p>The morning ferry will leave/);
  assert.equal(items[1].text, 'Hundreds of visitors climbed the old lighthouse on Saturday.');
  assert.equal(items[1].source, 'feed.rss#2');
});

test('should read Atom entries with their link, author and content', async () => {
  const [entry] = docs(await read('feed.atom', fixture('feed.atom')));
  assert.equal(entry.format, 'atom');
  assert.equal(entry.title, 'Orchard growers count frost damage');
  assert.equal(entry.url, 'https://valley.example/orchard-frost');
  assert.equal(entry.byline, 'Theo Marsh');
  assert.equal(entry.published, '2024-04-01T07:15:00Z');
  assert.equal(entry.language, 'en');
  assert.match(entry.html ?? '', /<p>Growers in the upper valley/);
});

/** A WARC response record around an HTTP response, with a correct Content-Length. */
function warcRecord(uri: string, date: string, contentType: string, body: Uint8Array, type = 'response'): Buffer {
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\nWARC-Record-ID: <urn:uuid:${uri.length}-${date}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

function sampleWarc(): Buffer {
  const page1 = Buffer.from('<html><head><title>Tram line opens</title></head><body><p>The new tram line opened on Monday.</p></body></html>');
  const page2 = Buffer.from('<html><head><title>Museum</title></head><body><p>\x93Come early,\x94 the curator said.</p></body></html>', 'latin1');
  const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
  return Buffer.concat([
    warcRecord('https://news.example/tram', '2024-05-01T12:00:00Z', 'text/html; charset=utf-8', page1),
    warcRecord('https://news.example/logo.png', '2024-05-01T12:00:01Z', 'image/png', image),
    warcRecord('https://news.example/museum', '2024-05-02T08:30:00Z', 'text/html; charset=windows-1252', page2),
  ]);
}

test('should read the HTML responses of a WARC with target URI, date and HTTP charset', async () => {
  const items = docs(await read('crawl.warc', sampleWarc()));
  assert.deepEqual(items.map((d) => [d.source, d.format, d.url, d.published]), [
    ['crawl.warc#1', 'warc', 'https://news.example/tram', '2024-05-01T12:00:00Z'],
    ['crawl.warc#3', 'warc', 'https://news.example/museum', '2024-05-02T08:30:00Z'],
  ]);
  assert.match(items[1].html ?? '', /“Come early,” the curator said\./);
});

test('should read a gzipped WARC', async () => {
  const items = docs(await read('crawl.warc.gz', gzipSync(sampleWarc())));
  assert.equal(items.length, 2);
});

test('should report a WARC cut short', async () => {
  const warc = sampleWarc();
  const items = await read('cut.warc', warc.subarray(0, 200));
  assert.equal(docs(items).length, 0);
  assert.ok(messages(items).some((m) => m.rule === 'ingest/truncated'));
});

test('should report a WARC with no HTML records, and never hang on a record of any content', async () => {
  const [message] = messages(await read('images.warc', warcRecord('https://news.example/a.png', '2024-05-01T12:00:00Z', 'image/png', Buffer.from([1, 2, 3]))));
  assert.equal(message.rule, 'ingest/empty');
  await fc.assert(
    fc.asyncProperty(fc.string(), async (block) => {
      const body = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n${block}`);
      const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\nContent-Length: ${body.length}\r\n\r\n`;
      await read('fuzz.warc', Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]));
    }),
    { numRuns: 100 },
  );
});

test('should never throw on arbitrary bytes, and skip with error messages only', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
      for (const item of await read('fuzz', bytes)) {
        if (isDoc(item)) assert.ok((item.text === null) !== (item.html === null));
        else {
          assert.equal(item.severity, 'error');
          assert.match(item.message, /^retold ingest: cannot read fuzz/);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('should never throw on arbitrary text shaped like each format', async () => {
  const shaped = fc.oneof(
    fc.string().map((s) => `{"title": ${JSON.stringify(s)}, "text": ${s}`),
    fc.string().map((s) => `<rss><channel><item><title>${s}</title>`),
    fc.string().map((s) => `WARC/1.0\r\nContent-Length: 5\r\n\r\n${s}`),
    fc.string().map((s) => `<html>${s}`),
  );
  await fc.assert(
    fc.asyncProperty(shaped, async (text) => {
      await read('shaped', utf8(text));
    }),
    { numRuns: 200 },
  );
});
