/** What the request must show for the measure, and the safeguards the requested State applies. */
import { countryUrl } from '../contract/urls.ts';
import type { CountryAnchor } from '../contract/sections.ts';
import { current } from '../country/derive.ts';
import type { Fact } from '../schema/common.ts';
import type { Country } from '../schema/country.ts';
import type { MeasureId } from '../vocabulary.ts';
import { countryFacts } from './resolve.ts';
import type { ChecklistItem, RouteFact } from './types.ts';

const item = (c: Country, id: string, label: string, facts: readonly Fact[], anchor: CountryAnchor): ChecklistItem => ({
  id,
  label,
  facts: countryFacts(c, facts, anchor),
  href: countryUrl(c.code, anchor),
});

/** The checklist, in the order a request is written; an empty item is a gap. */
export function checklist(c: Country, measure: { id: MeasureId; title: string }): ChecklistItem[] {
  const rules = item(c, 'measure', `Rules for ${measure.title.toLowerCase()}`, c.measures[measure.id] ?? [], 'measures');
  return [
    // The page has a heading for the measure only when the entry documents it: else link the section.
    rules.facts.length ? { ...rules, href: countryUrl(c.code, `measure-${measure.id}`) } : rules,
    item(c, 'requirements', 'What every request must contain', c.requirements, 'requirements'),
    item(c, 'dual-criminality', 'Dual criminality', c.safeguards.dualCriminality, 'dual-criminality'),
    item(c, 'authorisation', 'Authorisation of coercive measures', c.safeguards.authorisation, 'authorisation'),
    item(c, 'de-minimis', 'Minor matters (de minimis)', c.safeguards.deMinimis, 'de-minimis'),
  ];
}

export function refusalGrounds(c: Country): (RouteFact & { ground: string })[] {
  return current(c.safeguards.refusalGrounds).map((g) => ({ ...countryFacts(c, [g], 'refusal-grounds')[0]!, ground: g.ground }));
}

export function otherSafeguards(c: Country): ChecklistItem[] {
  return [
    item(c, 'speciality', 'Speciality (use of the evidence)', c.safeguards.speciality, 'speciality'),
    item(c, 'data-protection', 'Data protection', c.safeguards.dataProtection, 'data-protection'),
    item(c, 'oversight', 'Oversight and review', c.safeguards.oversight, 'oversight'),
  ];
}
