/** Statements of entries and instruments, resolved for the route: text, date, sources, and where they live. */
import { countryUrl, instrumentUrl, type InstrumentAnchor } from '../contract/urls.ts';
import type { CountryAnchor } from '../contract/sections.ts';
import { current } from '../country/derive.ts';
import type { Fact, Source } from '../schema/common.ts';
import type { Country } from '../schema/country.ts';
import type { Instrument } from '../schema/instrument.ts';
import type { RouteFact, SourceRef } from './types.ts';

export function refs(ids: readonly string[], sources: readonly Source[]): SourceRef[] {
  return ids
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ title: s.title, url: s.url, date: s.date, kind: s.kind }));
}

/** Current statements of a country entry, pointing at the section that holds them. */
export function countryFacts(c: Country, facts: readonly Fact[], anchor: CountryAnchor): RouteFact[] {
  return current(facts).map((f) => ({ text: f.text, asOf: f.asOf, sources: refs(f.cite, c.sources), href: countryUrl(c.code, anchor) }));
}

/** Current statements of an instrument entry, pointing at its page (or one of its sections). */
export function instrumentFacts(i: Instrument, facts: readonly Fact[], anchor?: InstrumentAnchor): RouteFact[] {
  return current(facts).map((f) => ({ text: f.text, asOf: f.asOf, sources: refs(f.cite, i.sources), href: instrumentUrl(i.id, anchor) }));
}
