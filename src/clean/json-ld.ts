/** What Retold reads from a schema.org article in JSON-LD. */
export interface LinkedArticle {
  headline: string | null;
  articleBody: string | null;
  author: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** schema.org types that describe an article page. */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v['@value'] ?? v.url);
  return null;
}

function names(v: Json | undefined): string | null {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out = list.map((item) => (isObject(item) ? str(item.name) : str(item))).filter((s): s is string => s !== null && !/^https?:/.test(s));
  return out.length > 0 ? [...new Set(out)].join(', ') : null;
}

function typesOf(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD value, flattening arrays and `@graph`. */
function collect(value: Json, out: { [key: string]: Json }[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
    if (isObject(value.mainEntity)) collect(value.mainEntity, out, depth + 1);
  }
}

/**
 * Find the article described in a page's JSON-LD blocks (the raw `<script
 * type="application/ld+json">` texts). Prefers a node with an `articleBody`, then any
 * article type over a plain WebPage. Invalid JSON is ignored: pages often ship it broken.
 */
export function readLinkedArticle(scripts: string[]): LinkedArticle | null {
  const nodes: { [key: string]: Json }[] = [];
  for (const script of scripts) {
    try {
      collect(JSON.parse(script) as Json, nodes);
    } catch {
      continue;
    }
  }
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  const best =
    articles.find((n) => typeof n.articleBody === 'string') ??
    articles.find((n) => !typesOf(n).includes('WebPage')) ??
    articles[0];
  if (!best) return null;
  return {
    headline: str(best.headline) ?? str(best.name),
    articleBody: typeof best.articleBody === 'string' ? best.articleBody : null,
    author: names(best.author) ?? names(best.creator),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    dateModified: str(best.dateModified),
    publisher: isObject(best.publisher) ? str(best.publisher.name) : str(best.publisher),
    inLanguage: str(best.inLanguage),
    url: str(best.url) ?? (isObject(best.mainEntityOfPage) ? str(best.mainEntityOfPage['@id']) : str(best.mainEntityOfPage)),
  };
}
