/** No request to another origin; every page carries a CSP without unsafe-inline for scripts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { metaCsp } from '../../src/lib/csp.ts';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { DIST, htmlPages, pageFile, requireDist } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { templatePages } from '../helpers/templates.ts';

beforeAll(requireDist);

/** The policy's directives, read independently of src/lib/csp.ts (the code under test). */
function directives(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;
/** What each directive may allow: an allowlist, so anything new must be argued for here. */
const ALLOWED: Record<string, (v: string) => boolean> = {
  'default-src': (v) => v === "'self'",
  'img-src': (v) => v === "'self'",
  'font-src': (v) => v === "'self'",
  'connect-src': (v) => v === "'self'",
  // Pagefind runs a web worker from a blob: URL.
  'worker-src': (v) => v === "'self'" || v === 'blob:',
  'manifest-src': (v) => v === "'self'",
  'object-src': (v) => v === "'none'",
  'base-uri': (v) => v === "'self'",
  'form-action': (v) => v === "'self'",
  // Pagefind's search index is WebAssembly; inline scripts are allowed by their hash only.
  'script-src': (v) => v === "'self'" || v === "'wasm-unsafe-eval'" || HASH.test(v),
  'style-src': (v) => v === "'self'" || HASH.test(v),
};

describe('Content-Security-Policy', () => {
  it('every page has a CSP meta tag whose every directive and source is on the allowlist', () => {
    const problems: string[] = [];
    for (const page of htmlPages()) {
      const csp = metaCsp(readFileSync(pageFile(page), 'utf8'));
      if (!csp) {
        problems.push(`${page}: no CSP`);
        continue;
      }
      const policy = directives(csp);
      for (const required of ['default-src', 'script-src', 'object-src', 'base-uri', 'form-action']) if (!policy.has(required)) problems.push(`${page}: no ${required}`);
      for (const [name, values] of policy) {
        const allowed = ALLOWED[name];
        if (!allowed) problems.push(`${page}: directive ${name} is not on the allowlist`);
        else for (const v of values) if (!allowed(v)) problems.push(`${page}: ${name} allows ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the _headers file carries a CSP header that allows every hash the pages use', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'))!;
    const header = directives(line.split(':').slice(1).join(':'));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const page of htmlPages()) {
      const meta = directives(metaCsp(readFileSync(pageFile(page), 'utf8'))!);
      for (const [name, values] of meta) for (const v of values) expect(header.get(name), `${name} ${v} (${page})`).toContain(v);
    }
  });
});

describe.skipIf(!browserAvailable)('no request leaves the origin', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every template page, and searching, routing, comparing, exporting a draft and saving the site, request only same-origin URLs with no CSP violation', async () => {
    const context = await browser.newContext();
    const foreign: string[] = [];
    const violations: string[] = [];
    context.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    const watch = (page: import('playwright-core').Page, label: string) =>
      page.on('console', (m) => {
        if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`${label}: ${m.text()}`);
      });
    for (const { path } of templatePages()) {
      const page = await context.newPage();
      watch(page, path);
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.close();
    }
    // The code paths that fetch: search (header and page), a route, a comparison, the draft's export, saving the site.
    const page = await context.newPage();
    watch(page, 'flows');
    await page.goto(`${server.url}/countries/ie/`);
    await page.keyboard.press('/');
    await page.keyboard.type('germany');
    await page.waitForSelector('#header-search-panel:not([hidden]) li');
    await page.goto(`${server.url}/search/?q=preservation&type=Country`);
    await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.goto(`${server.url}/route/?from=de&to=ie&measure=stored-content`);
    await page.waitForSelector('#route-summary');
    await page.goto(`${server.url}/compare/?c=ie,de,us`);
    await page.waitForFunction(() => (document.querySelector('#compare-result table')?.getAttribute('data-countries') ?? '').split(' ').length === 3);
    await page.goto(`${server.url}/draft/?from=de&to=ie&measure=subscriber-information`);
    await page.waitForFunction(() => /^Draft ready/.test(document.getElementById('draft-status')?.textContent ?? ''));
    const download = page.waitForEvent('download');
    await page.click('#draft-docx');
    await download;
    await page.goto(`${server.url}/offline/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.click('#offline-download');
    await page.waitForFunction(() => /^Done/.test(document.getElementById('offline-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    await context.close();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  }, 180_000);
});
