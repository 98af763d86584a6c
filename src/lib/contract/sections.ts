import type { CollectionName } from './collections.ts';
/**
 * The anchor contract of a country page. Trainers deep-link to these ids, so renaming or
 * removing one is a breaking change (see tests/anchors.test.ts and anchors.json).
 */
export const COUNTRY_SECTIONS = [
  { id: 'at-a-glance', title: 'At a glance' },
  { id: 'central-authority', title: 'Central authority' },
  { id: 'legal-basis', title: 'Legal basis' },
  { id: 'channels', title: 'Channels' },
  { id: 'languages', title: 'Languages' },
  { id: 'measures', title: 'Measures' },
  { id: 'preservation', title: 'Preservation' },
  { id: 'urgent', title: 'Urgent requests' },
  { id: 'requirements', title: 'Requirements' },
  { id: 'safeguards', title: 'Safeguards and refusal grounds' },
  { id: 'timelines', title: 'Timelines' },
  { id: 'templates', title: 'Templates and guides' },
  { id: 'sources', title: 'Sources' },
  { id: 'changes', title: 'Changes' },
] as const;

export type CountrySectionId = (typeof COUNTRY_SECTIONS)[number]['id'];
export const COUNTRY_SECTION_IDS = COUNTRY_SECTIONS.map((s) => s.id) as CountrySectionId[];

/**
 * Sub-section anchors trainers link to, by the section (h2) they sit in. Pages, the route
 * planner, compare and procedure steps link with these ids; never a string literal.
 */
export const COUNTRY_SUBSECTIONS = {
  'at-a-glance': ['procedure'],
  safeguards: ['instrument-safeguards', 'refusal-grounds', 'dual-criminality', 'de-minimis', 'authorisation', 'oversight', 'speciality', 'data-protection'],
} as const satisfies Partial<Record<CountrySectionId, readonly string[]>>;

export type CountrySubsectionId = (typeof COUNTRY_SUBSECTIONS)[keyof typeof COUNTRY_SUBSECTIONS][number];
export type CountryAnchor = CountrySectionId | CountrySubsectionId;

/** Every fixed anchor of a country page: sections, then sub-sections. */
export const COUNTRY_ANCHORS: readonly CountryAnchor[] = [...COUNTRY_SECTIONS.map((s) => s.id), ...Object.values(COUNTRY_SUBSECTIONS).flat()];

/** Ids the site layout puts on every page (header search field, notices, main landmark). */
export const LAYOUT_IDS = ['header-q', 'site-notices', 'main', 'site-menu'] as const;

/** Fixed ids each page template emits besides the country anchors. */
export const TEMPLATE_IDS = {
  countries: ['completeness', 'about-sources', 'instrument-safeguards'],
  instruments: ['coverage', 'channels', 'safeguards', 'notes', 'parties', 'members', 'signatories', 'unconfirmed', 'non-parties', 'map', 'facts', 'training', 'sources', 'about-sources', 'fallbacks'],
  modules: ['objectives', 'module', 'referenced-entries', 'sources', 'stale-references'],
  glossary: [],
  groups: [],
} as const satisfies Record<CollectionName, readonly string[]>;

/** Prefixes of generated ids: sources, party rows, measures, glossary letters, citations, footnotes. */
export const GENERATED_ID_PREFIXES = ['src-', 'party-', 'measure-', 'letter-', 'cite-', 'user-content-', 'fn-'] as const;

/** Sections whose narrative may come from `<Guidance section="…">` blocks in the MDX body. */
export const GUIDANCE_SECTION_IDS = COUNTRY_SECTION_IDS.filter(
  (id) => id !== 'sources' && id !== 'changes',
);

export function sectionTitle(id: CountrySectionId): string {
  return COUNTRY_SECTIONS.find((s) => s.id === id)!.title;
}
