/**
 * The portal's vocabulary: the measures, regions and research topics of the content model,
 * and the human label of every enum value in the schemas. Pages, islands, API and CSV
 * descriptions read their wording from here.
 */
import type { CountrySectionId } from './contract/sections.ts';
import type { AUTHORITY_ROLES, CHANNEL_TYPES, Contact, REFUSAL_GROUNDS } from './schema/country.ts';
import type { INSTRUMENT_KINDS, INSTRUMENT_STATUSES } from './schema/instrument.ts';
import type { Answer, PartyStatus } from './parties.ts';
import type { Source } from './schema/common.ts';

export const CHANNEL_LABELS: Record<(typeof CHANNEL_TYPES)[number], string> = {
  'central-authority': 'Direct to the central authority',
  diplomatic: 'Diplomatic channel',
  'direct-judicial': 'Direct between judicial authorities',
  interpol: 'Interpol',
  'police-cooperation': 'Police cooperation',
  '24-7-network': '24/7 network',
  'eurojust-ejn': 'Eurojust / European Judicial Network',
  'online-service': 'Online service',
  email: 'Email',
  post: 'Post',
  other: 'Other',
};

export const GROUND_LABELS: Record<(typeof REFUSAL_GROUNDS)[number], string> = {
  'political-offence': 'Political offence',
  discrimination: 'Discrimination',
  'death-penalty': 'Death penalty',
  'human-rights': 'Human rights',
  'double-jeopardy': 'Double jeopardy',
  'sovereignty-security': 'Sovereignty, security or public order',
  'military-offence': 'Military offence',
  'fiscal-offence': 'Fiscal offence',
  'bank-secrecy': 'Bank secrecy',
  'dual-criminality': 'Dual criminality',
  'de-minimis': 'Minor matter (de minimis)',
  'no-treaty': 'No treaty basis',
  other: 'Other ground',
};

export const KIND_LABELS: Record<(typeof INSTRUMENT_KINDS)[number], string> = {
  multilateral: 'Multilateral convention',
  regional: 'Regional treaty',
  bilateral: 'Bilateral treaty',
  'eu-law': 'EU law',
  scheme: 'Non-binding scheme',
  agreement: 'Agreement',
};

export const INSTRUMENT_STATUS_LABELS: Record<(typeof INSTRUMENT_STATUSES)[number], string> = {
  'in-force': 'In force',
  'not-in-force': 'Not in force',
  'non-binding': 'Non-binding',
  'in-negotiation': 'In negotiation (not a legal basis)',
  unknown: 'Status not documented',
};

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  official: 'official page',
  legislation: 'legislation',
  treaty: 'treaty text',
  depositary: 'depositary record',
  parliamentary: 'parliamentary record',
  court: 'court decision',
  copy: 'copy or mirror of an official text',
  archive: 'web archive capture',
  secondary: 'secondary source',
  news: 'news report',
};

/** A State's standing towards an instrument, in words (tables, pages, the API's documentation). */
export const PARTY_STATUS_LABELS: Record<PartyStatus, string> = {
  party: 'Party',
  member: 'Bound as a member of the group',
  excluded: 'Not bound (excepted)',
  'former-member': 'No longer bound (left the group)',
  signatory: 'Signatory, not ratified',
  signed: 'Signed; ratification not documented',
  'non-party': 'Not a party',
  unconfirmed: 'Status unconfirmed',
  'not-party': 'Not a party',
  'presumed-party': 'Likely a Party (not confirmed)',
  unknown: 'Not documented: check the depositary',
};

/** Short forms for the cells of wide tables (the matrix); every cell still states its status in words. */
export const PARTY_STATUS_SHORT: Record<PartyStatus, string> = {
  party: 'Party',
  member: 'Bound (member)',
  excluded: 'Excepted',
  'former-member': 'Left',
  signatory: 'Signatory',
  signed: 'Signed',
  'non-party': 'Non-party',
  unconfirmed: 'Unconfirmed',
  'not-party': 'Not a party',
  'presumed-party': 'Likely party',
  unknown: 'Unknown',
};

/** What each status means, for the keys shown with tables and maps. */
export const PARTY_STATUS_MEANINGS: Record<PartyStatus, string> = {
  party: 'listed as a Party (ratified, accepted, approved or acceded)',
  member: 'bound as a member of a group the instrument binds (e.g. an EU Member State), as the group’s member list shows',
  excluded: 'a member of that group that the instrument expressly does not bind',
  'former-member': 'left the group the instrument binds, so no longer bound by it',
  signatory: 'signed, with no ratification shown as of the source: not bound',
  signed: 'signed; whether it ratified is not documented',
  'non-party': 'a source lists the State as a non-party',
  unconfirmed: 'the sources leave its standing in doubt: check with the depositary',
  'not-party': 'not on a list its sources give as complete',
  'presumed-party': 'a UN Member State not listed, under a convention with near-universal participation: likely, not confirmed',
  unknown: 'not on a partial list: not a confirmed non-party; check the depositary',
};

/** The three answers to "does this instrument bind / link them?". Unknown never reads as no. */
export const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Possible: check the depositary',
};

/** Kinds of contact details, as the country page, compare and the route name them. */
export const CONTACT_LABELS: Record<Contact['type'], string> = {
  email: 'Email',
  phone: 'Phone',
  fax: 'Fax',
  postal: 'Post',
  web: 'Web page',
  'online-service': 'Online service',
};

/** What each authority role means, as a country page lists it. */
export const ROLE_LABELS: Record<(typeof AUTHORITY_ROLES)[number], string> = {
  'central-authority': 'Central authority',
  'sub-national-central-authority': 'Sub-national central authority',
  '24-7-point-of-contact': '24/7 point of contact',
  'budapest-art27': 'Budapest Convention Art. 27 authority',
  'budapest-art24': 'Budapest Convention Art. 24 (extradition) authority',
  'untoc-art18': 'UNTOC Art. 18(13) central authority',
  'uncac-art46': 'UNCAC Art. 46(13) central authority',
  'executing-authority': 'Executing authority',
  prosecution: 'Prosecution service',
  police: 'Police',
  'tax-and-customs': 'Tax and customs',
  'asset-recovery': 'Asset recovery',
  'cloud-act-designated': 'Designated authority under a CLOUD Act agreement',
  other: 'Other',
};

/** Order in which a requester would try channels. */
export const CHANNEL_PREFERENCE: (typeof CHANNEL_TYPES)[number][] = [
  'online-service',
  'email',
  'central-authority',
  'direct-judicial',
  'post',
  'diplomatic',
  'eurojust-ejn',
  '24-7-network',
  'interpol',
  'police-cooperation',
  'other',
];

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
