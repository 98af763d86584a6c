/** In Chromium, an in-page anchor brings its section into view; no request leaves the origin. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds } from '../helpers/dist.ts';

const code = contentIds('countries').includes('ie') ? 'ie' : contentIds('countries')[0]!;

describe.skipIf(!browserAvailable)('country page in Chromium', () => {
  const site = withSiteInBrowser();

  it('following the at-a-glance link to Safeguards scrolls that section into view, without leaving the origin', async () => {
    const context = await site.browser().newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(site.server().url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await page.goto(`${site.server().url}/countries/${code}/`, { waitUntil: 'networkidle' });
    const target = page.locator('#safeguards');
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(700);
    await page.locator('.glance a[href="#safeguards"]').first().click();
    await page.waitForFunction(() => location.hash === '#safeguards');
    await page.waitForFunction(() => {
      const r = document.getElementById('safeguards')!.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(700);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/countries/${code}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
