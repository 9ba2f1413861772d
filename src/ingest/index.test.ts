import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ingest from './index.js';

test('should export the public face of the ingest stage', () => {
  assert.deepEqual(Object.keys(ingest).sort(), ['DEFAULT_MAX_BYTES', 'decodeBytes', 'readBuffer', 'readInputs', 'sniffFormat']);
  assert.equal(ingest.DEFAULT_MAX_BYTES, 10 * 1024 * 1024);
});

test('should sniff formats by content', () => {
  assert.equal(ingest.sniffFormat('Title\n\nBody'), 'text');
  assert.equal(ingest.sniffFormat('<?xml version="1.0"?><rss version="2.0"></rss>'), 'rss');
  assert.equal(ingest.sniffFormat('<?xml version="1.0"?>\n<!-- note --><feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'atom');
  assert.equal(ingest.sniffFormat('<rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'rss');
  assert.equal(ingest.sniffFormat('<div><p>x</p></div>'), 'html');
  assert.equal(ingest.sniffFormat('[{"text": "a"}]'), 'json');
  assert.equal(ingest.sniffFormat('{"text": "a"}\n{"text": "b"}\n'), 'jsonl');
  assert.equal(ingest.sniffFormat('{broken'), null);
});
