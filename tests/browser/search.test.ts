/** Search finds the right section, aliases and acronyms, and filters restrict results. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds } from '../helpers/dist.ts';
import { loadContent } from '../../src/lib/check/load.ts';
import { ROOT } from '../helpers/dist.ts';

/** Region of each country entry, read from content as the site does. */
const regionOf = new Map(
  loadContent(ROOT, process.env['MLAT_CONTENT_DIR'])
    .files.filter((f) => f.collection === 'countries')
    .map((f) => [f.id, (f.data as { region?: string }).region]),
);

const haveRealContent = contentIds('countries').includes('ie') && contentIds('countries').includes('us');

describe.skipIf(!browserAvailable || !haveRealContent)('search in Chromium', () => {
  const site = withSiteInBrowser();

  async function searchPage(query: string, params = ''): Promise<Page> {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/search/?q=${encodeURIComponent(query)}${params}`);
    await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    return page;
  }
  const firstLinks = (page: Page, n = 5) => page.$$eval('#search-results li h3 a', (as, k) => as.slice(0, k).map((a) => a.getAttribute('href')), n);

  it('"ireland preservation" opens Ireland\'s preservation section first', async () => {
    const page = await searchPage('ireland preservation');
    expect((await firstLinks(page))[0]).toBe('/countries/ie/#preservation');
    await page.close();
  });

  it('"OIA" finds the United States entry first', async () => {
    const page = await searchPage('OIA');
    expect((await firstLinks(page))[0]).toMatch(/^\/countries\/us\//);
    await page.close();
  });

  it.each([
    ['UK', 'gb'],
    ['Britain', 'gb'],
    ['Deutschland', 'de'],
    ['UKCA', 'gb'],
  ])('the alias "%s" finds /countries/%s/', async (query, code) => {
    const page = await searchPage(query);
    expect((await firstLinks(page))[0]).toMatch(new RegExp(`^/countries/${code}/`));
    await page.close();
  });

  it('a glossary term is its own result, opening at its anchor', async () => {
    const page = await searchPage('dual criminality', '&type=Glossary+term');
    expect((await firstLinks(page))[0]).toBe('/glossary/#dual-criminality');
    await page.close();
  });

  it('a filter restricts the results', async () => {
    // Compare the totals the status line reports: the list itself shows at most one page of results.
    const total = (status: string | null) => Number(/(\d+) results? for/.exec(status ?? '')?.[1] ?? NaN);
    const all = await searchPage('preservation');
    const unfiltered = total(await all.textContent('#search-status'));
    await all.close();
    const page = await searchPage('preservation', '&type=Country&region=Asia');
    const links = await page.$$eval('#search-results li h3 a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(unfiltered).toBeGreaterThan(0);
    expect(total(await page.textContent('#search-status'))).toBeLessThan(unfiltered);
    for (const href of links) {
      const code = /^\/countries\/([a-z]{2})\//.exec(href)?.[1];
      expect(code, href).toBeDefined();
      expect(regionOf.get(code!), href).toBe('Asia');
    }
    expect(await page.isChecked('input[name="region"][value="Asia"]')).toBe(true);
    await page.close();
  });

  it('the header field: "/" focuses it, typing shows results, arrow keys reach them', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/countries/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('ireland');
    await page.waitForSelector('#header-search-panel:not([hidden]) li a');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/countries\/ie\//);
    await page.close();
  });

  it('without JavaScript the header shows a link to the countries index', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server().url}/countries/ie/`);
    expect(await page.isVisible('[data-search-fallback]')).toBe(true);
    expect(await page.getAttribute('[data-search-fallback]', 'href')).toBe('/countries/');
    expect(await page.isVisible('#header-q')).toBe(false);
    await context.close();
  });

  it('a country page loads no search code until search is used', async () => {
    const page = await site.browser().newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('pagefind')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.server().url}/countries/ie/`, { waitUntil: 'networkidle' });
    expect(scripts.some((s) => s.includes('pagefind') || s.includes('search-ui'))).toBe(false);
    await page.focus('#header-q');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('search-ui')));
    await page.close();
  });
});
