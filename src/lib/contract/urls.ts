/**
 * Every page and file address of the site, in one place. Pages, islands, the API, the CSV,
 * the feed and the tests build their links here, so an address and its anchors can only
 * change in one file (and the anchor guard notices when they do). Pure, no dependencies:
 * the browser islands bundle it.
 */
import type { CountryAnchor } from './sections.ts';

/** A path with an optional fragment; the fragment is passed without '#'. */
const withAnchor = (path: string, anchor?: string | null) => (anchor ? `${path}#${anchor}` : path);

/** /countries/<code>/ or one of its contract anchors. */
export function countryUrl(code: string, anchor?: CountryAnchor | `measure-${string}` | null): string {
  return withAnchor(`/countries/${code}/`, anchor);
}

export const COUNTRIES_URL = '/countries/';

/** The anchor of a State's row on an instrument page. */
export const partyAnchor = (code: string): `party-${string}` => `party-${code}`;

export type InstrumentAnchor =
  | 'coverage'
  | 'channels'
  | 'safeguards'
  | 'notes'
  | 'parties'
  | 'signatories'
  | 'non-parties'
  | 'map'
  | 'facts'
  | 'fallbacks'
  | 'training'
  | 'sources'
  | `party-${string}`;

/** /instruments/<id>/ or one of its anchors. */
export function instrumentUrl(id: string, anchor?: InstrumentAnchor | null): string {
  return withAnchor(`/instruments/${id}/`, anchor);
}

export const INSTRUMENTS_URL = '/instruments/';

/** The world map image of an instrument. */
export const instrumentMapUrl = (id: string) => `/instruments/${id}/map.svg`;

/** /glossary/#<term>. */
export const termUrl = (id: string) => `/glossary/#${id}`;
export const GLOSSARY_URL = '/glossary/';

/** /modules/<slug>/ or one of its anchors. */
export const moduleUrl = (slug: string, anchor?: string | null) => withAnchor(`/modules/${slug}/`, anchor);
export const MODULES_URL = '/modules/';

/** A country's row on the coverage page. */
export const coverageUrl = (code?: string) => withAnchor('/coverage/', code);

export const apiCountryUrl = (code: string) => `/api/countries/${code}.json`;
export const apiInstrumentUrl = (id: string) => `/api/instruments/${id}.json`;
/** The citation of a country or instrument entry as a file (CSL-JSON for Zotero and Pandoc, BibTeX). */
export const citationFileUrl = (collection: 'countries' | 'instruments', id: string, format: 'csl.json' | 'bib') => `/cite/${collection}/${id}.${format}`;
/** What the route planner and the draft assistant load besides the requested State's record. */
export const ROUTE_DATA_URL = '/route/instruments.json';
export const API_COUNTRIES_URL = '/api/countries.json';
export const API_INSTRUMENTS_URL = '/api/instruments.json';
export const API_GLOSSARY_URL = '/api/glossary.json';
export const API_CSV_URL = '/api/countries.csv';

/** /route/?from=<code>&to=<code>&measure=<id>, with only the parameters given. */
export function routeUrl(params: { from?: string | undefined; to?: string | undefined; measure?: string | undefined } = {}, anchor?: string): string {
  const query = new URLSearchParams();
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (params.measure) query.set('measure', params.measure);
  const q = query.toString();
  return withAnchor(`/route/${q ? `?${q}` : ''}`, anchor);
}

/** /draft/ prefilled like a route. */
export function draftUrl(params: { from?: string | undefined; to?: string | undefined; measure?: string | undefined } = {}): string {
  return routeUrl(params).replace(/^\/route\//, '/draft/');
}

/** /compare/ for some States (?c=ie,us), or a one-field page /compare/<field>/. */
export const compareUrl = (codes: readonly string[] = []) => `/compare/${codes.length ? `?c=${codes.join(',')}` : ''}`;
export const compareFieldUrl = (slug: string) => `/compare/${slug}/`;

export const searchUrl = (query?: string) => `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
export const SAFEGUARDS_URL = '/safeguards/';
export const DATA_URL = '/data/';
export const OFFLINE_URL = '/offline/';
export const schemaUrl = (file: string) => `/schema/${file}`;

/**
 * An external URL as an href: parsed and serialised by the WHATWG URL parser, so characters
 * a stored address may carry raw ("{", "|", spaces) are percent-encoded and the link
 * opens the same address. Display the original; link to this.
 */
export function externalHref(raw: string): string {
  try {
    return new URL(raw).href;
  } catch {
    return raw;
  }
}

/**
 * The link a contact detail opens, or none: mailto: for an email, the page for a web
 * address, tel: for one phone number printed in international form (+ or 00). A string
 * that holds several numbers, or a number printed without its country code, is shown as
 * printed and never dialled: the portal does not complete a number.
 */
export function contactHref(type: string, value: string): string | undefined {
  const v = value.trim();
  if (type === 'email') return /^[^\s@]+@[^\s@]+$/.test(v) ? `mailto:${v}` : undefined;
  if (type === 'web' || type === 'online-service') return /^https?:\/\//i.test(v) ? externalHref(v) : undefined;
  if (type === 'phone') {
    const several = /[/,;]| or | - |\bext\b/i.test(v);
    if (several || !/^(\+|00)/.test(v)) return undefined;
    const digits = v.replace(/[^0-9]/g, '');
    return digits.length >= 7 ? `tel:${v.startsWith('+') ? '+' : ''}${digits}` : undefined;
  }
  return undefined;
}
