/**
 * The web application: server-rendered pages and the JSON API over one Store, with
 * security headers on every response and one error path (HTTPException → JSON for the
 * API, an HTML page otherwise).
 */
import { Hono } from 'hono';
import { loadDossier, STYLESHEET } from '../report/index.js';
import type { Store } from '../store/store.js';
import { createApi } from './api.js';
import { loadArticleView, renderArticlePage } from './article-view.js';
import { apiError, describeError, httpError, isApiRequest } from './errors.js';
import { renderErrorPage } from './layout.js';
import { STYLESHEET_PATH } from './links.js';
import { renderStoriesPage, renderStoryPage } from './pages.js';
import { parseFilter, parseSortParam, readQuery } from './params.js';
import { renderSearchPage, runSearch } from './search-page.js';
import { securityHeaders } from './security.js';
import { listStorySummaries } from './story-list.js';

/**
 * Creates the Hono app serving Retold's pages and API from `store`.
 *
 * @example
 *   const app = createApp(store);
 *   const res = await app.request('/api/stories');
 */
export function createApp(store: Store): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());

  app.get(STYLESHEET_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(STYLESHEET);
  });

  // Browsers ask for it on every page; answer "nothing" rather than a 404 page.
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/', async (c) => {
    const query = readQuery(c, ['q', 'sort']);
    const sort = parseSortParam(query.sort);
    return c.html(renderStoriesPage(await listStorySummaries(store, { query: query.q, sort }), { query: query.q, sort }));
  });

  app.get('/stories/:id', async (c) => {
    const query = readQuery(c, ['full']);
    if (query.full !== undefined && query.full !== '1') {
      throw httpError(400, `Expected "full" to be 1, found ${JSON.stringify(query.full.slice(0, 40))}.`);
    }
    const id = c.req.param('id');
    const dossier = await loadDossier(store, id);
    if (!dossier) throw httpError(404, `No story with id ${JSON.stringify(id)}.`);
    return c.html(renderStoryPage(dossier, query.full === '1'));
  });

  app.get('/articles/:id', async (c) => {
    readQuery(c, []);
    const id = c.req.param('id');
    const view = await loadArticleView(store, id);
    if (!view) throw httpError(404, `No article with id ${JSON.stringify(id)}.`);
    return c.html(renderArticlePage(view));
  });

  app.get('/search', async (c) => {
    const query = readQuery(c, ['q', 'speaker', 'outlet', 'from', 'to']);
    const filter = parseFilter(query);
    const asked = Object.values(query).some((v) => v !== undefined);
    const results = asked ? await runSearch(store, query.q, filter) : null;
    const [person] = query.speaker ? await store.getPeople([query.speaker]) : [];
    return c.html(renderSearchPage(query, results, person?.name));
  });

  app.route('/api', createApi(store));

  app.notFound((c) => {
    const message = `No page at ${c.req.path}.`;
    return isApiRequest(c) ? apiError(c, 404, `retold server: no API route ${c.req.method} ${c.req.path}`) : c.html(renderErrorPage(404, message), 404);
  });

  app.onError((err, c) => {
    const { status, message } = describeError(err);
    if (status >= 500) console.error('retold server:', err);
    return isApiRequest(c) ? apiError(c, status, message) : c.html(renderErrorPage(status, message), status);
  });
  return app;
}
