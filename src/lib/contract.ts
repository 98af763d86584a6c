/**
 * The URL and anchor contract. Trainers deep-link to these ids, so renaming or
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
  countries: ['completeness', 'about-sources'],
  instruments: ['coverage', 'channels', 'safeguards', 'notes', 'parties', 'signatories', 'non-parties', 'map', 'facts', 'training', 'sources', 'about-sources', 'fallbacks'],
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

/**
 * Topics a research note can record as searched without result ("searched: EJN, CoE
 * declarations, UNCAC review, Dec 2026"). They are the parts of the content model a
 * liaison asks about first, and the ids the completeness score and the gap lines use.
 */
export const RESEARCH_TOPICS = [
  { id: 'central-authority', label: 'central authority', section: 'central-authority' },
  { id: 'contacts', label: 'contact details', section: 'central-authority' },
  { id: 'channels', label: 'channels', section: 'channels' },
  { id: '24-7-point-of-contact', label: '24/7 point of contact', section: 'preservation' },
  { id: 'languages', label: 'accepted languages', section: 'languages' },
  { id: 'domestic-law', label: 'domestic law', section: 'legal-basis' },
  { id: 'measures', label: 'measure-specific rules', section: 'measures' },
  { id: 'preservation', label: 'preservation', section: 'preservation' },
  { id: 'urgent', label: 'urgent procedure', section: 'urgent' },
  { id: 'requirements', label: 'requirements', section: 'requirements' },
  { id: 'refusal-grounds', label: 'refusal grounds', section: 'safeguards' },
  { id: 'dual-criminality', label: 'dual criminality', section: 'safeguards' },
  { id: 'de-minimis', label: 'de minimis', section: 'safeguards' },
  { id: 'authorisation', label: 'authorisation of coercive measures', section: 'safeguards' },
  { id: 'oversight', label: 'oversight and review', section: 'safeguards' },
  { id: 'timelines', label: 'timelines', section: 'timelines' },
  { id: 'templates', label: 'templates and guides', section: 'templates' },
] as const satisfies readonly { id: string; label: string; section: CountrySectionId }[];

export type ResearchTopicId = (typeof RESEARCH_TOPICS)[number]['id'];
export const RESEARCH_TOPIC_IDS = RESEARCH_TOPICS.map((t) => t.id) as [ResearchTopicId, ...ResearchTopicId[]];

export function sectionTitle(id: CountrySectionId): string {
  return COUNTRY_SECTIONS.find((s) => s.id === id)!.title;
}

/** Measures a requester can ask for; keys of `measures` in a country entry. */
export const MEASURES = [
  { id: 'subscriber-information', title: 'Subscriber information', electronic: true },
  { id: 'traffic-data', title: 'Traffic data', electronic: true },
  { id: 'stored-content', title: 'Stored content', electronic: true },
  { id: 'expedited-preservation', title: 'Expedited preservation', electronic: true },
  { id: 'bank-records', title: 'Bank records', electronic: false },
  { id: 'witness-testimony', title: 'Witness testimony', electronic: false },
  { id: 'search-and-seizure', title: 'Search and seizure', electronic: false },
  { id: 'service-of-documents', title: 'Service of documents', electronic: false },
  { id: 'freezing-confiscation', title: 'Freezing or confiscation of assets', electronic: false },
] as const;

export type MeasureId = (typeof MEASURES)[number]['id'];
export const MEASURE_IDS = MEASURES.map((m) => m.id) as [MeasureId, ...MeasureId[]];

export function measureTitle(id: MeasureId): string {
  return MEASURES.find((m) => m.id === id)!.title;
}

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

/** Collections and the folder under content/ each one lives in. */
export const COLLECTIONS = {
  countries: { dir: 'countries', ext: '.mdx' },
  instruments: { dir: 'instruments', ext: '.mdx' },
  modules: { dir: 'modules', ext: '.mdx' },
  glossary: { dir: 'glossary', ext: '.mdx' },
  groups: { dir: 'groups', ext: '.mdx' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/**
 * Renamed or moved anchors keep working: each old page gets a redirect, and each old
 * section id an alias anchor next to its new section. Never delete an entry here.
 */
export const ANCHOR_ALIASES: { pages: Record<string, string>; ids: Record<string, string> } = {
  pages: {},
  ids: {},
};
