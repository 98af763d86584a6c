/**
 * Machine-readable records for /api/: the validated entries, with derived values.
 * Party status always comes from src/lib/parties.ts, so the API, the CSV and the
 * pages cannot disagree. Pure: the endpoints pass in the collections and the site URL.
 */
import { firstAnswers } from '../country/answers.ts';
import { z } from 'astro/zod';
import { completeness } from '../country/completeness.ts';
import { channelTypes, contactSourcesAge, current, electronicSubmission, pointsOfContact247, refusalGrounds } from '../country/derive.ts';
import { apiCountryUrl, apiInstrumentUrl, countryUrl, instrumentUrl, termUrl } from '../contract/urls.ts';
import { instrumentsOfState, stateBound, type PartyContext } from '../parties.ts';
import type { Source } from '../schema/common.ts';
import type { Country } from '../schema/country.ts';
import type { GlossaryTerm } from '../schema/glossary.ts';
import type { Instrument } from '../schema/instrument.ts';
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
} from '../schema/api.ts';

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

/** What every published record is derived with: where the site lives, the groups, and the date statuses are computed for. */
export interface PublishContext {
  pub: Publication;
  parties: PartyContext;
  /** The build date (YYYY-MM-DD): "in force on", "member on". */
  date: string;
}

/** The sources of `instrument` that `ids` cite, in the instrument's order. */
function citedSources(instrument: Instrument, ids: readonly string[] | undefined): Source[] {
  const wanted = new Set(ids ?? []);
  return instrument.sources.filter((s) => wanted.has(s.id));
}

export function instrumentStatusOf(country: Pick<Country, 'code'>, instruments: Instrument[], ctx: PublishContext): InstrumentStatusItem[] {
  return instrumentsOfState(instruments, country.code, ctx.parties, ctx.date).map(({ instrument, standing: s, verdict }) => ({
    instrument: instrument.id,
    shortTitle: instrument.shortTitle,
    kind: instrument.kind,
    instrumentStatus: instrument.status,
    status: s.status,
    bound: verdict.answer,
    boundReason: verdict.reason,
    likely: verdict.likely === true,
    group: s.groupId ?? null,
    signed: s.record?.signed ?? null,
    ratified: s.record?.ratified ?? null,
    inForce: s.record?.inForce ?? (s.status === 'member' ? (verdict.since ?? null) : null),
    asOf: s.nonPartyRecord?.asOf ?? s.unconfirmedRecord?.asOf ?? null,
    note: s.record?.note ?? s.unconfirmedRecord?.note ?? s.rule?.text ?? null,
    sources: citedSources(instrument, s.record?.cite ?? s.nonPartyRecord?.cite ?? s.unconfirmedRecord?.cite ?? s.rule?.cite),
    url: absoluteUrl(instrumentUrl(instrument.id), ctx.pub.baseUrl),
    data: absoluteUrl(apiInstrumentUrl(instrument.id), ctx.pub.baseUrl),
  }));
}

/** The values compared across jurisdictions; the CSV writes exactly these. */
export function comparisonOf(country: Country, instruments: Instrument[], ctx: PublishContext): Comparison {
  const keyInstruments: Record<string, Comparison['keyInstruments'][string]> = {};
  for (const id of KEY_INSTRUMENTS) {
    const instrument = instruments.find((i) => i.id === id);
    if (!instrument) continue;
    const v = stateBound(instrument, country.code, ctx.parties, ctx.date);
    keyInstruments[id] = { status: v.standing.status, bound: v.answer };
  }
  const grounds = refusalGrounds(country);
  const contacts = contactSourcesAge(country);
  return {
    centralAuthority: country.centralAuthority?.name ?? null,
    languages: [...country.languages.accepted],
    channelTypes: channelTypes(country),
    electronicSubmission: electronicSubmission(country),
    preservationMaxDays: country.preservation.maxDays?.days ?? null,
    pointsOfContact247: pointsOfContact247(country).map((a) => a.name),
    keyInstruments,
    refusalGrounds: grounds,
    refusalGroundsDocumented: grounds.length > 0,
    dualCriminalityDocumented: current(country.safeguards.dualCriminality).length > 0,
    contactsNewestSource: contacts.newest,
    completenessPercent: Math.round(completeness(country).score * 100),
  };
}

