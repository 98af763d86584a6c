/** Human labels for enum values in the schemas. */
import type { CHANNEL_TYPES, REFUSAL_GROUNDS } from './schema/country.ts';
import type { INSTRUMENT_KINDS, INSTRUMENT_STATUSES } from './schema/instrument.ts';
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

export const STATUS_LABELS: Record<(typeof INSTRUMENT_STATUSES)[number], string> = {
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
