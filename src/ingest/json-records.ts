import type { Message, RawDocument } from '../model.js';
import { skipMessage } from './messages.js';
import { FIELD_NAMES } from './field-names.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

function isRecord(value: Json | undefined): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first field among `names` that holds a non-empty string (or number, for ids). */
function pick(record: Record_, names: readonly string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (Array.isArray(value)) {
      const parts = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
      if (parts.length > 0) return parts.join(', ');
    }
  }
  return null;
}

/** Map one JSON article to a RawDocument, or a message when it has no text or HTML. */
export function recordToDocument(value: Json | undefined, source: string, format: 'json' | 'jsonl'): RawDocument | Message {
  if (!isRecord(value)) {
    return skipMessage(source, 'ingest/bad-record', 'a JSON object per article', Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`);
  }
  const text = pick(value, FIELD_NAMES.text);
  const html = text === null ? pick(value, FIELD_NAMES.html) : null;
  if (text === null && html === null) {
    return skipMessage(source, 'ingest/empty', 'an article with "text" or "html"', 'a record with neither');
  }
  return {
    source,
    format,
    id: pick(value, FIELD_NAMES.id),
    url: pick(value, FIELD_NAMES.url),
    title: pick(value, FIELD_NAMES.title),
    byline: pick(value, FIELD_NAMES.byline),
    published: pick(value, FIELD_NAMES.published),
    outlet: pick(value, FIELD_NAMES.outlet),
    language: pick(value, FIELD_NAMES.language),
    text: text === null ? null : text.normalize('NFC'),
    html: html === null ? null : html.normalize('NFC'),
  };
}

/** Read a JSON document: one article, an array of articles, or `{articles: [...]}`. */
export function readJson(text: string, source: string): (RawDocument | Message)[] {
  const value = JSON.parse(text) as Json;
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.articles) ? value.articles : null;
  if (list === null) return [recordToDocument(value, source, 'json')];
  const items = list.map((item, i) => recordToDocument(item, `${source}#${i + 1}`, 'json'));
  // A JSON file none of whose records is an article (an annotation file, a config) is one
  // problem with the file, not one per record.
  if (items.length > 1 && items.every((item) => !('format' in item))) {
    return [skipMessage(source, 'ingest/no-articles', 'articles with "text" or "html"', `${items.length} records with neither`)];
  }
  return items;
}

/** Read JSON Lines: one article per non-empty line; a bad line is skipped with a message. */
export function readJsonl(text: string, source: string): (RawDocument | Message)[] {
  const out: (RawDocument | Message)[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}#${i + 1}`;
    let value: Json;
    try {
      value = JSON.parse(line) as Json;
    } catch {
      out.push(skipMessage(where, 'ingest/bad-record', 'one JSON object per line', 'invalid JSON'));
      return;
    }
    out.push(recordToDocument(value, where, 'jsonl'));
  });
  return out;
}
