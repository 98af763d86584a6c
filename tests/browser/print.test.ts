/**
 * Printing: a country page and a route print as a brief of at most two A4 pages, with the
 * central authority's email, the page's absolute URL and the print date (Chromium's PDF,
 * read back with Mozilla's pdf.js).
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { existsSync } from 'node:fs';
import { contentIds, pageFile } from '../helpers/dist.ts';
import { realContent } from '../helpers/publish.ts';

const { countries } = realContent();
const ie = countries.find((c) => c.code === 'ie');
const email = ie?.centralAuthority?.contacts.find((c) => c.type === 'email' && c.status === 'current')?.value;
const haveRealContent = contentIds('countries').includes('ie') && contentIds('countries').includes('de') && email !== undefined;

async function pdfText(page: Page): Promise<{ pages: number; text: string }> {
  const data = new Uint8Array(await page.pdf({ format: 'A4', printBackground: false }));
  const doc = await getDocument({ data, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: doc.numPages, text: parts.join('\n').replace(/\s+/g, ' ') };
}

describe.skipIf(!browserAvailable || !haveRealContent)('print brief (A4)', () => {
  const site = withSiteInBrowser();

  it('/countries/ie/ prints on at most two pages, with the email, the absolute URL and the print date', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/countries/ie/`);
    const { pages, text } = await pdfText(page);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(email!);
    expect(text).toMatch(/https?:\/\/\S+\/countries\/ie\//);
    expect(text).toMatch(/printed \d{4}-\d{2}-\d{2}/);
    // Internal links print no path in brackets.
    expect(text).not.toMatch(/\(\/countries\//);
    await page.close();
  });

  // One country page per other language: the interface is longer in some languages, the brief must still fit.
  it.each(['ar', 'zh', 'fr', 'ru', 'es'].filter((l) => existsSync(pageFile(`/${l}/countries/ie/`))))('/%s/countries/ie/ prints on at most two pages, with the email and its absolute URL', async (lang) => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/${lang}/countries/ie/`);
    const { pages, text } = await pdfText(page);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(email!);
    expect(text).toMatch(new RegExp(`https?://\\S+/${lang}/countries/ie/`));
    await page.close();
  });

  it('the DE→IE subscriber-information route prints on at most two pages, with the addressee’s email and the absolute URL', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/route/?from=de&to=ie&measure=subscriber-information`);
    await page.waitForSelector('#route-summary');
    const { pages, text } = await pdfText(page);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(email!);
    expect(text).toMatch(/https?:\/\/\S+\/route\//);
    await page.close();
  });
});
