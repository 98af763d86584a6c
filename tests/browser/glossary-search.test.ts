/**
 * Search per language finds glossary terms by the words of the UN convention text in that
 * language: "правовая помощь" on /ru/search/ leads to the Russian glossary entry.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { ROOT, pageFile } from '../helpers/dist.ts';

const { ctx } = checkContent({ root: ROOT, ...(process.env['MLAT_CONTENT_DIR'] ? { contentDir: process.env['MLAT_CONTENT_DIR'] } : {}) });
const mla = ctx.valid.glossary.find((t) => t.file.id === 'mutual-legal-assistance')?.data.equivalents.find((e) => e.lang === 'ru');
const ready = mla !== undefined && existsSync(pageFile('/ru/search/'));

describe.skipIf(!browserAvailable || !ready)('glossary terms in the search of another language', () => {
  const site = withSiteInBrowser();

  it(`searching “правовая помощь” on /ru/search/ finds the glossary entry “${mla?.text}”`, async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/ru/search/?q=${encodeURIComponent('правовая помощь')}`);
    await page.waitForFunction(() => /результат/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.slice(0, 5).some((h) => h.startsWith('/ru/glossary/')), hrefs.join(' ')).toBe(true);
    await page.close();
  });
});