/** /api/countries/<code>.json */
export function countryRecord(country: Country, instruments: Instrument[], ctx: PublishContext): CountryFile {
  const score = completeness(country);
  const budapest = instruments.find((i) => i.id === 'budapest');
  return {
    apiVersion: API_VERSION,
    licence: licenceOf(ctx.pub),
    url: absoluteUrl(countryUrl(country.code), ctx.pub.baseUrl),
    data: absoluteUrl(apiCountryUrl(country.code), ctx.pub.baseUrl),
    ...country,
    instrumentStatus: instrumentStatusOf(country, instruments, ctx),
    completeness: {
      percent: Math.round(score.score * 100),
      documented: score.documented.map((f) => f.id),
      missing: score.missing.map((f) => f.id),
      firstAnswers: firstAnswers(country, { budapest: budapest ? stateBound(budapest, country.code, ctx.parties, ctx.date).answer : null }),
    },
    comparison: comparisonOf(country, instruments, ctx),
  };
}

/** One row of /api/countries.json. */
export function countryIndexRow(country: Country, instruments: Instrument[], ctx: PublishContext): CountryIndexRow {
  return {
    code: country.code,
    name: country.name,
    region: country.region,
    centralAuthority: country.centralAuthority?.name ?? null,
    instruments: instrumentsOfState(instruments, country.code, ctx.parties, ctx.date).map(({ instrument, standing: s, verdict }) => ({ id: instrument.id, status: s.status, bound: verdict.answer })),
    lastVerified: country.lastVerified,
    url: absoluteUrl(countryUrl(country.code), ctx.pub.baseUrl),
    data: absoluteUrl(apiCountryUrl(country.code), ctx.pub.baseUrl),
  };
}

/** /api/countries.json: every published country entry, in the order given (the site sorts by name). */
export function countriesIndex(countries: Country[], instruments: Instrument[], ctx: PublishContext): CountriesIndexFile {
  const rows = countries.map((c) => countryIndexRow(c, instruments, ctx));
  return { apiVersion: API_VERSION, licence: licenceOf(ctx.pub), count: rows.length, countries: rows };
}

/** /api/instruments/<id>.json */
export function instrumentRecord(instrument: Instrument, countries: Pick<Country, 'code' | 'name'>[], ctx: PublishContext): InstrumentFile {
  return {
    apiVersion: API_VERSION,
    licence: licenceOf(ctx.pub),
    url: absoluteUrl(instrumentUrl(instrument.id), ctx.pub.baseUrl),
    data: absoluteUrl(apiInstrumentUrl(instrument.id), ctx.pub.baseUrl),
    ...instrument,
    countryStatus: countries.map((c) => {
      const v = stateBound(instrument, c.code, ctx.parties, ctx.date);
      return {
        code: c.code,
        name: c.name,
        status: v.standing.status,
        bound: v.answer,
        url: absoluteUrl(countryUrl(c.code), ctx.pub.baseUrl),
        data: absoluteUrl(apiCountryUrl(c.code), ctx.pub.baseUrl),
      };
    }),
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
    url: absoluteUrl(instrumentUrl(instrument.id), pub.baseUrl),
    data: absoluteUrl(apiInstrumentUrl(instrument.id), pub.baseUrl),
  };
}

/** /api/instruments.json */
export function instrumentsIndex(instruments: Instrument[], pub: Publication): InstrumentsIndexFile {
  const rows = instruments.map((i) => instrumentIndexRow(i, pub));
  return { apiVersion: API_VERSION, licence: licenceOf(pub), count: rows.length, instruments: rows };
}

/** /api/glossary.json */
export function glossaryIndex(terms: { id: string; data: GlossaryTerm; body?: string | undefined }[], pub: Publication): GlossaryFile {
  const rows = terms.map((t) => ({ id: t.id, ...t.data, body: t.body ?? '', url: absoluteUrl(termUrl(t.id), pub.baseUrl) }));
  return { apiVersion: API_VERSION, licence: licenceOf(pub), count: rows.length, terms: rows };
}

/** Serialises an API file after checking it against its schema, so a shape drift fails the build. */
export function apiJson(schema: z.ZodType, value: unknown, what: string): string {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} does not match its API schema:\n${z.prettifyError(result.error)}`);
  return `${JSON.stringify(value, null, 2)}\n`;
}
