import { DOMParser } from 'linkedom';
import type { Message, RawDocument } from '../model.js';
import { skipMessage } from './messages.js';

/** The minimal element surface read from a parsed feed. */
interface FeedElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<FeedElement>;
  getAttribute(name: string): string | null;
}

/** Direct children of `el` with one of the given tag names (case-insensitive, prefix kept). */
function childrenNamed(el: FeedElement, names: readonly string[]): FeedElement[] {
  const out: FeedElement[] = [];
  for (const child of Array.from(el.children)) {
    if (names.includes(child.tagName.toLowerCase())) out.push(child);
  }
  return out;
}

/** Text of the first child named in order of preference (`content:encoded` before `description`). */
function firstText(el: FeedElement, names: readonly string[]): string | null {
  for (const name of names) {
    const found = childrenNamed(el, [name])[0];
    const text = found?.textContent?.trim();
    if (text) return text;
  }
  return null;
}

/** Items of RSS 2.0 / RSS 1.0 sit under channel or the root; Atom entries under feed. */
function findAll(root: FeedElement, name: string): FeedElement[] {
  const out: FeedElement[] = [];
  const stack: FeedElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as FeedElement;
    if (el.tagName.toLowerCase() === name) {
      out.push(el);
      continue;
    }
    const kids = Array.from(el.children);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Split feed content into `html` (when it holds markup) or `text`. */
function bodyFields(content: string): { text: string | null; html: string | null } {
  return /<[a-z][^>]*>/i.test(content) ? { text: null, html: content } : { text: content, html: null };
}

function atomLink(entry: FeedElement): string | null {
  const links = childrenNamed(entry, ['link']);
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? null;
}

/**
 * Read an RSS (0.9x, 1.0, 2.0) or Atom feed: every item or entry with content becomes a
 * RawDocument; `content:encoded` (or Atom `content`) is preferred over the description
 * or summary. The channel or feed title becomes the outlet.
 */
export function readFeed(xml: string, source: string, format: 'rss' | 'atom'): (RawDocument | Message)[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement as unknown as FeedElement | null;
  if (!root) return [skipMessage(source, 'ingest/unknown-format', 'an RSS or Atom feed', 'no root element')];
  const isAtom = format === 'atom';
  const channel = isAtom ? root : (findAll(root, 'channel')[0] ?? root);
  const outlet = firstText(channel, ['title']);
  const language = firstText(channel, ['language', 'dc:language']) ?? root.getAttribute('xml:lang');
  const items = findAll(root, isAtom ? 'entry' : 'item');
  if (items.length === 0) return [skipMessage(source, 'ingest/empty', `${isAtom ? 'Atom entries' : 'RSS items'}`, 'a feed with none')];
  return items.map((item, i): RawDocument | Message => {
    const where = `${source}#${i + 1}`;
    const content = isAtom
      ? firstText(item, ['content', 'summary'])
      : firstText(item, ['content:encoded', 'content', 'description']);
    if (!content) return skipMessage(where, 'ingest/empty', 'an item with content', 'an item with none');
    const author = isAtom
      ? (childrenNamed(item, ['author']).map((a) => firstText(a, ['name'])).filter(Boolean).join(', ') || null)
      : firstText(item, ['dc:creator', 'author']);
    return {
      source: where,
      format,
      id: null,
      url: isAtom ? atomLink(item) : firstText(item, ['link', 'guid']),
      title: firstText(item, ['title']),
      byline: author,
      published: isAtom ? firstText(item, ['published', 'updated']) : firstText(item, ['pubdate', 'dc:date']),
      outlet,
      language,
      ...bodyFields(content.normalize('NFC')),
    };
  });
}
