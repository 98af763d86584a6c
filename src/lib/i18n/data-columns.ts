/**
 * The descriptions of the CSV's columns on /data/ in the page's language. A column is known
 * by its name, or by its template's id (`about` in src/lib/publish/countries-csv.ts) for the
 * columns made one per key instrument or first question; each has its catalogue key here,
 * written out so tests/unit/i18n.test.ts sees every key used. English pages keep the lib's
 * words (`description`), which the CSV's documentation shares.
 */
import type { CsvColumn } from '../publish/countries-csv.ts';
import type { MessageKey, PageI18n } from './catalogues.ts';

export const CSV_COLUMN_KEYS: Record<string, MessageKey> = {
  code: 'data.column.code',
  name: 'data.column.name',
  region: 'data.column.region',
  central_authority: 'data.column.central_authority',
  languages: 'data.column.languages',
  channel_types: 'data.column.channel_types',
  electronic_submission: 'data.column.electronic_submission',
  preservation_max_days: 'data.column.preservation_max_days',
  point_of_contact_24_7: 'data.column.point_of_contact_24_7',
  status: 'data.column.status',
  bound: 'data.column.bound',
  refusal_grounds: 'data.column.refusal_grounds',
  refusal_grounds_documented: 'data.column.refusal_grounds_documented',
  dual_criminality_documented: 'data.column.dual_criminality_documented',
  answers: 'data.column.answers',
  completeness_percent: 'data.column.completeness_percent',
  contacts_newest_source: 'data.column.contacts_newest_source',
  last_verified: 'data.column.last_verified',
  url: 'data.column.url',
  data_url: 'data.column.data_url',
};

/** The column's description in the page's language, or null for a column without a message (shown in English). */
export function columnDescriptionIn(tr: PageI18n, col: CsvColumn): string | null {
  if (tr.locale === 'en') return col.description;
  const key = CSV_COLUMN_KEYS[col.about?.id ?? col.name];
  if (!key) return null;
  const params = col.about?.id === 'answers' ? { question: tr.label('firstQuestion', col.about.params['question'] ?? '') } : (col.about?.params ?? {});
  return tr.t(key, params);
}
