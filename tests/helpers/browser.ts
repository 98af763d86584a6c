/**
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded. Locally a
 * missing browser skips the browser tests with a message; in CI (CI=true) it is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
