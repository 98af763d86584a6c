/**
 * Search helpers shared by the search island and its tests: pure functions over
 * Pagefind's result data. Nothing here touches the DOM or the network.
 */

export const SEARCH_FILTERS = ['type', 'region', 'instrument', 'measure'] as const;

/**
 * How the site starts Pagefind (the benchmark measures it the same way). No web worker: a query
 * takes well under a millisecond, and the worker script would add about 12 KB to the first query.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 26, noWorker: true } as const;

/** An element that only carries a page's metadata or filter values for the index (empty, invisible). */
const INDEX_ONLY_ELEMENT = /<span data-pagefind-(?:meta|filter)="[^"]*"><\/span>/g;
/** A start tag, its quoted attribute values read whole (so a ">" inside one does not end it). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s(?:"[^"]*"|'[^']*'|[^"'>])*)?>/g;
/** One attribute of a start tag, with its value if any. */
const ATTRIBUTE = /(\s+)([^\s"'=<>/]+)(=(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * A built page without the markup only Pagefind reads (data-pagefind-* attributes and the
 * empty metadata and filter elements), once the index is written: the index holds what they
 * said, and served pages are lighter by about 0.4 KB gzipped (a country page). Text and every
 * other attribute stay byte for byte.
 */
export function withoutIndexMarkup(html: string): string {
  if (!html.includes('data-pagefind-')) return html;
  return html
    .replace(INDEX_ONLY_ELEMENT, '')
    .replace(START_TAG, (tag) => (tag.includes('data-pagefind-') ? tag.replace(ATTRIBUTE, (attr, _ws, name: string) => (name.startsWith('data-pagefind-') ? '' : attr)) : tag));
}

/** A query runs when typing pauses this long, not on every keystroke. */
export const TYPING_PAUSE_MS = 150;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SearchRow {
  url: string;
  title: string;
  /** Section within the page, when the best match is a section. */
  section: string | null;
  type: string;
  country: string | null;
  lastVerified: string | null;
  /** Safe HTML: escaped text with <mark> only. */
  excerptHtml: string;
}

/** Said instead of "no results" when the index is not on this device and the network is off. */
export const SEARCH_NOT_SAVED = 'Search is not saved on this device, so it cannot search while offline. Browse the countries list instead, or save the whole site from "Use offline" when you are back online.';
export const SEARCH_UNAVAILABLE = 'Search could not be loaded. Try again, or browse the countries list.';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Pagefind excerpts are HTML with <mark> around matches. Keep the marks, escape
 * everything else, so an excerpt can never inject markup.
 */
export function safeExcerpt(html: string): string {
  const decoded = html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
  return decoded
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(part.replace(/<[^>]*>/g, ''))))
    .join('')
    .replace(/<mark>(?![\s\S]*?<\/mark>)/g, '');
}

export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}/-]+/u)
    .filter((t) => t.length > 1);
}

/**
 * The part of a page a result should open: a section whose heading names a query
 * term wins, then the section with the most matches; the page itself otherwise.
 */
export function bestSubResult(data: PagefindResultData, query: string): PagefindSubResult | null {
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#'));
  if (subs.length === 0) return null;
  const terms = queryTerms(query);
  const titleHits = (s: PagefindSubResult) => terms.filter((t) => s.title.toLowerCase().includes(t)).length;
  const ranked = subs
    .map((s, order) => ({ s, order, hits: titleHits(s), locations: s.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || b.locations - a.locations || a.order - b.order);
  const best = ranked[0]!;
  return best.hits > 0 || best.locations > 0 ? best.s : null;
}

/** The query is the entry's own name, code or alias, or the first words of its name: the result opens the page itself, not one of its sections. */
export function namesEntry(data: Pick<PagefindResultData, 'meta'>, query: string): boolean {
  const q = foldName(query);
  if (!q) return false;
  const names = [data.meta['title'], data.meta['country'], ...(data.meta['aliases'] ?? '').split(';')].filter((n): n is string => Boolean(n)).map(foldName);
  return names.some((n) => n === q || n.startsWith(`${q} `));
}

export function toRow(data: PagefindResultData, query: string): SearchRow {
  const sub = namesEntry(data, query) ? null : bestSubResult(data, query);
  const title = data.meta['title'] ?? data.url;
  return {
    url: sub?.url ?? data.url,
    title,
    section: sub && sub.title !== title ? sub.title : null,
    type: data.meta['type'] ?? 'page',
    country: data.meta['country'] ?? null,
    lastVerified: data.meta['lastVerified'] ?? null,
    excerptHtml: safeExcerpt(sub?.excerpt ?? data.excerpt),
  };
}

/** Filters from URL parameters: ?type=Country&region=Europe&region=Asia */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const filters: SearchFilters = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return filters;
}

/** Pagefind filter object: values of one filter are alternatives (any), filters combine (all). */
export function pagefindFilters(filters: SearchFilters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) if (values?.length) out[name] = { any: values };
  return out;
}

export function resultCountText(count: number, query: string, filtered: boolean): string {
  const what = query ? ` for “${query}”` : '';
  const f = filtered ? ' with the selected filters' : '';
  if (count === 0) return `No results${what}${f}.`;
  return `${count} result${count === 1 ? '' : 's'}${what}${f}.`;
}

/** Case, accents, apostrophes and spacing do not matter when a name is typed: "Ministerio da Justica" is "Ministério da Justiça". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names people type are exact: "UK" means the United Kingdom, not Ukraine (which
 * Pagefind's prefix matching ranks first), and "Bundesamt für Justiz" means Germany.
 * Entries whose name, code, alias or central authority equals the whole query move to the
 * top; then those with another authority of that name; then those with an authority whose
 * name starts with the query (at least two words). Each group keeps its original order,
 * and so do the rest.
 */
export function promoteExactNames<T extends { meta: Record<string, string | undefined> }>(results: T[], query: string): T[] {
  const q = foldName(query);
  if (!q) return results;
  const list = (v: string | undefined) => (v ?? '').split(';').map(foldName).filter(Boolean);
  const names = (r: T) => [r.meta['title'], r.meta['country']].filter((n): n is string => Boolean(n)).map(foldName).concat(list(r.meta['aliases']));
  const all = (r: T) => [...list(r.meta['centralAuthority']), ...list(r.meta['authorities'])];
  const tiers = [
    (r: T) => names(r).includes(q) || list(r.meta['centralAuthority']).includes(q),
    (r: T) => list(r.meta['authorities']).includes(q),
    // "Budapest" → "Budapest Convention", before the protocols that mention it.
    (r: T) => names(r).some((n) => n.startsWith(`${q} `)),
    (r: T) => q.includes(' ') && all(r).some((a) => a.startsWith(`${q} `) || a.startsWith(`${q},`)),
  ];
  // Within the prefix tier, the shortest name is the closest match ("Budapest Convention" before "Budapest Convention, Second Protocol").
  const shortest = (r: T) => Math.min(...names(r).filter((n) => n.startsWith(`${q} `)).map((n) => n.length), Infinity);
  const placed = new Set<T>();
  const out: T[] = [];
  tiers.forEach((tier, i) => {
    const hits = results.filter((r) => !placed.has(r) && tier(r));
    if (i === 2) hits.sort((a, b) => shortest(a) - shortest(b));
    for (const r of hits) (placed.add(r), out.push(r));
  });
  return [...out, ...results.filter((r) => !placed.has(r))];
}
