/**
 * JSON field names read for each RawDocument field, in order of preference. Retold's own
 * names come first, then those of news-please (`maintext`, `date_publish`, `source_domain`,
 * `authors`), of schema.org NewsArticle (`articleBody`, `datePublished`) and of common
 * scraper exports (`content`, `body`, `lang`).
 */
export const FIELD_NAMES = {
  id: ['id', '_id', 'uuid'],
  url: ['url', 'link', 'canonical_url', 'source_url'],
  title: ['title', 'headline', 'title_page'],
  text: ['text', 'maintext', 'articleBody', 'body', 'content'],
  html: ['html', 'raw_html', 'content_html'],
  published: ['published', 'date_publish', 'datePublished', 'date', 'pubDate', 'published_at'],
  outlet: ['outlet', 'source_domain', 'site_name', 'publisher', 'source'],
  byline: ['byline', 'authors', 'author'],
  language: ['language', 'lang', 'inLanguage'],
} as const;
