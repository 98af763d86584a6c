/** What the request must show for the measure, and the safeguards the requested State applies. */
import { countryUrl } from '../contract/urls.ts';
import type { CountryAnchor } from '../contract/sections.ts';
import { current } from '../country/derive.ts';
import type { Fact } from '../schema/common.ts';
import type { Country } from '../schema/country.ts';
import type { MeasureId } from '../vocabulary.ts';
import { countryFacts } from './resolve.ts';
import type { ChecklistItem, RouteFact } from './types.ts';

/**
 * The labels of the checklist and of the other safeguards, by item id; `{measure}` is the
 * measure's title in lower case. English here; the other languages translate them in the
 * catalogues as `vocab.routeCheck.<id>` (src/lib/i18n/vocabulary.ts), and the islands show
 * those by the item's id.
 */
export const ROUTE_CHECK_LABELS = {
  measure: 'Rules for {measure}',
  requirements: 'What every request must contain',
  'dual-criminality': 'Dual criminality',
  authorisation: 'Authorisation of coercive measures',
  'de-minimis': 'Minor matters (de minimis)',
  speciality: 'Speciality (use of the evidence)',
  'data-protection': 'Data protection',
  oversight: 'Oversight and review',
} as const;

export type RouteCheckId = keyof typeof ROUTE_CHECK_LABELS;

/** A label of a table with its {arguments} filled. */
export const fillLabel = (template: string, values: Record<string, string> = {}) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

const item = (c: Country, id: RouteCheckId, label: string, facts: readonly Fact[], anchor: CountryAnchor): ChecklistItem => ({
  id,
  label,
  facts: countryFacts(c, facts, anchor),
  href: countryUrl(c.code, anchor),
});

/** The checklist, in the order a request is written; an empty item is a gap. */
export function checklist(c: Country, measure: { id: MeasureId; title: string }): ChecklistItem[] {
  const rules = item(c, 'measure', fillLabel(ROUTE_CHECK_LABELS.measure, { measure: measure.title.toLowerCase() }), c.measures[measure.id] ?? [], 'measures');
  return [
    // The page has a heading for the measure only when the entry documents it: else link the section.
    rules.facts.length ? { ...rules, href: countryUrl(c.code, `measure-${measure.id}`) } : rules,
    item(c, 'requirements', ROUTE_CHECK_LABELS.requirements, c.requirements, 'requirements'),
    item(c, 'dual-criminality', ROUTE_CHECK_LABELS['dual-criminality'], c.safeguards.dualCriminality, 'dual-criminality'),
    item(c, 'authorisation', ROUTE_CHECK_LABELS.authorisation, c.safeguards.authorisation, 'authorisation'),
    item(c, 'de-minimis', ROUTE_CHECK_LABELS['de-minimis'], c.safeguards.deMinimis, 'de-minimis'),
  ];
}

export function refusalGrounds(c: Country): (RouteFact & { ground: string })[] {
  return current(c.safeguards.refusalGrounds).map((g) => ({ ...countryFacts(c, [g], 'refusal-grounds')[0]!, ground: g.ground }));
}

export function otherSafeguards(c: Country): ChecklistItem[] {
  return [
    item(c, 'speciality', ROUTE_CHECK_LABELS.speciality, c.safeguards.speciality, 'speciality'),
    item(c, 'data-protection', ROUTE_CHECK_LABELS['data-protection'], c.safeguards.dataProtection, 'data-protection'),
    item(c, 'oversight', ROUTE_CHECK_LABELS.oversight, c.safeguards.oversight, 'oversight'),
  ];
}
