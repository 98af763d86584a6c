/** The search island: Pagefind's JS API, loaded on first use, rendering accessible results. */
import { L, locale, t } from './i18n.ts';
import { PAGEFIND_OPTIONS, TYPING_PAUSE_MS, filtersFromParams, pagefindFilters, promoteExactNames, toRow, type PagefindResultData, type SearchFilters, type SearchRow } from '../lib/search.ts';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(q: string, o?: { filters?: Record<string, unknown> }, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    const build = document.querySelector<HTMLMetaElement>('meta[name="mlat-build-id"]')?.content;
    // A fixed cache tag lets the service worker keep Pagefind's metadata for offline use.
    await pf.options({ ...PAGEFIND_OPTIONS, ...(build ? { metaCacheTag: build } : {}) });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** Whether the service worker has saved the whole search index of this page's language on this device (it marks each when done). */
async function searchSaved(): Promise<boolean> {
  if (!('caches' in window)) return false;
  try {
    return Boolean(await caches.match(`/__mlat-search-complete/${locale()}`));
  } catch {
    return false;
  }
}

/** Whether the site answers over the network (navigator.onLine is not reliable): the worker lets this file through. */
async function reachable(): Promise<boolean> {
  try {
    return (await fetch('/offline-manifest.json', { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** "3 results for “x”." in the page's language. */
const resultCountText = (count: number, query: string, filtered: boolean) => t('search.ui.count', { count, query, hasQuery: query ? 'yes' : 'no', filtered: filtered ? 'yes' : 'no' });
const SEARCH_NOT_SAVED = 'search.ui.notSaved';
const SEARCH_UNAVAILABLE = 'search.ui.unavailable';

/**
 * Searches, and never reports "no results" for want of an index: offline without a saved
 * index (or when the index cannot be loaded at all) it says so instead.
 */
export async function searchOrExplain(query: string, filters: SearchFilters, limit: number): Promise<{ total: number; rows: SearchRow[]; problem: string | null }> {
  try {
    const found = await search(query, filters, limit);
    if (found.total === 0 && !(await searchSaved()) && !(await reachable())) return { ...found, problem: t(SEARCH_NOT_SAVED) };
    return { ...found, problem: null };
  } catch {
    pagefind = null;
    return { total: 0, rows: [], problem: t((await reachable()) ? SEARCH_UNAVAILABLE : SEARCH_NOT_SAVED) };
  }
}

export async function search(query: string, filters: SearchFilters, limit: number): Promise<{ total: number; rows: SearchRow[] }> {
  const pf = await loadPagefind();
  const hasFilters = Object.keys(filters).length > 0;
  if (!query && !hasFilters) return { total: 0, rows: [] };
  const response = await pf.search(query || null, { filters: pagefindFilters(filters) });
  // Load a few more than shown, so an exact name match ranked lower can be promoted.
  const data = await Promise.all(response.results.slice(0, Math.max(limit, 12)).map((r) => r.data()));
  const rows = promoteExactNames(data, query).slice(0, limit).map((d) => toRow(d, query));
  return { total: response.results.length, rows };
}

export function renderRows(list: HTMLOListElement, rows: SearchRow[]): void {
  list.replaceChildren(
    ...rows.map((row) => {
      const li = document.createElement('li');
      li.className = 'search-result';
      const a = document.createElement('a');
      a.href = row.url;
      a.textContent = row.section ? `${row.title}: ${row.section}` : row.title;
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [row.type, row.country && row.country !== row.title ? row.country : null, row.section, row.lastVerified ? t('search.ui.verified', { date: row.lastVerified }) : null]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      excerpt.innerHTML = row.excerptHtml; // escaped text with <mark> only (see safeExcerpt)
      const heading = document.createElement('h3');
      heading.append(a);
      li.append(heading, meta, excerpt);
      return li;
    }),
  );
}

/** Instant results under the header field; Enter still goes to the full search page. */
export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.id = 'header-search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'meta';
  const list = document.createElement('ol');
  list.className = 'search-results';
  const more = document.createElement('a');
  more.textContent = t('search.ui.more');
  panel.append(status, list, more);
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);
  let seq = 0;
  const update = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (!query) {
      panel.hidden = true;
      return;
    }
    const { total, rows, problem } = await searchOrExplain(query, {}, 6);
    if (mine !== seq) return;
    renderRows(list, rows);
    status.textContent = problem ?? resultCountText(total, query, false);
    more.href = L(`/search/?q=${encodeURIComponent(query)}`);
    panel.hidden = false;
  };
  // One query when typing pauses, not one per keystroke (each loads index chunks and result data).
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panel.hidden = true;
      input.blur();
    }
    if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  panel.addEventListener('keydown', (e) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i >= 0) {
      e.preventDefault();
      links[Math.min(i + 1, links.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      e.preventDefault();
      (i === 0 ? input : links[i - 1])?.focus();
    } else if (e.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  // This module arrives while the user may already be typing (it loads on focus or the first
  // keystroke): what is in the field waits for the same pause as any typing, so no query runs on
  // a half-typed word. Pagefind starts meanwhile, so the first answer does not wait for it.
  if (input.value) timer = setTimeout(() => void update(), TYPING_PAUSE_MS);
  loadPagefind().catch(() => {
    pagefind = null; // searchOrExplain tries again and explains a failure
  });
}

/** The /search/ page: query and filters in the URL, results announced in a live region. */
export function attachSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const initial = filtersFromParams(params);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = initial[box.name as keyof SearchFilters]?.includes(box.value) ?? false;
  }
  // The filters arrive closed, so that on a phone the first result is on the first screen and
  // nothing moves when the page loads; a wider screen, or a search that uses them, opens them.
  const facets = form.querySelector<HTMLDetailsElement>('details.search-filters');
  if (facets && (!matchMedia('(max-width: 48rem)').matches || Object.keys(initial).length > 0)) facets.open = true;
  let seq = 0;
  const run = async () => {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v) next.append(k, v);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    const query = (data.get('q') as string | null)?.trim() ?? '';
    const filters = filtersFromParams(next);
    const mine = ++seq;
    status.textContent = t('search.ui.searching');
    const { total, rows, problem } = await searchOrExplain(query, filters, 30);
    if (mine !== seq) return;
    renderRows(list, rows);
    status.textContent = problem ?? (!query && Object.keys(filters).length === 0 ? t('search.ui.empty') : resultCountText(total, query, Object.keys(filters).length > 0));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  // Nothing to search for yet: say so, and load the index only once the user types or filters
  // (a phone on a slow connection that opens the page does not pay for it up front).
  if (input.value.trim() || Object.keys(initial).length > 0) void run();
  else status.textContent = t('search.ui.empty');
}
