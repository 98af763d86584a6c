/**
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded. Locally a
 * missing browser skips the browser tests with a message; in CI (CI=true) it is a failure.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { DIST, requireDist } from './dist.ts';
import { serve, type StaticServer } from './server.ts';

export const CHROMIUM = CHROMIUM_PATH;
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

export const browserAvailable = existsSync(CHROMIUM);
const inCI = process.env['CI'] === 'true' || process.env['CI'] === '1';

if (!browserAvailable && inCI) {
  throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install -y chromium).`);
}
if (!browserAvailable) {
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package).`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * For a describe block: Chromium and a static server of the built site, started before
 * its tests and stopped after them.
 */
export function withSiteInBrowser(root = DIST): { browser: () => Browser; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (root === DIST) requireDist();
    server = await serve(root);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, server: () => server! };
}
