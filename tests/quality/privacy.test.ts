/** No request to another origin; every page carries a CSP without unsafe-inline for scripts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { metaCsp, parseCsp } from '../../src/lib/csp.ts';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { DIST, htmlPages, pageFile, requireDist } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { templatePages } from '../helpers/templates.ts';

beforeAll(requireDist);

describe('Content-Security-Policy', () => {
  it('every page has a CSP meta tag, same-origin only, without unsafe-inline or unsafe-eval for scripts', () => {
    const problems: string[] = [];
    for (const page of htmlPages()) {
      const csp = metaCsp(readFileSync(pageFile(page), 'utf8'));
      if (!csp) {
        problems.push(`${page}: no CSP`);
        continue;
      }
      const policy = parseCsp(csp);
      const script = policy.get('script-src') ?? policy.get('default-src') ?? [];
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'")) problems.push(`${page}: unsafe script-src`);
      if (!policy.get('default-src')?.includes("'self'")) problems.push(`${page}: default-src is not 'self'`);
      for (const [name, values] of policy) {
        for (const v of values) if (/^(https?:|\*|data:)/.test(v) && !(name === 'img-src' && v === 'data:')) problems.push(`${page}: ${name} allows ${v}`);
      }
      if (policy.get('object-src')?.[0] !== "'none'") problems.push(`${page}: object-src is not 'none'`);
    }
    expect(problems).toEqual([]);
  });

  it('the _headers file carries a CSP header that allows every hash the pages use', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'))!;
    const header = parseCsp(line.split(':').slice(1).join(':'));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const page of htmlPages()) {
      const meta = parseCsp(metaCsp(readFileSync(pageFile(page), 'utf8'))!);
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

  it('loading every template page requests only same-origin URLs and reports no CSP violation', async () => {
    const context = await browser.newContext();
    const foreign: string[] = [];
    const violations: string[] = [];
    context.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    for (const { path } of templatePages()) {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`${path}: ${m.text()}`);
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.close();
    }
    await context.close();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
});
