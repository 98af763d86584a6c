/**
 * Issue 22 in Chromium: draft Germany → Ireland, subscriber information, from the real content.
 * The addressee, the legal bases and Ireland's requirements appear; the .docx export, read
 * back with mammoth, contains them; the network log shows nothing but the page's own assets
 * (and, at the first Word export, the site's own .docx chunk); a reload shows an empty draft
 * unless the user chose to keep it; keyboard, screen-reader (axe) and 320 px use work; the
 * page prints the letter only; offline it works like the rest of the site.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds } from '../helpers/dist.ts';

const haveRealContent = ['de', 'ie'].every((c) => contentIds('countries').includes(c));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DRAFT = '/draft/?from=de&to=ie&measure=subscriber-information';

/** Every request the page makes, from the moment the log is (re)started. */
function requestLog(page: Page) {
  let log: Request[] = [];
  page.on('request', (r) => log.push(r));
  return {
    take: () => {
      const out = log;
      log = [];
      return out;
    },
  };
}

async function open(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) errors.push(m.text());
  });
  const log = requestLog(page);
  await page.goto(url);
  await page.waitForSelector('#draft-heading');
  await page.waitForLoadState('networkidle');
  return { page, errors, log };
}

async function readDocx(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(download.suggestedFilename()).toBe('letter-of-request-de-ie-subscriber-information.docx');
  const path = await download.path();
  return (await mammoth.extractRawText({ path })).value;
}

const value = (page: Page, id: string) => page.inputValue(`#${id}`);

