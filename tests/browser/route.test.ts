/** The route planner in a browser: choose two States and a measure; the result gives the addressee, the legal bases in three answers, the checklist; the URL reproduces it. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds } from '../helpers/dist.ts';

const haveRealContent = ['de', 'gb', 'ie', 'us'].every((c) => contentIds('countries').includes(c));

describe.skipIf(!browserAvailable || !haveRealContent)('route planner in Chromium', () => {
  const site = withSiteInBrowser();

  it('United Kingdom → United States, stored content: Budapest and the CLOUD Act agreement, OIA, checklist; reload reproduces it', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/`);
    await page.selectOption('#route-form-from', 'gb');
    await page.selectOption('#route-form-to', 'us');
    await page.selectOption('#route-form-measure', 'stored-content');
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
    expect(await page.inputValue('#route-form-from')).toBe('gb');
    await page.close();
  });

  it('Ireland (a Budapest signatory) → United States: Budapest is not a legal basis, and says why', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/?from=ie&to=us&measure=subscriber-information`);
    await page.waitForSelector('#route-summary');
    // The confirmed list is not empty (the 1959 Convention does not bind the US, but bilateral and UN instruments do), and Budapest is not in it.
    const confirmed = await page.$$eval('section[aria-labelledby="route-legal-basis"] > ul a', (as) => as.map((a) => a.textContent));
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed).not.toContain('Budapest Convention');
    await page.click('section[aria-labelledby="route-legal-basis"] details summary');
    expect(await page.textContent('section[aria-labelledby="route-legal-basis"] details')).toMatch(/Budapest Convention: Ireland: signed [^;]*, not ratified according to the source/);
    await page.close();
  });

  it('Germany → Ireland, stored content: e-Evidence orders are offered, and nothing unknown reads as "no"', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/?from=de&to=ie&measure=stored-content`);
    await page.waitForSelector('#route-summary');
    const text = (await page.textContent('#route-result')) ?? '';
    expect(text).toMatch(/EU e-Evidence orders \(European Production and Preservation Orders\): available/);
    // Every instrument the route calls "not a legal basis" has a reason that is a "no" in the sources, never an unknown.
    const notBases = await page.$$eval('section[aria-labelledby="route-legal-basis"] details li', (li) => li.map((l) => l.textContent ?? ''));
    for (const line of notBases) expect(line).not.toMatch(/partial list|not documented|unconfirmed|likely/);
    // Possible bases are offered as possible, each with its party list to check.
    const possible = await page.$$eval('section[aria-labelledby="route-legal-basis"] h3 + p.meta + ul > li', (li) => li.map((l) => l.textContent ?? ''));
    for (const line of possible) expect(line).toMatch(/Party list and depositary/);
    await page.close();
  });

  it('a measure the planner does not know is refused once, as an alert, and the form stays usable', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/?from=de&to=ie&measure=no-such-measure`);
    await page.waitForSelector('#route-refusal[role="alert"]');
    expect(await page.textContent('#route-refusal')).toMatch(/“no-such-measure” is not a measure the planner knows/);
    const body = (await page.textContent('main')) ?? '';
    expect(body.split('is not a measure the planner knows').length - 1).toBe(1);
    await page.selectOption('select[name="measure"]', 'stored-content');
    await page.click('#route-form button[type="submit"]');
    await page.waitForSelector('#route-summary');
    expect(await page.locator('#route-refusal').count()).toBe(0);
    await page.close();
  });
});
