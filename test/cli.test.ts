/**
 * The `retold` command line, run as a user runs it: exit codes, messages naming bad inputs,
 * and that a bad file never costs the good ones.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');

function retold(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'retold-cli-'));
}

const ARTICLE = `Harbor council delays the pier vote

The council postponed its vote on the new pier on Tuesday, officials said.

"We need more time to read the engineers' report," said Mayor Ilse Brandt. "Nobody should rush a decision this large."

Brandt, 52, told reporters that a new date would be set within a month.
`;

test('should exit 2 with help on an unknown command', () => {
  const r = retold(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command/);
});

test('should show examples in every command help', () => {
  for (const command of ['analyze', 'report', 'quotes', 'extract', 'serve']) {
    const r = retold([command, '--help']);
    assert.equal(r.status, 0, `${command} --help`);
    assert.match(r.stdout, /Example/, `${command} --help shows examples`);
  }
});

test('should exit 2 when an input path does not exist', () => {
  const dir = workdir();
  const r = retold(['analyze', join(dir, 'missing.txt'), '--db', join(dir, 'r.db'), '--quiet']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing\.txt/);
});

test('should analyse good files, name each bad one, and exit 1', () => {
  const dir = workdir();
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.dat'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 9, 0, 0, 0, 1]));
  const db = join(dir, 'r.db');
  const r = retold(['analyze', dir, '--db', db, '--json', join(dir, 'out.json')]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /empty\.txt/);
  assert.match(r.stderr, /binary\.dat/);
  const out = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  assert.equal(out.articles.length, 1);
  assert.equal(out.articles[0].title, 'Harbor council delays the pier vote');
  // Running again stores nothing twice and still succeeds for the good file.
  const again = retold(['analyze', join(dir, 'good.txt'), '--db', db, '--json', join(dir, 'out2.json'), '--quiet']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out2.json'), 'utf8')).articles.length, 1);
});

test('should write quotes with offsets into the given text and keep ids', () => {
  const text = ARTICLE;
  const r = retold(['quotes', '--input', '-'], JSON.stringify({ id: 'pier-1', text }) + '\n');
  assert.equal(r.status, 0, r.stderr);
  const line = JSON.parse(r.stdout.trim());
  assert.equal(line.id, 'pier-1');
  assert.ok(line.attributions.length >= 2);
  for (const a of line.attributions) {
    for (const role of ['source', 'cue', 'content']) {
      for (const span of a[role]) assert.equal(text.slice(span.start, span.end), span.text);
    }
  }
  const direct = line.attributions.find((a: { content: { text: string }[] }) => a.content.some((c) => c.text.includes('more time')));
  assert.ok(direct, 'finds the direct quote');
  assert.equal(direct.speaker, 'Ilse Brandt');
});

test('should report a bad JSONL line by line number and go on', () => {
  const input = `{"id":"ok","text":"\\"Fine,\\" said Ola Berg."}\nnot json\n`;
  const r = retold(['quotes', '--input', '-'], input);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /stdin:2/);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('should leave quoted phrases credited to nobody out of the attributions', () => {
  const text = 'The council dropped the so-called "harbour tax" on Tuesday.\n\n"We listened," said Mayor Ilse Brandt.';
  const r = retold(['quotes', '--input', '-'], JSON.stringify({ id: 'tax', text }) + '\n');
  assert.equal(r.status, 0, r.stderr);
  const contents = JSON.parse(r.stdout.trim()).attributions.map((a: { content: { text: string }[] }) => a.content.map((c) => c.text).join(' '));
  assert.ok(contents.some((c: string) => c.includes('We listened')));
  assert.ok(!contents.some((c: string) => c.includes('harbour tax')), `no scare quote in ${JSON.stringify(contents)}`);
});

test('should read the publication date under the field names analyze reads (PolNeAR date, news-please date_publish)', () => {
  const text = '"We listened," Mayor Ilse Brandt said on Friday.';
  for (const key of ['published', 'date', 'date_publish']) {
    const r = retold(['quotes', '--input', '-'], JSON.stringify({ id: 'tax', text, [key]: '2024-03-12' }) + '\n');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout.trim()).attributions[0].said_when, '2024-03-08', key);
  }
});

test('should say, without a stack trace, when --db is not a store it can read', () => {
  const dir = workdir();
  const page = join(dir, 'page.db');
  writeFileSync(page, '<!doctype html><html><body>A saved page, not a store.</body></html>');
  const r = retold(['report', '--db', page]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^retold store: cannot open page\.db: expected a Retold SQLite database, found a file that is not SQLite/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('should stop quietly when the reader of its output closes the pipe early', async () => {
  const dir = workdir();
  const input = join(dir, 'many.jsonl');
  writeFileSync(input, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text: ARTICLE })).join('\n'));
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'quotes', '--input', input], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
});

test('should refuse a report file name of no known format before analysing anything', () => {
  const dir = workdir();
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  const db = join(dir, 'r.db');
  const r = retold(['analyze', join(dir, 'good.txt'), '--db', db, '--report', join(dir, 'dossier.pdf')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--report .*dossier\.pdf: expected a file name ending in \.html, \.md or \.json, found "\.pdf"/);
  assert.equal(existsSync(db), false, 'nothing was analysed or stored');
  assert.equal(existsSync(join(dir, 'dossier.pdf')), false);
});
