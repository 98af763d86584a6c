/**
 * In Chromium: choosing States on /compare/ renders them from the API files, the
 * URL reproduces the comparison, the island draws what the page prerenders, and a field
 * table sorts by a header button (mouse or keyboard) with aria-sort set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listNames, type CompareRecord } from '../../src/lib/compare/fields.ts';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { DIST, contentIds, requireDist } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const codes = contentIds('countries');
const record = (code: string) => JSON.parse(readFileSync(join(DIST, 'api', 'countries', `${code}.json`), 'utf8')) as CompareRecord;

describe.skipIf(!browserAvailable || codes.length < 2)('compare in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  /** Two entries with a documented central authority, other than the prerendered pair. */
  let chosen: CompareRecord[];
  let prerendered: string[];

  beforeAll(async () => {
    requireDist();
    server = await serve(DIST);
    browser = await launch();
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/compare/`);
    prerendered = ((await page.getAttribute('#compare-result table', 'data-countries')) ?? '').split(' ');
    await page.close();
    const candidates = codes.filter((c) => !prerendered.includes(c)).map(record);
    const withAuthority = candidates.filter((r) => r.centralAuthority !== null);
    chosen = (withAuthority.length >= 2 ? withAuthority : candidates).slice(-2).reverse();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const statusIs = (page: Page, text: string) =>
    page.waitForFunction(
      (t) => document.getElementById('compare-status')?.textContent === t && !document.getElementById('compare-result')?.hasAttribute('aria-busy'),
      text,
      {
        timeout: 15_000,
      },
    );
  const columnNames = (page: Page) => page.$$eval('#compare-result thead th[scope="col"]', (ths) => ths.slice(1).map((th) => th.textContent?.trim()));
  const authorityCells = (page: Page) => page.$$eval('#compare-result tr[data-row="central-authority"] td', (tds) => tds.map((td) => td.textContent?.trim()));
  const expectedAuthorities = () =>
    chosen.map((r) =>
      r.centralAuthority ? `${r.centralAuthority.name}${r.centralAuthority.acronym ? ` (${r.centralAuthority.acronym})` : ''}` : 'not documented',
    );

  // Choosing needs two entries besides the prerendered pair.
  describe.skipIf(codes.length < 4)('choosing countries', () => {
    it('choosing two countries renders both columns with their central authorities, and puts them in the URL', async () => {
      const page = await browser.newPage();
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(server.url)) foreign.push(req.url());
      });
      await page.goto(`${server.url}/compare/`);
      await page.selectOption('#compare-c1', chosen[0]!.code);
      await page.selectOption('#compare-c2', chosen[1]!.code);
      await page.click('#compare-form button[type="submit"]');
      await statusIs(page, `Showing ${listNames(chosen.map((r) => r.name))}.`);
      expect(await columnNames(page)).toEqual(chosen.map((r) => r.name));
      const cells = await authorityCells(page);
      expect(cells.map((text, i) => text?.startsWith(expectedAuthorities()[i]!))).toEqual([true, true]);
      expect(new URL(page.url()).search).toBe(`?c=${chosen.map((r) => r.code).join(',')}`);
      expect(await page.title()).toContain(chosen[0]!.name);
      expect(foreign).toEqual([]);
      await page.close();
    });

    it('reloading the URL reproduces the comparison, selectors included; Back returns to the previous one', async () => {
      const page = await browser.newPage();
      const url = `${server.url}/compare/?c=${chosen.map((r) => r.code).join(',')}`;
      await page.goto(url);
      await statusIs(page, `Showing ${listNames(chosen.map((r) => r.name))}.`);
      expect(await columnNames(page)).toEqual(chosen.map((r) => r.name));
      await page.reload();
      await statusIs(page, `Showing ${listNames(chosen.map((r) => r.name))}.`);
      expect(await columnNames(page)).toEqual(chosen.map((r) => r.name));
      expect((await authorityCells(page)).map((text, i) => text?.startsWith(expectedAuthorities()[i]!))).toEqual([true, true]);
      expect([await page.inputValue('#compare-c1'), await page.inputValue('#compare-c2'), await page.inputValue('#compare-c3')]).toEqual([
        chosen[0]!.code,
        chosen[1]!.code,
        '',
      ]);

      // A third country, then Back: the two-country comparison returns.
      const third = codes.find((c) => !chosen.some((r) => r.code === c))!;
      await page.selectOption('#compare-c3', third);
      await page.click('#compare-form button[type="submit"]');
      await statusIs(page, `Showing ${listNames([...chosen.map((r) => r.name), record(third).name])}.`);
      expect(await columnNames(page)).toHaveLength(3);
      await page.goBack();
      await statusIs(page, `Showing ${listNames(chosen.map((r) => r.name))}.`);
      expect(await columnNames(page)).toEqual(chosen.map((r) => r.name));
      await page.close();
    });

    it('a query from the plain form (c1…c4) is shown and rewritten to the short form', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/compare/?c1=${chosen[1]!.code}&c2=${chosen[0]!.code}&c3=&c4=`);
      await statusIs(page, `Showing ${listNames([chosen[1]!.name, chosen[0]!.name])}.`);
      expect(new URL(page.url()).search).toBe(`?c=${chosen[1]!.code},${chosen[0]!.code}`);
      expect(await columnNames(page)).toEqual([chosen[1]!.name, chosen[0]!.name]);
      await page.close();
    });

    it('the island draws the same table as the prerendered page', async () => {
      const still = await browser.newPage({ javaScriptEnabled: false });
      await still.goto(`${server.url}/compare/`);
      const html = await still.innerText('#compare-result');
      await still.close();
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
      await page.goto(`${server.url}/compare/?c=${prerendered.join(',')}`);
      await statusIs(page, `Showing ${listNames(prerendered.map((c) => record(c).name))}.`);
      expect(fetched).toEqual(expect.arrayContaining(prerendered.map((c) => `/api/countries/${c}.json`)));
      expect(await page.innerText('#compare-result')).toBe(html);
      await page.close();
    });

    it('an unusable query says what is wrong and keeps the comparison shown', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/compare/?c=${prerendered[0]},zz`);
      await page.waitForFunction(() => /no entry for/.test(document.getElementById('compare-status')?.textContent ?? ''));
      const status = await page.textContent('#compare-status');
      expect(status).toMatch(/no entry for “zz”/);
      expect(status).toMatch(/Choose at least 2 different countries/);
      expect(await page.getAttribute('#compare-result table', 'data-countries')).toBe(prerendered.join(' '));
      await page.close();
    });

    it('without JavaScript, the page says that choosing needs it and shows the default pair', async () => {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${server.url}/compare/?c=${chosen.map((r) => r.code).join(',')}`);
      expect(await page.textContent('#compare-status')).toMatch(/needs JavaScript/);
      expect(await columnNames(page)).toEqual(prerendered.map((c) => record(c).name));
      await page.close();
    });
  });

  describe('sorting a field table', () => {
    const rowCodes = (page: Page) => page.$$eval('table[data-sortable] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-code')!));
    const sortKeys = (page: Page, column: number) =>
      page.$$eval('table[data-sortable] tbody tr', (trs, col) => trs.map((tr) => tr.children[col]?.getAttribute('data-sort') ?? ''), column);
    const ariaSort = (page: Page) => page.$$eval('table[data-sortable] thead th', (ths) => ths.map((th) => th.getAttribute('aria-sort')));

    it('clicking a header sorts by that column, sets aria-sort, and a second click reverses the order', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/compare/completeness/`);
      await page.waitForSelector('table[data-sortable] thead th button');
      const byName = await rowCodes(page);
      expect(await ariaSort(page)).toEqual(['ascending', null, null]);

      await page.click('table[data-sortable] thead th:nth-child(3) button');
      expect(await ariaSort(page)).toEqual([null, null, 'ascending']);
      const ascending = (await sortKeys(page, 2)).map(Number);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(await rowCodes(page)).not.toEqual(byName);
      expect(await page.textContent('table[data-sortable] caption [data-sort-note]')).toMatch(/lowest first/);

      await page.click('table[data-sortable] thead th:nth-child(3) button');
      expect(await ariaSort(page)).toEqual([null, null, 'descending']);
      const descending = (await sortKeys(page, 2)).map(Number);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      await page.close();
    });

    it('works with the keyboard: Tab to a header button, Enter or Space sorts', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/compare/last-verified/`);
      await page.waitForSelector('table[data-sortable] thead th button');
      await page.focus('table[data-sortable] thead th:nth-child(1) button');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('th')?.cellIndex)).toBe(1);
      await page.keyboard.press('Enter');
      expect(await ariaSort(page)).toEqual([null, 'ascending', null]);
      const regions = await sortKeys(page, 1);
      expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b, 'en')));
      await page.keyboard.press('Space');
      expect(await ariaSort(page)).toEqual([null, 'descending', null]);
      // Back to the name order: the first column, ascending again.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      expect(await ariaSort(page)).toEqual(['ascending', null, null]);
      const names = await page.$$eval('table[data-sortable] tbody th[scope="row"]', (ths) => ths.map((th) => th.textContent!.trim()));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      await page.close();
    });

    // The content decides which columns have both values and gaps: today no entry gives a
    // preservation period (numbers), while accepted languages (text) have both.
    for (const { path, numeric } of [
      { path: '/compare/preservation-period/', numeric: true },
      { path: '/compare/languages/', numeric: false },
    ]) {
      it(`gaps stay at the end in either direction (${path})`, async () => {
        const page = await browser.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector('table[data-sortable] thead th button');
        const before = await sortKeys(page, 2);
        if (!before.some((k) => k !== '') || !before.some((k) => k === '')) {
          console.warn(`${path}: the column needs values and gaps to test; it has ${before.filter((k) => k !== '').length} values of ${before.length}`);
          await page.close();
          return;
        }
        for (let round = 0; round < 2; round++) {
          await page.click('table[data-sortable] thead th:nth-child(3) button');
          const keys = await sortKeys(page, 2);
          const firstGap = keys.indexOf('');
          expect(firstGap, 'the column has values before its gaps').toBeGreaterThan(0);
          expect(keys.slice(firstGap).every((k) => k === '')).toBe(true);
          if (numeric) {
            const values = keys.slice(0, firstGap).map(Number);
            expect(values).toEqual([...values].sort((a, b) => (round === 0 ? a - b : b - a)));
          }
        }
        await page.close();
      });
    }
  });
});
