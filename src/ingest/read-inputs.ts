import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message, RawDocument } from '../model.js';
import { ANY_FORMAT, skipMessage } from './messages.js';
import { DEFAULT_MAX_BYTES, readBuffer, type IngestOptions } from './read-buffer.js';

/** All files under a directory, recursively, sorted by name; hidden entries are skipped. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Expand every path to the files it names, throwing a TypeError for one that does not exist. */
async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info === null) throw new TypeError(`retold ingest: expected a directory or file, got "${path}"`);
    if (info.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}

/**
 * Read files, directories (recursively, in sorted order) and `-` (standard input). Yields
 * one RawDocument per article and an error Message for every input skipped (binary, empty,
 * too large, undecodable, truncated, of unknown format), naming the file and the reason.
 * Throws a TypeError, before yielding anything, for a path that does not exist.
 * @param options `maxBytes`: per-file limit, default 10 MB
 */
export async function* readInputs(paths: string[], options: IngestOptions = {}): AsyncGenerator<RawDocument | Message> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const file of await expandPaths(paths)) {
    if (file === '-') {
      yield* readBuffer('-', await readStdin(), options);
      continue;
    }
    const info = await stat(file);
    if (info.size > maxBytes) {
      yield skipMessage(file, 'ingest/too-large', `at most ${maxBytes} bytes`, `${info.size} bytes`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      yield skipMessage(file, 'ingest/unknown-format', ANY_FORMAT, `an unreadable file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    yield* readBuffer(file, bytes, options);
  }
}
