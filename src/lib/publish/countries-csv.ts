/**
 * The comparison table /api/countries.csv: one row per jurisdiction, every value taken from
 * that jurisdiction's API record, so the CSV and /api/countries/<code>.json cannot disagree.
 */
import { FIRST_QUESTIONS } from '../country/answers.ts';
import { KEY_INSTRUMENTS } from './api.ts';
import { LIST_SEPARATOR, toCsv, type CsvValue } from './csv.ts';
import type { CountryFile } from '../schema/api.ts';
import { PARTY_STATUSES } from '../parties.ts';

export interface CsvColumn {
  name: string;
  /** What the column holds, shown column by column on the /data/ page. */
  description: string;
  /**
   * For columns made from a template (one per key instrument or first question): the
   * template's id and parameters, so pages in other languages can word the description
   * (`data.column.<id>`, src/lib/i18n/data-columns.ts). Other columns are known by their name.
   */
  about?: { id: 'status' | 'bound' | 'answers'; params: Record<string, string> };
  value: (record: CountryFile) => CsvValue;
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Column name for the standing of a State in a key instrument. */
export const statusColumn = (instrument: string) => `status_${instrument}`;
/** Column name for whether a key instrument binds the State. */
export const boundColumn = (instrument: string) => `bound_${instrument}`;

export const COUNTRY_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'code', description: 'ISO 3166-1 alpha-2 code, lower case; also the entry’s file name and URL segment.', value: (r) => r.code },
  { name: 'name', description: 'Common English name of the jurisdiction.', value: (r) => r.name },
  { name: 'region', description: 'Africa, Americas, Asia, Europe or Oceania.', value: (r) => r.region },
  {
    name: 'central_authority',
    description: 'Name of the central authority for mutual legal assistance requests. Empty: not yet documented.',
    value: (r) => r.comparison.centralAuthority,
  },
  {
    name: 'languages',
    description: 'ISO 639 codes of the languages requests are accepted in, separated by “; ”. Empty: not yet documented.',
    value: (r) => list(r.comparison.languages),
  },
  {
    name: 'channel_types',
    description:
      'Types of the current documented channels (central-authority, diplomatic, direct-judicial, interpol, police-cooperation, 24-7-network, eurojust-ejn, online-service, email, post, other), separated by “; ”, in the order a requester would try them. Empty: not yet documented.',
    value: (r) => list(r.comparison.channelTypes),
  },
  {
    name: 'electronic_submission',
    description:
      'yes: a current channel of type online-service or email is documented with a source. undocumented: no such channel is documented (this does not mean that electronic submission is refused).',
    value: (r) => r.comparison.electronicSubmission,
  },
  {
    name: 'preservation_max_days',
    description: 'Longest period, in days, for which data is preserved on request, where a source gives it. Empty: not documented.',
    value: (r) => r.comparison.preservationMaxDays,
  },
  {
    name: 'point_of_contact_24_7',
    description: 'Names of the authorities documented as 24/7 points of contact, separated by “; ”. Empty: not documented.',
    value: (r) => list(r.comparison.pointsOfContact247),
  },
  ...KEY_INSTRUMENTS.flatMap((id): CsvColumn[] => [
    {
      name: statusColumn(id),
      description: `Standing of the State in the instrument ${id}, derived from the instrument entry and the groups it binds: ${PARTY_STATUSES.join(', ')}. Empty when the portal has no entry for the instrument.`,
      about: { id: 'status', params: { instrument: id, statuses: PARTY_STATUSES.join(', ') } },
      value: (r) => r.comparison.keyInstruments[id]?.status ?? null,
    },
    {
      name: boundColumn(id),
      description: `Whether ${id} binds the State on the build date: yes, no or unknown (unknown never means no). Empty when the portal has no entry for the instrument.`,
      about: { id: 'bound', params: { instrument: id } },
      value: (r) => r.comparison.keyInstruments[id]?.bound ?? null,
    },
  ]),
  {
    name: 'refusal_grounds',
    description: 'Refusal grounds documented as current (political-offence, double-jeopardy, other…), separated by “; ”, most relevant first.',
    value: (r) => list(r.comparison.refusalGrounds),
  },
  {
    name: 'refusal_grounds_documented',
    description: 'yes: at least one current refusal ground is documented with a source; no: none is documented yet.',
    value: (r) => yesNo(r.comparison.refusalGroundsDocumented),
  },
  {
    name: 'dual_criminality_documented',
    description: 'yes: at least one current statement on dual criminality is documented with a source; no: none is documented yet.',
    value: (r) => yesNo(r.comparison.dualCriminalityDocumented),
  },
  ...FIRST_QUESTIONS.map(
    (q): CsvColumn => ({
      name: `answers_${q.id.replace(/-/g, '_')}`,
      description: `${q.label}: documented, partial, searched (not found; the entry says where it was searched for) or gap (not yet researched).`,
      about: { id: 'answers', params: { question: q.id } },
      value: (r) => r.completeness.firstAnswers[q.id],
    }),
  ),
  {
    name: 'completeness_percent',
    description: 'Share of the parts of the content model that have at least one sourced statement, 0 to 100 (as on the coverage page).',
    value: (r) => r.comparison.completenessPercent,
  },
  {
    name: 'contacts_newest_source',
    description: 'Date of the newest source behind the current contact details (YYYY, YYYY-MM or YYYY-MM-DD). Empty: no contact documented, or only undated sources.',
    value: (r) => r.comparison.contactsNewestSource,
  },
  { name: 'last_verified', description: 'Date (YYYY-MM-DD) the entry was last checked against its sources. Empty: never verified.', value: (r) => r.lastVerified },
  { name: 'url', description: 'Address of the country page.', value: (r) => r.url },
  { name: 'data_url', description: 'Address of the full JSON record, with every fact and its sources.', value: (r) => r.data },
];

/** /api/countries.csv */
export function countriesCsv(records: readonly CountryFile[], columns: readonly CsvColumn[] = COUNTRY_CSV_COLUMNS): string {
  return toCsv(
    columns.map((c) => c.name),
    records.map((r) => columns.map((c) => c.value(r))),
  );
}
