/**
 * The web stage: server-rendered pages and a JSON API over a Store, sharing the report's
 * HTML components. See API.md for the routes.
 */
export { createApp } from './app.js';
export { serve, type ServeOptions, type RunningServer } from './serve.js';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security.js';
export { httpError, type ApiErrorBody } from './errors.js';
export { listStorySummaries, type StorySummary } from './story-list.js';
export { loadArticleView, type ArticleView } from './article-view.js';
export { type SearchResult } from './search-page.js';
