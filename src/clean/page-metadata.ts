import type { LinkedArticle } from './json-ld.js';

/** Metadata of a page, from `<meta>`, OpenGraph, JSON-LD, `<time>` and `<html lang>`. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  outlet: string | null;
  language: string | null;
  url: string | null;
}

/** `<meta>` values by lowercased `property` or `name` (first one wins). */
export function readMetaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  // Pages put <meta> in <head>; the parser moves strays there too, so <head> is enough.
  for (const meta of Array.from((document.head ?? document).querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

function first(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const v = meta.get(key);
    if (v) return v;
  }
  return null;
}

function all(meta: Map<string, string>, keys: readonly string[]): string[] {
  return keys.map((key) => meta.get(key) ?? '').filter((v) => v !== '');
}

/**
 * A date a template prints for "no date" (`0001-01-01T00:00:00Z`, the zero time of some
 * CMSs; the Unix epoch at midnight): no page was published then.
 */
function isPlaceholderDate(value: string): boolean {
  const year = /^\s*(\d{4})-/.exec(value)?.[1];
  return (year !== undefined && Number(year) < 1900) || /^\s*1970-01-01(?:T00:00(?::00)?(?:\.0+)?(?:Z|[+-]00:?00)?)?\s*$/.test(value);
}

/** The first candidate date that is not a placeholder; candidates may be computed lazily. */
function firstDate(candidates: readonly (string | null | undefined | (() => string | null | undefined))[]): string | null {
  for (const c of candidates) {
    const value = clean(typeof c === 'function' ? c() : c);
    if (value && !isPlaceholderDate(value)) return value;
  }
  return null;
}

/** A day in a URL's path, as news sites file stories (`/2019/11/19/slug`), or null. */
function dateInPath(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Primary language subtag, lowercased: `en-US` → `en`, `pt_BR` → `pt`. */
export function normaliseLanguage(tag: string | null): string | null {
  if (!tag) return null;
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return m ? m[1].toLowerCase() : null;
}

/** Drop a trailing " | Site", " - Site" or " — Site" from a `<title>`. */
function trimSiteSuffix(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[|–—:·»-]\s+/);
  if (parts.length < 2) return title;
  if (outlet) {
    const key = outlet.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== key);
    if (kept.length < parts.length) return kept.join(' - ');
  }
  return parts[0].length >= 15 ? parts[0] : title;
}

function clean(text: string | null | undefined): string | null {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/**
 * Read a page's metadata. Title: OpenGraph, JSON-LD headline, the first `<h1>`, then
 * `<title>` without its site suffix. Dates: article:published_time, JSON-LD, common
 * `<meta>` names, then the first `<time datetime>`. Outlet: og:site_name, JSON-LD
 * publisher, application-name, else the URL's host.
 */
export function readPageMetadata(document: Document, linked: LinkedArticle | null, pageUrl: string | null): PageMetadata {
  const meta = readMetaTags(document);
  const head = document.head ?? document;
  const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = resolveUrl(canonical, pageUrl) ?? resolveUrl(first(meta, ['og:url']), pageUrl) ?? resolveUrl(linked?.url ?? null, pageUrl) ?? pageUrl;
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  const outlet = clean(first(meta, ['og:site_name', 'application-name', 'twitter:site']) ?? linked?.publisher) ?? host;
  // Body lookups are a walk over the whole page: only made when the head has no answer.
  const docTitle = (): string | null => {
    const text = clean(head.querySelector('title')?.textContent);
    return text ? trimSiteSuffix(text, outlet) : null;
  };
  const title =
    clean(first(meta, ['og:title', 'twitter:title'])) ?? clean(linked?.headline) ?? clean(document.querySelector('h1')?.textContent) ?? docTitle();
  const authorMeta = first(meta, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author']);
  const byline = clean(linked?.author) ?? (authorMeta && !/^https?:/.test(authorMeta) ? clean(authorMeta.replace(/^by\s+/i, '')) : null);
  const published = firstDate([
    ...all(meta, ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'publish-date', 'article.published']),
    linked?.datePublished,
    // The first `<time>` is a walk over the page: only made when nothing before it answers.
    () => document.querySelector('time[datetime]')?.getAttribute('datetime'),
    () => dateInPath(url),
  ]);
  const modified = first(meta, ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified']) ?? linked?.dateModified ?? null;
  const language = normaliseLanguage(
    document.documentElement?.getAttribute('lang') ?? first(meta, ['content-language', 'og:locale', 'language', 'dc.language']) ?? linked?.inLanguage ?? null,
  );
  return { title, byline, published: clean(published), modified: clean(modified), outlet, language, url };
}
