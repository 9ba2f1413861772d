/**
 * Line-by-line JSONL input and output for the stage-level commands (`quotes`, `extract`).
 * A bad line is a data problem: it is reported with FILE:LINE and the run goes on.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** One parsed input line, or the reason it could not be parsed. */
export type JsonlItem =
  | { ok: true; line: number; value: Record<string, unknown> }
  | { ok: false; line: number; where: string; reason: string };

/** Reads `path` (`-` = stdin) as JSONL, yielding each object with its line number. */
export async function* readJsonl(path: string): AsyncGenerator<JsonlItem> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const where = `${path === '-' ? 'stdin' : path}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { ok: false, line: n, where, reason: `expected a JSON object, found invalid JSON (${(error as Error).message})` };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { ok: false, line: n, where, reason: `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}` };
      continue;
    }
    yield { ok: true, line: n, value: value as Record<string, unknown> };
  }
}

/** A JSONL sink on a file or stdout (`-` or undefined), with backpressure. */
export function openJsonlWriter(path: string | undefined): { write(value: unknown): Promise<void>; close(): Promise<void> } {
  const out: Writable = !path || path === '-' ? process.stdout : createWriteStream(path, { encoding: 'utf8' });
  return {
    async write(value) {
      if (!out.write(JSON.stringify(value) + '\n')) await once(out, 'drain');
    },
    async close() {
      if (out === process.stdout) return;
      out.end();
      await once(out, 'finish');
    },
  };
}

/** A string field of a record, or null when absent or not a string. */
export function stringField(record: Record<string, unknown>, name: string): string | null {
  const v = record[name];
  return typeof v === 'string' ? v : null;
}
