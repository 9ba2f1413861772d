import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { Article, Quote } from '../model.js';
import { makeArticle, makeQuote } from './fixtures.js';
import { openSqliteStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'retold-store-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What the store should hold: articles by id and each article's quotes in order. */
interface Model {
  articles: Map<string, Article>;
  quotes: Map<string, Quote[]>;
}

type Command =
  | { kind: 'put'; items: { article: Article; quotes: Quote[] }[] }
  | { kind: 'update'; quotes: Quote[] };

const words = ['pier', 'ferry', 'tide', 'council'];

const articleArb = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c'),
    url: fc.constantFrom(null, 'https://x.example/1', 'https://x.example/2'),
    hash: fc.constantFrom('h1', 'h2', 'h3', 'h4'),
    body: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }),
    quoteIds: fc.uniqueArray(fc.constantFrom('q1', 'q2', 'q3'), { maxLength: 2 }),
  })
  .map(({ id, url, hash, body, quoteIds }) => {
    const article = makeArticle(id, body.join(' '), { url, contentHash: hash });
    return { article, quotes: quoteIds.map((q) => makeQuote(article, q, body[0], { speaker: body.at(-1) ?? null })) };
  });

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.array(articleArb, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'put' as const, items })),
  fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'zz'), fc.constantFrom('q1', 'q2', 'q4'), fc.constantFrom(...words)), {
      minLength: 1,
      maxLength: 3,
    })
    .map(([...list]) => ({
      kind: 'update' as const,
      quotes: list.map(([articleId, id, speaker]) => ({
        ...makeQuote(makeArticle(articleId, 'x'), id, 'Report'),
        speaker,
      })),
    })),
);

/** Applies a command to a copy of the model, or returns null when the store must refuse it. */
function apply(model: Model, command: Command): Model | null {
  const next: Model = { articles: new Map(model.articles), quotes: new Map(model.quotes) };
  const owner = (quoteId: string) => [...next.quotes].find(([, list]) => list.some((q) => q.id === quoteId))?.[0];
  if (command.kind === 'put') {
    for (const { article, quotes } of command.items) {
      for (const other of next.articles.values()) {
        if (other.id === article.id) continue;
        if (article.url !== null && other.url === article.url) return null;
        if (other.contentHash === article.contentHash) return null;
      }
      next.quotes.delete(article.id);
      if (quotes.some((q) => owner(q.id) !== undefined)) return null;
      next.articles.set(article.id, article);
      next.quotes.set(article.id, quotes);
    }
    return next;
  }
  for (const quote of command.quotes) {
    if (!next.articles.has(quote.articleId)) return null;
    const holder = owner(quote.id);
    if (holder !== undefined && holder !== quote.articleId) return null;
    const list = [...(next.quotes.get(quote.articleId) ?? [])];
    const at = list.findIndex((q) => q.id === quote.id);
    if (at >= 0) list[at] = quote;
    else list.push(quote);
    next.quotes.set(quote.articleId, list);
  }
  return next;
}

test('should match a simple model under any sequence of writes, indexes intact', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 8 }), async (commands) => {
      const path = join(dir, `model-${++run}.db`);
      const store = openSqliteStore(path);
      let model: Model = { articles: new Map(), quotes: new Map() };
      for (const command of commands) {
        const next = apply(model, command);
        const write =
          command.kind === 'put'
            ? store.putArticles(command.items.map((item) => ({ ...item, analysis: null })))
            : store.updateQuotes(command.quotes);
        if (next === null) await assert.rejects(write, /^Error: retold store: cannot save /);
        else await write;
        model = next ?? model;
        const ids = ['a', 'b', 'c'];
        assert.deepEqual(await store.getArticles(ids), ids.flatMap((id) => model.articles.get(id) ?? []));
        assert.deepEqual(await store.getQuotes(ids), ids.flatMap((id) => model.quotes.get(id) ?? []));
      }
      for (const word of words) {
        const expected = [...model.articles.values()].filter((a) => a.text.includes(word)).map((a) => a.id).sort();
        const found = (await store.search(word)).filter((h) => h.type === 'article').map((h) => h.articleId).sort();
        assert.deepEqual(found, expected, `search for ${word}`);
      }
      await store.close();
      const raw = new Database(path);
      raw.exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1);
        INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1);`);
      raw.close();
    }),
    { numRuns: 60 },
  );
});
