/**
 * Measurements in Debian's Chromium, driven by playwright-core: what a page costs to load
 * (every response, gzipped as a server would send it), and what search costs (bytes for a
 * first query, latency of later queries) through Pagefind's own JS API.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { wireBytes, type PagefindSize } from './files.ts';
import { median, percentile } from './stats.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search.ts';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export type AssetKind = 'html' | 'css' | 'js' | 'other';

export function assetKind(contentType: string, url: string): AssetKind {
  if (/text\/html/.test(contentType)) return 'html';
  if (/text\/css/.test(contentType)) return 'css';
  if (/javascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

export interface Transfer {
  url: string;
  kind: AssetKind;
  /** Bytes as a gzipping server sends them. */
  bytes: number;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: Transfer[];
  /** The service worker's script and what it precaches for offline use, fetched after the page loads. */
  serviceWorker: { bytes: number; requests: Transfer[] };
}

export function summarise(path: string, transfers: Transfer[], serviceWorker: Transfer[] = []): PageWeight {
  const sum = (kind: AssetKind) => transfers.filter((t) => t.kind === kind).reduce((s, t) => s + t.bytes, 0);
  const weight = { html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other') };
  return {
    path,
    ...weight,
    total: weight.html + weight.css + weight.js + weight.other,
    requests: transfers,
    serviceWorker: { bytes: serviceWorker.reduce((s, t) => s + t.bytes, 0), requests: serviceWorker },
  };
}

/**
 * Records what crosses the network, once per transfer: responses to the page that did not
 * come from its service worker, and separately the service worker's own fetches (its
 * script and its offline precache). Sizes are the server's gzipped content-length.
 */
class Recorder {
  readonly page: Transfer[] = [];
  readonly serviceWorker: Transfer[] = [];
  private pending: Promise<void>[] = [];
  private inflight = 0;
  private lastActivity = performance.now();
  constructor(context: BrowserContext, origin: string) {
    context.on('request', () => {
      this.inflight++;
      this.lastActivity = performance.now();
    });
    const done = () => {
      this.inflight = Math.max(0, this.inflight - 1);
      this.lastActivity = performance.now();
    };
    context.on('requestfailed', done);
    context.on('requestfinished', done);
    context.on('response', (response: Response) => {
      if (!response.url().startsWith(origin) || response.fromServiceWorker()) return;
      this.pending.push(this.record(response, response.request().serviceWorker() ? this.serviceWorker : this.page));
    });
  }
  private async record(response: Response, into: Transfer[]): Promise<void> {
    const headers = response.headers();
    const type = headers['content-type'] ?? '';
    const url = response.url();
    // A HEAD response (the connectivity probes of boot.ts and search-ui.ts) carries the
    // length of a body it does not send: nothing of it crosses the network.
    if (response.request().method() === 'HEAD') {
      into.push({ url, kind: assetKind(type, url), bytes: 0 });
      return;
    }
    const length = Number(headers['content-length']);
    if (Number.isInteger(length) && length >= 0) {
      into.push({ url, kind: assetKind(type, url), bytes: length });
      return;
    }
    try {
      into.push({ url, kind: assetKind(type, url), bytes: wireBytes(await response.body(), type) });
    } catch {
      // redirects and aborted requests have no body
    }
  }
  /** Waits until no request has been in flight for `quietMs` (at most `maxMs`). */
  async settle(quietMs = 500, maxMs = 15_000): Promise<void> {
    const start = performance.now();
    while (performance.now() - start < maxMs) {
      if (this.inflight === 0 && performance.now() - this.lastActivity >= quietMs) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(this.pending);
    this.pending = [];
  }
  take(): { page: Transfer[]; serviceWorker: Transfer[] } {
    return { page: this.page.splice(0), serviceWorker: this.serviceWorker.splice(0) };
  }
}

async function freshPage(browser: Browser, origin: string, serviceWorkers: 'allow' | 'block'): Promise<{ context: BrowserContext; page: Page; recorder: Recorder }> {
  const context = await browser.newContext({ serviceWorkers });
  const recorder = new Recorder(context, origin);
  const page = await context.newPage();
  return { context, page, recorder };
}

/** Everything a first visit to `path` transfers, until the network is quiet (search not used). */
export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const { context, page, recorder } = await freshPage(browser, origin, 'allow');
  try {
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
    await recorder.settle(1000);
    const { page: transfers, serviceWorker } = recorder.take();
    return summarise(path, transfers, serviceWorker);
  } finally {
    await context.close();
  }
}

export interface SearchMetrics {
  index: PagefindSize;
  /** Bytes fetched to load Pagefind and answer the first query, with the data of its first results. */
  firstQueryBytes: number;
  firstQueryRequests: Transfer[];
  firstQuery: string;
  firstQueryResults: number;
  /** Same, typed into the site's own search field (the UI code included), when the page has one. */
  uiFirstQueryBytes: number | null;
  /** Over `queries` different queries after the index is loaded. */
  medianMs: number;
  p95Ms: number;
  queries: number;
  /** Mean number of results per timed query (0 would mean the queries found nothing). */
  meanResults: number;
}

const RESULTS_LOADED_ON_FIRST_QUERY = 5;

/**
 * Pagefind measured through its JS API on `startPath`: a fresh page, then import, init,
 * the first query and the data of its first results (that is what the first query costs);
 * then one timed `search` per remaining query. Service workers are blocked, so every byte
 * counted crossed the network once and none was precached earlier.
 */
export async function searchMetrics(
  browser: Browser,
  origin: string,
  index: PagefindSize,
  queries: string[],
  options: { startPath: string; uiPath?: string },
): Promise<SearchMetrics> {
  if (queries.length < 2) throw new Error('search metrics need a first query and at least one timed query');
  const [first, ...timed] = queries as [string, ...string[]];
  const { context, page, recorder } = await freshPage(browser, origin, 'block');
  try {
    await page.goto(origin + options.startPath, { waitUntil: 'load' });
    await recorder.settle();
    recorder.take();
    const firstResults = await page.evaluate(
      async ({ query, load, options }) => {
        const pf = (await import('/pagefind/pagefind.js' as string)) as {
          options(o: Record<string, unknown>): Promise<void>;
          init(): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        };
        await pf.options(options);
        await pf.init();
        const response = await pf.search(query);
        await Promise.all(response.results.slice(0, load).map((r) => r.data()));
        (globalThis as unknown as { __pf: typeof pf }).__pf = pf;
        return response.results.length;
      },
      { query: first, load: RESULTS_LOADED_ON_FIRST_QUERY, options: PAGEFIND_OPTIONS },
    );
    await recorder.settle(300);
    const firstTransfers = recorder.take().page;
    const timings = await page.evaluate(async (list) => {
      const pf = (globalThis as unknown as { __pf: { search(q: string): Promise<{ results: unknown[] }> } }).__pf;
      const out: { ms: number; results: number }[] = [];
      for (const q of list) {
        const t0 = performance.now();
        const response = await pf.search(q);
        out.push({ ms: performance.now() - t0, results: response.results.length });
      }
      return out;
    }, timed);
    const uiFirstQueryBytes = options.uiPath ? await uiFirstQuery(browser, origin, options.uiPath, first) : null;
    const times = timings.map((t) => t.ms);
    return {
      index,
      firstQueryBytes: firstTransfers.reduce((s, t) => s + t.bytes, 0),
      firstQueryRequests: firstTransfers,
      firstQuery: first,
      firstQueryResults: firstResults,
      uiFirstQueryBytes,
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      queries: times.length,
      meanResults: timings.reduce((s, t) => s + t.results, 0) / timings.length,
    };
  } finally {
    await context.close();
  }
}

/** Types `query` into the first visible search field of `path` and counts what that fetches; null without a field. */
async function uiFirstQuery(browser: Browser, origin: string, path: string, query: string): Promise<number | null> {
  const { context, page, recorder } = await freshPage(browser, origin, 'block');
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await recorder.settle();
    recorder.take();
    const field = page.locator('input[type="search"]:visible').first();
    if ((await field.count()) === 0) return null;
    await field.click();
    await field.pressSequentially(query, { delay: 30 });
    // The field waits for a pause in typing before it searches: wait for its answer, then for the network.
    await page.waitForFunction(() => {
      const panel = document.getElementById('header-search-panel');
      return panel !== null && !panel.hidden;
    }, null, { timeout: 15_000 });
    await recorder.settle(800);
    return recorder.take().page.reduce((s, t) => s + t.bytes, 0);
  } finally {
    await context.close();
  }
}

/** Up to `count` distinct queries: each name and domain word alone, then each with a domain word added. */
export function searchQueries(names: readonly string[], count: number): string[] {
  const words = ['preservation', 'subscriber', 'central authority', 'dual criminality', 'urgent', 'translation', 'bank records', 'refusal', 'treaty', 'witness', 'email', 'convention'];
  const base = [...new Set([...names.map((n) => n.trim().toLowerCase()).filter(Boolean), ...words])];
  const out = new Set<string>(base.slice(0, count));
  for (const word of words) {
    for (const b of base) {
      if (out.size >= count) return [...out];
      if (b !== word) out.add(`${b} ${word}`);
    }
  }
  return [...out];
}
