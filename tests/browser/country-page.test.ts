/** Issue 2: in Chromium, an in-page anchor brings its section into view; no request leaves the origin. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { DIST, contentIds, requireDist } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const code = contentIds('countries').includes('ie') ? 'ie' : contentIds('countries')[0]!;

describe.skipIf(!browserAvailable)('country page in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    requireDist();
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('following the at-a-glance link to Safeguards scrolls that section into view, without leaving the origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await page.goto(`${server.url}/countries/${code}/`, { waitUntil: 'networkidle' });
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
    const page = await browser.newPage();
    await page.goto(`${server.url}/countries/${code}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
