/** Search finds the right section, aliases and acronyms, and filters restrict results. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds, pageFile } from '../helpers/dist.ts';
import { existsSync } from 'node:fs';
import { loadContent } from '../../src/lib/check/load.ts';
import { ROOT } from '../helpers/dist.ts';

const countryFiles = loadContent(ROOT, process.env['MLAT_CONTENT_DIR']).files.filter((f) => f.collection === 'countries');

/** Region of each country entry, read from content as the site does. */
const regionOf = new Map(countryFiles.map((f) => [f.id, (f.data as { region?: string }).region]));

/** Central authority names that only one entry uses, exactly as the entries print them. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// A name that is also a glossary term ("Central Authority") finds the term first, as it should.
const glossaryNames = new Set(
  loadContent(ROOT, process.env['MLAT_CONTENT_DIR'])
    .files.filter((f) => f.collection === 'glossary')
    .flatMap((f) => {
      const d = f.data as { term?: string; aliases?: string[] };
      return [d.term ?? '', ...(d.aliases ?? [])].map((n) => fold(n));
    }),
);
const authorityNames = (() => {
  const byName = new Map<string, string[]>();
  for (const f of countryFiles) {
    const name = (f.data as { centralAuthority?: { name?: string } | null }).centralAuthority?.name;
    if (name) byName.set(name, [...(byName.get(name) ?? []), f.id]);
  }
  const folded = new Map<string, number>();
  for (const name of byName.keys()) folded.set(fold(name), (folded.get(fold(name)) ?? 0) + 1);
  return [...byName].filter(([name, codes]) => codes.length === 1 && folded.get(fold(name)) === 1 && !glossaryNames.has(fold(name))).map(([name, [code]]) => [name, code!] as const);
})();

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
    ['Allemagne', 'de'],
    ['Alemania', 'de'],
    ['Германия', 'de'],
    ['ألمانيا', 'de'],
    ['德国', 'de'],
    ['Alemanha', 'de'],
    ['Émirats arabes unis', 'ae'],
  ])('the alias "%s" finds /countries/%s/', async (query, code) => {
    const page = await searchPage(query);
    expect((await firstLinks(page))[0]).toMatch(new RegExp(`^/countries/${code}/`));
    await page.close();
  });

  it.each([
    ['Bundesamt für Justiz', 'de'],
    ['Bundesamt fur Justiz', 'de'],
    ['Ministério da Justiça e Segurança Pública', 'br'],
    ['Ministerio da Justica e Seguranca Publica', 'br'],
    ['Office of International Affairs', 'us'],
  ])('the authority name "%s" finds /countries/%s/ first', async (query, code) => {
    const page = await searchPage(query);
    expect((await firstLinks(page))[0]).toMatch(new RegExp(`^/countries/${code}/`));
    await page.close();
  });

  it('"Ministerio da Justiça" finds São Tomé and Príncipe (whose central authority has exactly that name) and Brazil (whose name starts so), in that order', async () => {
    const page = await searchPage('Ministerio da Justiça');
    const [first, second] = await firstLinks(page, 2);
    expect([first?.slice(0, 14), second?.slice(0, 14)]).toEqual(['/countries/st/', '/countries/br/']);
    await page.close();
  });

  it('every central authority name that one entry uses finds that entry first, accents and all', async () => {
    expect(authorityNames.length).toBeGreaterThan(50);
    const misses: string[] = [];
    const page = await site.browser().newPage();
    for (const [name, code] of authorityNames) {
      await page.goto(`${site.server().url}/search/?q=${encodeURIComponent(name)}`);
      await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
      const first = (await firstLinks(page, 1))[0] ?? '';
      if (!first.startsWith(`/countries/${code}/`)) misses.push(`${name} → ${first || 'nothing'} (expected ${code})`);
    }
    await page.close();
    expect(misses).toEqual([]);
  }, 600_000);

  it.each([
    ['UAE', '/countries/ae/'],
    ['Deutschland', '/countries/de/'],
    ['Budapest', '/instruments/budapest/'],
    ['UNTOC', '/instruments/untoc/'],
  ])('"%s" opens the entry itself (%s), not one of its sections', async (query, url) => {
    const page = await searchPage(query);
    expect((await firstLinks(page))[0]).toBe(url);
    await page.close();
  });

  it('a glossary term is its own result, opening at its anchor', async () => {
    const page = await searchPage('dual criminality', '&type=Glossary+term');
    expect((await firstLinks(page))[0]).toBe('/glossary/#dual-criminality');
    await page.close();
  });

  it.skipIf(!contentIds('modules').includes('preserving-electronic-evidence'))('a training module section is its own result, opening at its heading', async () => {
    const page = await searchPage('know the clock preservation period', '&type=Training+module');
    const links = await firstLinks(page);
    expect(links[0]).toMatch(/^\/modules\/preserving-electronic-evidence\/#step-3-know-the-clock$/);
    expect(await page.textContent('#search-results li h3 a')).toMatch(/^Preserving electronic evidence across borders: Step 3: know the clock/);
    await page.close();
  });

  it('excerpts quote the facts, not their citation marks or "(copy only)" notes', async () => {
    const page = await searchPage('Central Authority coordinates the correspondence');
    const excerpts = await page.$$eval('#search-results li p', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.join(' ')).toMatch(/coordinates/i);
    for (const text of excerpts) expect(text).not.toMatch(/\bsource \d|\(copy only\)|\(secondary source\)/);
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

  it.skipIf(!existsSync(pageFile('/ru/countries/ie/')))('the header field speaks the page language: its messages load with it, not with the page', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/ru/countries/ie/`);
    // The page embeds no search messages (a country page embeds no island messages at all).
    expect((await page.evaluate(() => document.getElementById('island-messages')?.textContent)) ?? '').not.toContain('search.ui.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.focus('#header-q');
    await page.keyboard.type('Германия');
    await page.waitForSelector('#header-search-panel:not([hidden]) li a');
    const panel = await page.textContent('#header-search-panel');
    expect(panel).toContain('Все результаты и фильтры');
    expect(panel).toMatch(/результат/);
    expect(panel).not.toContain('search.ui.');
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
    expect(scripts.some((s) => s.includes('pagefind') || s.includes('search-ui') || s.includes('header-search'))).toBe(false);
    await page.focus('#header-q');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('header-search')));
    await page.close();
  });
});
