import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Message, RawDocument } from '../model.js';
import { readInputs } from './index.js';

async function collect(paths: string[], maxBytes?: number): Promise<(RawDocument | Message)[]> {
  const out: (RawDocument | Message)[] = [];
  for await (const item of readInputs(paths, maxBytes === undefined ? {} : { maxBytes })) out.push(item);
  return out;
}

function makeTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'retold-ingest-'));
  mkdirSync(join(dir, 'b-sub'));
  writeFileSync(join(dir, 'c.txt'), 'Gamma Title\n\nGamma body.');
  writeFileSync(join(dir, 'a.txt'), 'Alpha Title\n\nAlpha body.');
  writeFileSync(join(dir, 'b-sub', 'inner.txt'), 'Inner Title\n\nInner body.');
  writeFileSync(join(dir, '.hidden.txt'), 'Hidden\n\nNot read.');
  writeFileSync(join(dir, 'd.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 9, 200]));
  return dir;
}

test('should read a directory recursively in sorted order, skipping hidden files', async () => {
  const dir = makeTree();
  try {
    const items = await collect([dir]);
    assert.deepEqual(
      items.map((i) => ('format' in i ? i.source.slice(dir.length + 1) : `${i.rule} ${i.source.slice(dir.length + 1)}`)),
      ['a.txt', join('b-sub', 'inner.txt'), 'c.txt', 'ingest/binary d.bin'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should go on after a bad file and name it in the message', async () => {
  const dir = makeTree();
  try {
    const items = await collect([join(dir, 'd.bin'), join(dir, 'a.txt')]);
    assert.equal(items.length, 2);
    const [bad, good] = items;
    assert.ok(!('format' in bad));
    assert.equal(bad.message, `retold ingest: cannot read ${join(dir, 'd.bin')}: expected text, HTML, JSON, feed or WARC, found binary data`);
    assert.ok('format' in good && good.text === 'Alpha Title\n\nAlpha body.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should skip files over maxBytes without reading them', async () => {
  const dir = makeTree();
  try {
    const [item] = await collect([join(dir, 'a.txt')], 5);
    assert.ok(!('format' in item));
    assert.equal(item.rule, 'ingest/too-large');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should throw a TypeError for a path that does not exist, before yielding anything', async () => {
  const dir = makeTree();
  try {
    await assert.rejects(collect([join(dir, 'a.txt'), join(dir, 'missing.txt')]), (error: unknown) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, /^retold ingest: expected a directory or file, got ".*missing\.txt"$/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
