/**
 * Machine-readable records for /api/: the validated entries, with derived values.
 * Party status always comes from src/lib/parties.ts, so the API, the CSV and the
 * pages cannot disagree. Pure: the endpoints pass in the collections and the site URL.
 */
import { z } from 'astro/zod';
import { completeness } from './completeness.ts';
import { CHANNEL_PREFERENCE } from './labels.ts';
import { instrumentsOfState, stateStatus } from './parties.ts';
import type { Source } from './schema/common.ts';
import type { Country } from './schema/country.ts';
import type { GlossaryTerm } from './schema/glossary.ts';
import type { Instrument } from './schema/instrument.ts';
import {
  API_VERSION,
  type Comparison,
  type CountriesIndexFile,
  type CountryFile,
  type CountryIndexRow,
  type GlossaryFile,
  type InstrumentFile,
  type InstrumentIndexRow,
  type InstrumentsIndexFile,
  type InstrumentStatusItem,
  type Licence,
} from './schema/api.ts';

export { API_VERSION };

/**
 * The instruments whose party status is a column of the comparison CSV: the general
 * multilateral and regional MLA and cybercrime instruments, in a fixed order so the
 * columns never move. An id without an entry in content/instruments/ is left out.
 */
export const KEY_INSTRUMENTS = [
  'budapest',
  'budapest-second-protocol',
  'un-cybercrime',
  'untoc',
  'uncac',
  'ecmacm-1959',
  'ecmacm-protocol-2',
  'eu-mla-2000',
  'eu-eio',
  'iacmacm',
  'asean-mlat',
  'harare-scheme',
] as const;

/** Where the site lives and under what terms its content may be reused. */
export interface Publication {
  /** Base URL of the deployed site, e.g. https://mlat-navigator.org */
  baseUrl: string;
  licence: { name: string; url: string };
  siteName: string;
}

export function licenceOf(pub: Publication): Licence {
  return {
    name: pub.licence.name,
    url: pub.licence.url,
    attribution: `${pub.siteName} contributors. Cite the entry with its URL and version date, and the sources it cites.`,
  };
}

export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

export const countryPath = (code: string) => `/countries/${code}/`;
export const countryDataPath = (code: string) => `/api/countries/${code}.json`;
export const instrumentPath = (id: string) => `/instruments/${id}/`;
export const instrumentDataPath = (id: string) => `/api/instruments/${id}.json`;

const current = <T extends { status?: string }>(list: readonly T[]) => list.filter((x) => x.status !== 'historic');
const unique = <T>(list: readonly T[]) => [...new Set(list)];

/** The sources of `instrument` that `ids` cite, in the instrument's order. */
function citedSources(instrument: Instrument, ids: readonly string[] | undefined): Source[] {
  const wanted = new Set(ids ?? []);
  return instrument.sources.filter((s) => wanted.has(s.id));
}

export function instrumentStatusOf(country: Pick<Country, 'code'>, instruments: Instrument[], pub: Publication): InstrumentStatusItem[] {
  return instrumentsOfState(instruments, country.code).map(({ instrument, state }) => ({
    instrument: instrument.id,
    shortTitle: instrument.shortTitle,
    kind: instrument.kind,
    instrumentStatus: instrument.status,
    status: state.status,
    signed: state.record?.signed ?? null,
    ratified: state.record?.ratified ?? null,
    inForce: state.record?.inForce ?? null,
    asOf: state.nonPartyRecord?.asOf ?? null,
    note: state.record?.note ?? null,
    sources: citedSources(instrument, state.record?.cite ?? state.nonPartyRecord?.cite),
    url: absoluteUrl(instrumentPath(instrument.id), pub.baseUrl),
    data: absoluteUrl(instrumentDataPath(instrument.id), pub.baseUrl),
  }));
}

/** Names of the authorities documented as 24/7 points of contact, central authority first. */
function pointsOfContact247(country: Country): string[] {
  return [country.centralAuthority, ...country.otherAuthorities]
    .filter((a) => a?.roles.includes('24-7-point-of-contact'))
    .map((a) => a!.name);
}

/** The values compared across jurisdictions; the CSV writes exactly these. */
export function comparisonOf(country: Country, instruments: Instrument[]): Comparison {
  const channelTypes = new Set(current(country.channels).map((ch) => ch.type));
  const keyInstruments: Record<string, Comparison['keyInstruments'][string]> = {};
  for (const id of KEY_INSTRUMENTS) {
    const instrument = instruments.find((i) => i.id === id);
    if (instrument) keyInstruments[id] = stateStatus(instrument, country.code).status;
  }
  const grounds = current(country.safeguards.refusalGrounds).map((g) => g.ground);
  return {
    centralAuthority: country.centralAuthority?.name ?? null,
    languages: [...country.languages.accepted],
    channelTypes: CHANNEL_PREFERENCE.filter((t) => channelTypes.has(t)),
    electronicSubmission: channelTypes.has('online-service') || channelTypes.has('email') ? 'yes' : 'undocumented',
    preservationMaxDays: country.preservation.maxDays?.days ?? null,
    pointsOfContact247: pointsOfContact247(country),
    keyInstruments,
    refusalGrounds: unique(grounds),
    refusalGroundsDocumented: grounds.length > 0,
    dualCriminalityDocumented: current(country.safeguards.dualCriminality).length > 0,
    completenessPercent: Math.round(completeness(country).score * 100),
  };
}

