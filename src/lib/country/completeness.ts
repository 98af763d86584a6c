/**
 * Completeness of a country entry: which parts of the content model have at least
 * one sourced statement. Computed from the data, never typed in.
 */
import type { Country } from '../schema/country.ts';
import { current, hasCurrentContact, preservationDocumented } from './derive.ts';
import type { ResearchTopicId } from '../vocabulary.ts';
import type { CountrySectionId } from '../contract/sections.ts';

export interface CompletenessField {
  /** A research topic id: a gap of this field can carry a research note. */
  id: ResearchTopicId;
  label: string;
  /** Section of the country page where the field is shown. */
  section: CountrySectionId;
  documented: (c: Country) => boolean;
}

const any = <T extends { status?: string | undefined }>(list: readonly T[] | undefined) => current(list ?? []).length > 0;

export const COMPLETENESS_FIELDS: CompletenessField[] = [
  { id: 'central-authority', label: 'Central authority', section: 'central-authority', documented: (c) => c.centralAuthority !== null },
  { id: 'contacts', label: 'Current contact details', section: 'central-authority', documented: hasCurrentContact },
  { id: 'channels', label: 'Channels', section: 'channels', documented: (c) => any(c.channels) },
  { id: 'languages', label: 'Accepted languages', section: 'languages', documented: (c) => c.languages.accepted.length > 0 },
  { id: 'domestic-law', label: 'Domestic law', section: 'legal-basis', documented: (c) => any(c.legalBases.domestic) },
  { id: 'measures', label: 'Measure-specific rules', section: 'measures', documented: (c) => Object.values(c.measures).some(any) },
  { id: 'preservation', label: 'Preservation', section: 'preservation', documented: preservationDocumented },
  { id: 'urgent', label: 'Urgent procedure', section: 'urgent', documented: (c) => any(c.urgent) },
  { id: 'requirements', label: 'Requirements', section: 'requirements', documented: (c) => any(c.requirements) },
  { id: 'refusal-grounds', label: 'Refusal grounds', section: 'safeguards', documented: (c) => any(c.safeguards.refusalGrounds) },
  { id: 'dual-criminality', label: 'Dual criminality', section: 'safeguards', documented: (c) => any(c.safeguards.dualCriminality) },
  { id: 'authorisation', label: 'Authorisation of coercive measures', section: 'safeguards', documented: (c) => any(c.safeguards.authorisation) },
  { id: 'timelines', label: 'Timelines', section: 'timelines', documented: (c) => any(c.timelines) },
  { id: 'templates', label: 'Templates and guides', section: 'templates', documented: (c) => any(c.templates) },
];

export interface Completeness {
  score: number; // 0..1
  documented: CompletenessField[];
  missing: CompletenessField[];
}

export function completeness(country: Country): Completeness {
  const documented = COMPLETENESS_FIELDS.filter((f) => f.documented(country));
  const missing = COMPLETENESS_FIELDS.filter((f) => !f.documented(country));
  return { score: documented.length / COMPLETENESS_FIELDS.length, documented, missing };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
