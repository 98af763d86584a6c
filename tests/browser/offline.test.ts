/**
 * The site works offline once saved, the first page opened is kept, and a new deployment
 * replaces the saved copy as a whole after the update flow, even behind a caching host.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { DIST, contentIds, requireDist } from '../helpers/dist.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

async function saveWholeSite(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/offline/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.click('#offline-download');
  await page.waitForFunction(() => /^Done/.test(document.getElementById('offline-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
}

describe.skipIf(!browserAvailable)('offline use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('after saving the site once, an unvisited country page and search work with the network off', async () => {
    requireDist();
    const server = await serve(DIST);
    const context = await browser.newContext();
    const page = await context.newPage();
    await saveWholeSite(page, server.url);
    const code = contentIds('countries').filter((c) => c !== 'ie').at(-1)!;
    await context.setOffline(true);
    await server.close(); // nothing can come from the network now
    await page.goto(`${server.url}/countries/${code}/`);
    expect(await page.getAttribute('article', 'data-country')).toBe(code);
    expect(await page.textContent('#offline-notice')).toMatch(/You are offline\. The copy you are reading was published on \d{4}-\d{2}-\d{2}/);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('preservation')}`);
    await page.waitForFunction(() => /\d+ results? for/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.$$eval('#search-results li', (li) => li.length)).toBeGreaterThan(0);
    await context.close();
  }, 180_000);

  it('keeps the first page opened, and searches offline after one visit', async () => {
    requireDist();
    const server = await serve(DIST);
    const context = await browser.newContext();
    const page = await context.newPage();
    const [first, other] = contentIds('countries').filter((c) => c !== 'ie');
    await page.goto(`${server.url}/countries/${first}/`);
    // The worker keeps the page and, in the background, the search runtime and index.
    // (Polled from here: page.waitForFunction treats a returned promise as a truthy value.)
    const kept = async () =>
      page.evaluate(async () => {
        for (const n of await caches.keys()) {
          const c = await caches.open(n);
          if ((await c.match('/__mlat-search-complete/en')) && (await c.match(location.pathname))) return true;
        }
        return false;
      });
    for (let waited = 0; !(await kept()); waited += 500) {
      if (waited > 60_000) throw new Error('the first page and the search index were not kept within a minute');
      await page.waitForTimeout(500);
    }
    const otherName = await (await fetch(`${server.url}/api/countries/${other}.json`)).json().then((d: { name: string }) => d.name);
    await context.setOffline(true);
    await server.close();
    await page.reload();
    expect(await page.getAttribute('article', 'data-country')).toBe(first);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(otherName)}`);
    await page.waitForFunction(() => /\d+ results? for/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.$eval('#search-results li a', (a) => a.getAttribute('href'))).toContain(`/countries/${other}/`);
    // A page never opened says so, under its own address.
    await page.goto(`${server.url}/countries/${contentIds('countries').at(-1)}/`).catch(() => undefined);
    expect(await page.textContent('h1')).toBe('This page is not saved on this device');
    await context.close();
  }, 180_000);

  it('offline, search without its saved index says so, and never reports "no results"', async () => {
    requireDist();
    const work = mkdtempSync(join(tmpdir(), 'mlat-noindex-'));
    cpSync(DIST, work, { recursive: true });
    // The runtime stays (the offline shell holds it); the index chunks and fragments are gone.
    for (const dir of ['index', 'fragment', 'filter']) rmSync(join(work, 'pagefind', dir), { recursive: true, force: true });
    const server = await serve(work);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/search/?q=Ireland`);
      await page.waitForFunction(() => !/Searching/.test(document.getElementById('search-status')?.textContent ?? 'Searching'), undefined, { timeout: 20_000 });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await context.setOffline(true);
      await page.reload();
      await page.waitForFunction(() => /not saved on this device/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
      expect(await page.textContent('#search-status')).not.toMatch(/No results/);
    } finally {
      await context.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  describe('a new deployment', () => {
    const work = mkdtempSync(join(tmpdir(), 'mlat-offline-'));
    let server: StaticServer;
    let context: BrowserContext;
    afterAll(async () => {
      await context?.close();
      await server?.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('replaces the saved copy after "Update now", with no page of the old version left', async () => {
      const v1 = join(work, 'v1');
      const v2 = join(work, 'v2');
      cpSync(join(FIXTURES, 'content'), join(v1, 'content'), { recursive: true });
      cpSync(join(FIXTURES, 'content'), join(v2, 'content'), { recursive: true });
      const file = join(v2, 'content', 'countries', 'is.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Fixtureland', 'name: Fixtureland Revised'));
      for (const v of [v1, v2]) {
        const built = await buildSite(join(v, 'content'), join(v, 'dist'), join(v, 'cache'));
        expect(built.ok, built.output.slice(-2000)).toBe(true);
      }
      // A host that lets browsers cache pages for an hour: the HTTP cache now holds version 1.
      server = await serve(join(v1, 'dist'), { cacheControl: 'max-age=3600' });
      context = await browser.newContext();
      const page = await context.newPage();
      for (const path of ['/', '/search/', '/countries/', '/countries/is/']) await page.goto(`${server.url}${path}`);
      await saveWholeSite(page, server.url);
      await page.goto(`${server.url}/countries/is/`);
      expect(await page.textContent('h1')).toBe('Fixtureland');
      const v1Id = await page.getAttribute('meta[name="mlat-build-id"]', 'content');

      server.root = join(v2, 'dist'); // deploy version 2
      await page.goto(`${server.url}/countries/is/`);
      expect(await page.textContent('h1')).toBe('Fixtureland'); // still the saved copy: versions are not mixed
      await page.waitForSelector('#update-notice button', { timeout: 120_000 });
      await Promise.all([page.waitForEvent('load'), page.click('#update-notice button')]);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Fixtureland Revised', undefined, { timeout: 30_000 });
      const v2Id = await page.getAttribute('meta[name="mlat-build-id"]', 'content');
      expect(v2Id).not.toBe(v1Id);
      const cacheNames = await page.evaluate(async () => (await caches.keys()).filter((k: string) => k.startsWith('mlat-')));
      expect(cacheNames).toEqual([`mlat-${v2Id}`]);
      // Every page in the new copy is version 2, the home page included (it sat in the HTTP cache as version 1).
      const ids = await page.evaluate(async (name) => {
        const cache = await caches.open(name);
        const found: Record<string, string | null> = {};
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          if (!response?.headers.get('content-type')?.includes('text/html')) continue;
          found[new URL(request.url).pathname] = /<meta name="mlat-build-id" content="([^"]+)"/.exec(await response.text())?.[1] ?? null;
        }
        return found;
      }, `mlat-${v2Id}`);
      expect(Object.keys(ids).length).toBeGreaterThan(5);
      expect(Object.entries(ids).filter(([, id]) => id !== v2Id)).toEqual([]);

      // The new copy is complete: an unvisited page works offline, from version 2.
      await context.setOffline(true);
      for (const path of ['/', '/countries/mt/', '/search/']) {
        await page.goto(`${server.url}${path}`);
        expect(await page.getAttribute('meta[name="mlat-build-id"]', 'content'), path).toBe(v2Id);
      }
    }, 300_000);
  });
});
