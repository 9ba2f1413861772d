/**
 * The JSON API, mirroring the pages: plain model records, errors as
 * `{error: {status, message}}` with 400 for bad parameters and 404 for unknown ids.
 * Documented in API.md.
 */
import { Hono } from 'hono';
import { loadDossier } from '../report/index.js';
import type { Store } from '../store/store.js';
import { loadArticleView } from './article-view.js';
import { httpError } from './errors.js';
import { MAX_LIMIT, parseFilter, parseSortParam, readQuery } from './params.js';
import { runSearch } from './search-page.js';
import { listStorySummaries } from './story-list.js';

const FILTER_PARAMS = ['speaker', 'story', 'outlet', 'from', 'to', 'limit'] as const;

/** Creates the `/api` routes over a store (mounted by `createApp`). */
export function createApi(store: Store): Hono {
  const api = new Hono();

  api.get('/stories', async (c) => {
    const query = readQuery(c, ['q', 'sort']);
    const stories = await listStorySummaries(store, { query: query.q, sort: parseSortParam(query.sort) });
    return c.json({ stories });
  });

  api.get('/stories/:id', async (c) => {
    readQuery(c, []);
    const id = c.req.param('id');
    const dossier = await loadDossier(store, id);
    if (!dossier) throw httpError(404, `retold server: no story with id ${JSON.stringify(id)}`);
    return c.json(dossier);
  });

  api.get('/quotes', async (c) => {
    const filter = parseFilter(readQuery(c, FILTER_PARAMS));
    const quotes = await store.listQuotes({ limit: MAX_LIMIT, ...filter });
    const articles = new Map((await store.getArticles([...new Set(quotes.map((q) => q.articleId))])).map((a) => [a.id, a]));
    return c.json({
      quotes: quotes.map((q) => {
        const text = articles.get(q.articleId)?.text ?? '';
        return { ...q, text: q.content.map((s) => text.slice(s.start, s.end)).join(' … ') };
      }),
    });
  });

  api.get('/articles/:id', async (c) => {
    readQuery(c, []);
    const id = c.req.param('id');
    const view = await loadArticleView(store, id);
    if (!view) throw httpError(404, `retold server: no article with id ${JSON.stringify(id)}`);
    return c.json(view);
  });

  api.get('/search', async (c) => {
    const query = readQuery(c, ['q', ...FILTER_PARAMS]);
    if (query.q === undefined) throw httpError(400, 'retold server: expected a search query "q", found none');
    if (!/[\p{L}\p{N}]/u.test(query.q)) throw httpError(400, `retold server: expected words to search for in "q", found ${JSON.stringify(query.q)}`);
    const hits = await runSearch(store, query.q, parseFilter(query));
    return c.json({ query: query.q, hits });
  });

  api.all('*', (c) => {
    throw httpError(c.req.method === 'GET' ? 404 : 405, `retold server: no API route ${c.req.method} ${c.req.path}`);
  });
  return api;
}