describe.skipIf(!browserAvailable || !haveRealContent)('draft assistant in Chromium', () => {
  const site = withSiteInBrowser();

  it('DE → IE subscriber information: addressee, legal basis and requirements in the page and the .docx; no request while drafting', async () => {
    const origin = site.server().url;
    const context = await site.browser().newContext({ acceptDownloads: true });
    // Everything the context fetches, the offline worker's background caching included: same origin only.
    const all: string[] = [];
    context.on('request', (r) => all.push(r.url()));
    const { page, errors, log } = await open(context, `${origin}${DRAFT}`);

    // Loading: the page, its assets and the site's own data, nothing else.
    const loading = log.take().map((r) => r.url());
    expect(loading.every((u) => u.startsWith(`${origin}/`))).toBe(true);
    expect(loading).toContain(`${origin}/api/countries/ie.json`);
    expect(loading).toContain(`${origin}/route/instruments.json`);
    expect(loading.some((u) => /\/_astro\/draft-docx\./.test(u))).toBe(false);

    // The addressee, the legal bases (confirmed and possible) and Ireland's requirements.
    expect(await value(page, 'draft-f-addressee')).toMatch(/^The Central Authority for Mutual Assistance\n51 St\. Stephen's Green/);
    const legal = (await page.textContent('#draft-s-legal-basis')) ?? '';
    expect(legal).toContain('European Convention on Mutual Assistance in Criminal Matters');
    expect(legal).toMatch(/Possible: check the depositary/);
    expect(await page.textContent('#draft-s-general')).toMatch(/confirmation that the request rests on a valid international instrument/);
    expect(await page.textContent('#draft-s-language')).toMatch(/Ireland accepts: Irish, English.*certificate that the translation is complete and accurate/s);

    // Drafting, with the keyboard: nothing is requested.
    await page.click('#draft-f-authority');
    await page.keyboard.type('Staatsanwaltschaft Berlin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Elßholzstraße 30, 10781 Berlin');
    await page.fill('#draft-f-contactName', 'A. Prosecutor');
    await page.fill('#draft-f-subscriber-information-identifiers', '203.0.113.7:443, 2026-11-02 10:15:00');
    await page.fill('#draft-f-subscriber-information-timeZone', 'UTC');
    await page.focus('#draft-b-ecmacm-1959');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#draft-b-ecmacm-1959')).toBe(true);
    await page.fill('#draft-f-requestLanguage', 'German');
    await page.waitForFunction(() => /Staatsanwaltschaft Berlin/.test(document.getElementById('draft-letter')?.textContent ?? ''));
    expect(await page.textContent('#draft-warnings')).toMatch(/Ireland accepts Irish, English; the request is in German and no translation into one of those languages is attached/);

    // A warning link takes the focus to the field that fixes it.
    await page.click('#draft-warnings a[data-target="draft-f-contactEmail"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-f-contactEmail');
    expect(log.take()).toEqual([]);

    // Export: Word (read back with mammoth) and text. The only requests allowed are the
    // site's own script chunks (the .docx writer, loaded on the first Word export) and the
    // blob: URL the page itself makes for the download.
    const docx = await readDocx(page, () => page.click('#draft-docx'));
    for (const text of [
      'Request for mutual legal assistance in criminal matters',
      'Staatsanwaltschaft Berlin',
      'The Central Authority for Mutual Assistance',
      "51 St. Stephen's Green",
      'European Convention on Mutual Assistance in Criminal Matters',
      'The Central Authority asks for confirmation that the request rests on a valid international instrument that covers the offence.',
      'Requests must be in writing and sent as original documents.',
      'A translated request must come with a certificate that the translation is complete and accurate.',
      'Accepted languages: Irish, English',
      '203.0.113.7:443, 2026-11-02 10:15:00',
    ]) {
      expect(docx, text).toContain(text);
    }
    const [text] = await Promise.all([page.waitForEvent('download'), page.click('#draft-text')]);
    const plain = readFileSync(await text.path(), 'utf8');
    expect(plain).toContain('3. ADDRESSEE');
    expect(plain).toContain('The Central Authority asks for confirmation that the request rests on a valid international instrument');
    const exporting = log.take();
    for (const r of exporting) {
      const url = r.url();
      const sameOriginChunk = r.method() === 'GET' && new URL(url).origin === origin && /^\/_astro\/[\w.-]+\.js$/.test(new URL(url).pathname);
      expect(sameOriginChunk || url.startsWith(`blob:${origin}/`), url).toBe(true);
    }
    expect(exporting.some((r) => /\/_astro\/draft-docx\.[\w-]+\.js$/.test(r.url()))).toBe(true);
    // A second export needs nothing new.
    await readDocx(page, () => page.click('#draft-docx'));
    expect(log.take().filter((r) => !r.url().startsWith('blob:'))).toEqual([]);

    // Printing shows the letter only.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#draft-letter')).toBe(true);
    for (const chrome of ['#draft-letter-form', '#draft-export', '#draft-form', '.site-header', '.site-footer', '#draft-preview-title']) expect(await page.isVisible(chrome), chrome).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Nothing was stored, and a reload shows an empty draft (the addressee again from the entry).
    const stored = async () => page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length }));
    expect(await stored()).toEqual({ local: 0, session: 0, idb: 0 });
    await page.reload();
    await page.waitForSelector('#draft-heading');
    expect(await value(page, 'draft-f-authority')).toBe('');
    expect(await page.isChecked('#draft-b-ecmacm-1959')).toBe(false);
    expect(await value(page, 'draft-f-addressee')).toMatch(/^The Central Authority for Mutual Assistance/);

    expect(all.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the draft only when asked; “Clear draft” removes it; a saved file reopens and a tampered one is refused', async () => {
    const origin = site.server().url;
    const context = await site.browser().newContext({ acceptDownloads: true });
    const { page, errors } = await open(context, `${origin}${DRAFT}`);
    await page.fill('#draft-f-authority', 'Staatsanwaltschaft Berlin');
    await page.check('#draft-keep');
    await page.fill('#draft-f-ourReference', '253 Js 1/26');
    await page.waitForFunction(() => /253 Js 1\/26/.test(localStorage.getItem('mlat-navigator-draft') ?? ''));
    await page.reload();
    await page.waitForSelector('#draft-heading');
    expect(await value(page, 'draft-f-authority')).toBe('Staatsanwaltschaft Berlin');
    expect(await value(page, 'draft-f-ourReference')).toBe('253 Js 1/26');
    expect(await page.isChecked('#draft-keep')).toBe(true);

    // Save as a file, clear, reopen the file.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#draft-save')]);
    expect(saved.suggestedFilename()).toBe('draft-de-ie-subscriber-information.json');
    const file = await saved.path();
    page.once('dialog', (d) => void d.accept());
    await page.click('#draft-clear');
    expect(await value(page, 'draft-f-authority')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-f-authority');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await page.waitForSelector('#draft-heading');
    expect(await value(page, 'draft-f-authority')).toBe('');
    expect(await page.isChecked('#draft-keep')).toBe(false);
    await page.setInputFiles('#draft-open', file);
    await page.waitForFunction(() => (document.getElementById('draft-f-authority') as HTMLInputElement | null)?.value === 'Staatsanwaltschaft Berlin');
    expect(await page.textContent('#draft-status')).toMatch(/Opened the draft saved on \d{4}-\d{2}-\d{2}/);
    // Opening a file keeps nothing on the device either.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    const tampered = join(mkdtempSync(join(tmpdir(), 'mlat-draft-')), 'tampered.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { draft: { answers: Record<string, unknown> } };
    data.draft.answers['urgent'] = 'yes';
    writeFileSync(tampered, JSON.stringify(data));
    await page.setInputFiles('#draft-open', tampered);
    await page.waitForFunction(() => (document.getElementById('draft-file-error')?.textContent ?? '') !== '');
    expect(await page.textContent('#draft-file-error')).toMatch(/draft\.answers\.urgent: expected true or false, found "yes"/);
    expect(await value(page, 'draft-f-authority')).toBe('Staatsanwaltschaft Berlin');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keyboard, axe and 320 px: the form starts from the keyboard, has no serious or critical violation, and does not scroll sideways', async () => {
    const origin = site.server().url;
    for (const scheme of ['light', 'dark'] as const) {
      const context = await site.browser().newContext({ colorScheme: scheme, viewport: { width: 320, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${origin}/draft/`);
      await page.selectOption('#draft-form-from', 'de');
      await page.selectOption('#draft-form-to', 'ie');
      await page.selectOption('#draft-form-measure', 'subscriber-information');
      await page.focus('#draft-form button[type="submit"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#draft-heading');
      await page.waitForFunction(() => document.activeElement?.id === 'draft-heading');
      expect(page.url()).toBe(`${origin}${DRAFT}`);
      // Tick a possible basis, so the warnings show every kind, then run axe over all of it.
      await page.check('#draft-b-untoc');
      await page.waitForFunction(() => /only possibly a basis/.test(document.getElementById('draft-warnings')?.textContent ?? ''));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })).violations;
      })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${scheme}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
      // Every field has a label, every section is a fieldset with a legend.
      const unlabelled = await page.$$eval('#draft-app input, #draft-app textarea', (els) => els.filter((e) => !(e as HTMLInputElement).labels?.length).map((e) => e.id));
      expect(unlabelled).toEqual([]);
      expect(await page.$$eval('#draft-letter-form > fieldset', (fs) => fs.every((f) => f.querySelector(':scope > legend')?.textContent?.trim()))).toBe(true);
      await context.close();
    }
  });

  it('offline, once the site is saved: the assistant loads its data and exports a .docx from the saved copy', async () => {
    const server = site.server();
    const context = await site.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/offline/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.click('#offline-download');
    await page.waitForFunction(() => /^Done/.test(document.getElementById('offline-status')?.textContent ?? ''), undefined, { timeout: 150_000 });
    await context.setOffline(true);
    await page.goto(`${server.url}${DRAFT}`);
    await page.waitForSelector('#draft-heading');
    expect(await value(page, 'draft-f-addressee')).toMatch(/Central Authority for Mutual Assistance/);
    const docx = await readDocx(page, () => page.click('#draft-docx'));
    expect(docx).toContain('The Central Authority asks for confirmation that the request rests on a valid international instrument');
    await context.close();
  }, 240_000);
});
