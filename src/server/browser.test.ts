/**
 * Pages in a real headless browser (Debian's /usr/bin/chromium through playwright-core),
 * served over HTTP from a SQLite store: following a quote card to its span, searching, and
 * hostile article text staying inert. Skipped when chromium is not installed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadDossier, renderArticleSection, renderHtml, reportLinks } from '../report/index.js';
import { buildFixture, seedStore } from '../report/test-fixture.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { serve, type RunningServer } from './serve.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium)`;

describe('pages in headless chromium', { skip, timeout: 120_000 }, () => {
  let store: Store;
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;

  before(async () => {
    store = await seedStore(openSqliteStore(':memory:'));
    server = await serve({ store, port: 0, host: '127.0.0.1' });
    profile = await mkdtemp(join(tmpdir(), 'retold-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
      viewport: { width: 1100, height: 700 },
    });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** Opens a page that records dialogs and CSP/console errors. */
  async function openPage(): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, dialogs, errors };
  }

  async function targetState(page: Page): Promise<{ id: string | null; text: string; inViewport: boolean; background: string }> {
    return page.evaluate(() => {
      const el = document.querySelector(':target');
      if (!el) return { id: null, text: '', inViewport: false, background: '' };
      const box = el.getBoundingClientRect();
      return {
        id: el.id,
        text: el.textContent ?? '',
        inViewport: box.bottom > 0 && box.top < window.innerHeight && box.height > 0,
        background: getComputedStyle(el).backgroundColor,
      };
    });
  }

  test('clicking a quote card occurrence should land on the article with its span highlighted', async () => {
    const { page, dialogs, errors } = await openPage();
    await page.goto(`${server.url}/stories/story-bridge`);
    assert.equal(await page.locator('h1').first().textContent(), 'Bridge reopening');
    const link = page.locator('#g-g-reopen .occurrence a.occ-link', { hasText: 'Harbor Times' });
    await link.click();
    await page.waitForURL(/\/articles\/harbor-1#a-harbor-1-\d+$/);
    const target = await targetState(page);
    assert.match(target.id ?? '', /^a-harbor-1-\d+$/);
    assert.equal(target.text, 'The bridge will reopen in spring,');
    assert.equal(target.inViewport, true);
    assert.equal(target.background, 'rgb(255, 179, 71)', 'the :target highlight applies (stylesheet allowed by the CSP)');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, [], 'no console or CSP errors');
    await page.close();
  });

  test('searching should find a quote and lead to its span', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/`);
    await page.locator('nav input[name="q"]').fill('promise');
    await page.locator('nav button[type="submit"]').click();
    await page.waitForURL(/\/search\?q=promise/);
    const hits = page.locator('li.hit.quote');
    assert.ok((await hits.count()) >= 3);
    assert.equal(await hits.first().locator('b').first().textContent(), 'promise');
    await hits.first().locator('a').click();
    await page.waitForURL(/\/articles\/[^#]+#a-/);
    const target = await targetState(page);
    assert.match(target.text, /We have heard this promise before/);
    assert.equal(target.inViewport, true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('hostile article text should stay inert on the article, story and report pages', async () => {
    const { page, dialogs } = await openPage();
    for (const path of ['/articles/evil-1', '/stories/story-bridge', '/search?q=bridge']) {
      await page.goto(`${server.url}${path}`);
      assert.equal(await page.locator('img').count(), 0, `${path}: img element`);
      assert.equal(await page.locator('script').count(), 0, `${path}: script element`);
    }
    await page.goto(`${server.url}/articles/evil-1`);
    assert.equal(await page.locator('h2.article-title').textContent(), 'Bridge <script>alert(1)</script> news');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);

    const dossier = await loadDossier(store, 'story-bridge');
    assert.ok(dossier);
    const dir = await mkdtemp(join(tmpdir(), 'retold-report-'));
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtml([dossier]));
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.locator('img').count(), 0, 'report: img element');
    assert.equal(await page.locator('script').count(), 0, 'report: script element');
    await rm(dir, { recursive: true, force: true });

    // Without any CSP at all, escaping alone must keep the payloads inert.
    const fixture = buildFixture();
    const hostile = fixture.articles.find((a) => a.id === 'evil-1');
    assert.ok(hostile);
    const section = renderArticleSection(hostile, { quotes: fixture.quotes.filter((q) => q.articleId === 'evil-1') }, { links: reportLinks });
    await page.setContent(`<!doctype html><html><body>${section}</body></html>`);
    await page.waitForTimeout(200);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('script').count(), 0);
    assert.deepEqual(dialogs, [], 'no alert fired');
    await page.close();
  });
});