/** /api/countries/<code>.json */
export function countryRecord(country: Country, instruments: Instrument[], pub: Publication): CountryFile {
  const score = completeness(country);
  return {
    apiVersion: API_VERSION,
    licence: licenceOf(pub),
    url: absoluteUrl(countryPath(country.code), pub.baseUrl),
    data: absoluteUrl(countryDataPath(country.code), pub.baseUrl),
    ...country,
    instrumentStatus: instrumentStatusOf(country, instruments, pub),
    completeness: {
      percent: Math.round(score.score * 100),
      documented: score.documented.map((f) => f.id),
      missing: score.missing.map((f) => f.id),
    },
    comparison: comparisonOf(country, instruments),
  };
}

/** One row of /api/countries.json. */
export function countryIndexRow(country: Country, instruments: Instrument[], pub: Publication): CountryIndexRow {
  return {
    code: country.code,
    name: country.name,
    region: country.region,
    centralAuthority: country.centralAuthority?.name ?? null,
    instruments: instrumentsOfState(instruments, country.code).map(({ instrument, state }) => ({ id: instrument.id, status: state.status })),
    lastVerified: country.lastVerified,
    url: absoluteUrl(countryPath(country.code), pub.baseUrl),
    data: absoluteUrl(countryDataPath(country.code), pub.baseUrl),
  };
}

/** /api/countries.json: every published country entry, in the order given (the site sorts by name). */
export function countriesIndex(countries: Country[], instruments: Instrument[], pub: Publication): CountriesIndexFile {
  const rows = countries.map((c) => countryIndexRow(c, instruments, pub));
  return { apiVersion: API_VERSION, licence: licenceOf(pub), count: rows.length, countries: rows };
}

/** /api/instruments/<id>.json */
export function instrumentRecord(instrument: Instrument, countries: Pick<Country, 'code' | 'name'>[], pub: Publication): InstrumentFile {
  return {
    apiVersion: API_VERSION,
    licence: licenceOf(pub),
    url: absoluteUrl(instrumentPath(instrument.id), pub.baseUrl),
    data: absoluteUrl(instrumentDataPath(instrument.id), pub.baseUrl),
    ...instrument,
    countryStatus: countries.map((c) => ({
      code: c.code,
      name: c.name,
      status: stateStatus(instrument, c.code).status,
      url: absoluteUrl(countryPath(c.code), pub.baseUrl),
      data: absoluteUrl(countryDataPath(c.code), pub.baseUrl),
    })),
  };
}

export function instrumentIndexRow(instrument: Instrument, pub: Publication): InstrumentIndexRow {
  return {
    id: instrument.id,
    title: instrument.title,
    shortTitle: instrument.shortTitle,
    kind: instrument.kind,
    status: instrument.status,
    inForce: instrument.inForce ?? null,
    partyList: instrument.partyList,
    parties: instrument.parties.map((p) => p.code),
    signatories: instrument.signatories.map((p) => p.code),
    url: absoluteUrl(instrumentPath(instrument.id), pub.baseUrl),
    data: absoluteUrl(instrumentDataPath(instrument.id), pub.baseUrl),
  };
}

/** /api/instruments.json */
export function instrumentsIndex(instruments: Instrument[], pub: Publication): InstrumentsIndexFile {
  const rows = instruments.map((i) => instrumentIndexRow(i, pub));
  return { apiVersion: API_VERSION, licence: licenceOf(pub), count: rows.length, instruments: rows };
}

/** /api/glossary.json */
export function glossaryIndex(terms: { id: string; data: GlossaryTerm; body?: string | undefined }[], pub: Publication): GlossaryFile {
  const rows = terms.map((t) => ({ id: t.id, ...t.data, body: t.body ?? '', url: absoluteUrl(`/glossary/#${t.id}`, pub.baseUrl) }));
  return { apiVersion: API_VERSION, licence: licenceOf(pub), count: rows.length, terms: rows };
}

/** Serialises an API file after checking it against its schema, so a shape drift fails the build. */
export function apiJson(schema: z.ZodType, value: unknown, what: string): string {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} does not match its API schema:\n${z.prettifyError(result.error)}`);
  return `${JSON.stringify(value, null, 2)}\n`;
}
