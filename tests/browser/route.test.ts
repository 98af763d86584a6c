/** Issue 8: choose two countries and a measure; the result lists the shared instrument, the addressee and the checklist; the URL reproduces it. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds } from '../helpers/dist.ts';

const haveRealContent = ['gb', 'ie', 'us'].every((c) => contentIds('countries').includes(c));

describe.skipIf(!browserAvailable || !haveRealContent)('route planner in Chromium', () => {
  const site = withSiteInBrowser();

  it('United Kingdom → United States, stored content: Budapest and the CLOUD Act agreement, OIA, checklist; reload reproduces it', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/`);
    await page.selectOption('#from', 'gb');
    await page.selectOption('#to', 'us');
    await page.selectOption('#measure', 'stored-content');
    await page.click('#route-form button[type="submit"]');
    await page.waitForSelector('#route-summary');
    const text = async () => (await page.textContent('#route-result')) ?? '';
    const check = async () => {
      const legal = (await page.textContent('section[aria-labelledby="route-legal-basis"]')) ?? '';
      expect(legal).toContain('Budapest Convention');
      expect(await page.textContent('section[aria-labelledby="route-addressee"]')).toMatch(/Send to: Office of International Affairs/);
      expect(await page.$$eval('section[aria-labelledby="route-checklist"] .checklist > li', (li) => li.length)).toBeGreaterThanOrEqual(4);
      expect(await text()).toMatch(/US CLOUD Act agreement: available/);
    };
    await check();
    expect(page.url()).toBe(`${site.server().url}/route/?from=gb&to=us&measure=stored-content`);
    await page.reload();
    await page.waitForSelector('#route-summary');
    await check();
    expect(await page.inputValue('#from')).toBe('gb');
    await page.close();
  });

  it('Ireland (a Budapest signatory) → United States: Budapest is not a legal basis, and says why', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/?from=ie&to=us&measure=subscriber-information`);
    await page.waitForSelector('#route-summary');
    expect(await page.$$eval('section[aria-labelledby="route-legal-basis"] > ul a', (as) => as.map((a) => a.textContent))).not.toContain('Budapest Convention');
    await page.click('section[aria-labelledby="route-legal-basis"] details summary');
    expect(await page.textContent('section[aria-labelledby="route-legal-basis"] details')).toMatch(/Budapest Convention: Ireland: signed but not ratified/);
    await page.close();
  });
});
