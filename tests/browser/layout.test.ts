/**
 * Phones and desktops: no page scrolls sideways at 320, 390 or 1280 px; on a 390×844
 * phone the answer comes first (a country's At a glance starts within the first screen,
 * the route's result heading takes focus and its addressee is in view); contact details
 * are links wherever they can be dialled or written to.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { existsSync } from 'node:fs';
import { contentIds, pageFile } from '../helpers/dist.ts';

const haveRealContent = ['de', 'ie', 'us'].every((c) => contentIds('countries').includes(c));
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const TRANSLATED = ['/ar/countries/ie/', '/ru/countries/de/', '/fr/', '/zh/route/?from=cn&to=de&measure=bank-records', '/ar/compare/', '/es/instruments/budapest/'];
const PAGES = [
  ...['/', '/countries/ie/', '/countries/de/', '/countries/', '/route/?from=de&to=ie&measure=subscriber-information', '/search/?q=ireland', '/compare/', '/instruments/budapest/', '/coverage/'],
  // A sample of the other languages: longer words (Russian), right to left (Arabic), CJK (Chinese).
  ...TRANSLATED.filter((p) => existsSync(pageFile(p.split('?')[0]!))),
];

async function settle(page: Page, path: string): Promise<void> {
  if (/^(\/[a-z]{2})?\/route\/\?/.test(path)) await page.waitForSelector('#route-summary');
  if (path.startsWith('/search/?')) await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
}

describe.skipIf(!browserAvailable || !haveRealContent)('layout on phones and desktops', () => {
  const site = withSiteInBrowser();

  it.each(VIEWPORTS)('nothing scrolls sideways at $width×$height', async (viewport) => {
    const page = await site.browser().newPage({ viewport });
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.server().url}${path}`);
      await settle(page, path);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        if (root.scrollWidth <= root.clientWidth + 1) return null;
        // Name the widest element, to say what to fix.
        let widest = '';
        let right = root.clientWidth;
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > right + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('.table-wrap')) {
            right = r.right;
            widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          }
        }
        return `${root.scrollWidth}px (${widest || 'unknown'})`;
      });
      if (overflow) wide.push(`${path}: ${overflow}`);
    }
    await page.close();
    expect(wide).toEqual([]);
  }, 240_000);

  it('on a 390×844 phone, a country page’s At a glance starts within the first screen', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    for (const code of ['de', 'ie', 'us']) {
      await page.goto(`${site.server().url}/countries/${code}/`);
      const top = await page.evaluate(() => document.getElementById('at-a-glance')!.getBoundingClientRect().top + window.scrollY);
      expect(top, code).toBeLessThan(844);
    }
    await page.close();
  });

  it('on a phone, the route result takes focus and its addressee is in view, with tappable contacts', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server().url}/route/`);
    await page.selectOption('#route-form-from', 'de');
    await page.selectOption('#route-form-to', 'ie');
    await page.selectOption('#route-form-measure', 'subscriber-information');
    await page.click('#route-form button[type="submit"]');
    await page.waitForSelector('#route-summary');
    await page.waitForFunction(() => document.activeElement?.id === 'route-summary');
    // Scrolling may be smooth: wait until it settles with the addressee on screen.
    await page.waitForFunction(() => {
      const top = document.querySelector('section[aria-labelledby="route-addressee"]')!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight;
    }, undefined, { timeout: 5_000 });
    expect(await page.$$eval('section[aria-labelledby="route-addressee"] a[href^="mailto:"]', (a) => a.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('search: on a phone the filters wait behind their toggle and the first result is on the first screen; on a desktop they are open', async () => {
    const phone = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${site.server().url}/search/?q=ireland`);
    await settle(phone, '/search/?q=ireland');
    expect(await phone.$eval('details.search-filters', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    const top = await phone.evaluate(() => document.querySelector('#search-results li')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    await phone.close();
    const desk = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(`${site.server().url}/search/?q=ireland`);
    await settle(desk, '/search/?q=ireland');
    expect(await desk.$eval('details.search-filters', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await desk.close();
  });

  it('a country page links every email and every phone number printed in international form', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/countries/ie/`);
    const unlinked = await page.$$eval('.contact-value', (els) =>
      els.filter((el) => el.tagName !== 'A' && (/@/.test(el.textContent ?? '') || /^\s*(\+|00)\d[\d\s]+$/.test(el.textContent ?? ''))).map((el) => el.textContent),
    );
    expect(unlinked).toEqual([]);
    expect(await page.$$eval('#at-a-glance ~ * a[href^="tel:"], .glance a[href^="tel:"]', (a) => a.length)).toBeGreaterThan(0);
    await page.close();
  });
});
