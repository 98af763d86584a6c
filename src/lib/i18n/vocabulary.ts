/**
 * The vocabulary's labels as message keys: `vocab.<table>.<id>`. English comes from
 * src/lib/vocabulary.ts, src/lib/contract/sections.ts and the interface tables of src/lib
 * (the draft assistant's sections, fields and checklist, the route's checklist, compare's
 * fields, coverage's fields and questions, module audiences and levels): one place; every
 * other catalogue must translate every key (tests/unit/i18n.test.ts).
 */
import { FIELDS as COMPARE_FIELDS, FIELD_PAGES, GAP_LABELS, GROUPS as COMPARE_GROUPS } from '../compare/fields.ts';
import { COUNTRY_SECTIONS } from '../contract/sections.ts';
import { ANSWER_STATE_LABELS, FIRST_QUESTIONS } from '../country/answers.ts';
import { COMPLETENESS_FIELDS } from '../country/completeness.ts';
import { DRAFT_CHECK_LABELS } from '../draft/checklist.ts';
import { SECTIONS as DRAFT_SECTIONS, allFields as allDraftFields } from '../draft/sections.ts';
import { ROUTE_CHECK_LABELS } from '../route/checklist.ts';
import { AUDIENCES, LEVELS } from '../schema/module.ts';
import { PROCEDURE_STEPS } from '../country/procedure.ts';
import {
  ANSWER_LABELS,
  CHANNEL_LABELS,
  CONTACT_LABELS,
  GROUND_LABELS,
  INSTRUMENT_STATUS_LABELS,
  KIND_LABELS,
  MEASURES,
  PARTY_STATUS_LABELS,
  PARTY_STATUS_MEANINGS,
  PARTY_STATUS_SHORT,
  REGIONS,
  RESEARCH_TOPICS,
  ROLE_LABELS,
} from '../vocabulary.ts';

/** "central-authority-staff" → "Central authority staff". */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

export const VOCABULARY = {
  section: Object.fromEntries(COUNTRY_SECTIONS.map((s) => [s.id, s.title])),
  step: Object.fromEntries(PROCEDURE_STEPS.map((s) => [s.id, s.title])),
  channel: CHANNEL_LABELS,
  ground: GROUND_LABELS,
  contact: CONTACT_LABELS,
  role: ROLE_LABELS,
  measure: Object.fromEntries(MEASURES.map((m) => [m.id, m.title])),
  region: Object.fromEntries(REGIONS.map((r) => [r, r])),
  topic: Object.fromEntries(RESEARCH_TOPICS.map((t) => [t.id, t.label])),
  answer: ANSWER_LABELS,
  kind: KIND_LABELS,
  instrumentStatus: INSTRUMENT_STATUS_LABELS,
  partyStatus: PARTY_STATUS_LABELS,
  partyStatusShort: PARTY_STATUS_SHORT,
  partyStatusMeaning: PARTY_STATUS_MEANINGS,
  /** The assistant's form: section titles, what to write, field labels (measure fields as `<measure>.<field>`). */
  draftSection: Object.fromEntries(DRAFT_SECTIONS.map((s) => [s.id, s.title])),
  draftGuidance: Object.fromEntries(DRAFT_SECTIONS.map((s) => [s.id, s.guidance])),
  draftField: Object.fromEntries([...allDraftFields()].map(([id, f]) => [id, f.label])),
  /** Checklist labels of the assistant ({name}: the requested State) and of the route ({measure}). */
  draftCheck: DRAFT_CHECK_LABELS,
  routeCheck: ROUTE_CHECK_LABELS,
  /** Coverage: the tracked fields, the first five questions and how far an entry answers them. */
  completenessField: Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f.id, f.label])),
  firstQuestion: Object.fromEntries(FIRST_QUESTIONS.map((q) => [q.id, q.label])),
  answerState: ANSWER_STATE_LABELS,
  /** Training modules' audiences and levels, as the module pages have always written them. */
  audience: Object.fromEntries(AUDIENCES.map((a) => [a, capitalised(a)])),
  level: Object.fromEntries(LEVELS.map((l) => [l, capitalised(l)])),
  /** Compare: row and group labels, empty-cell links, and each one-field page's title, column and introduction (by slug). */
  compareField: Object.fromEntries(Object.entries(COMPARE_FIELDS).map(([id, f]) => [id, f.label])),
  compareGroup: Object.fromEntries(COMPARE_GROUPS.map((g) => [g.id, g.label])),
  compareGap: GAP_LABELS,
  comparePageTitle: Object.fromEntries(FIELD_PAGES.map((f) => [f.slug, f.title])),
  comparePageColumn: Object.fromEntries(FIELD_PAGES.map((f) => [f.slug, f.column])),
  comparePageIntro: Object.fromEntries(FIELD_PAGES.map((f) => [f.slug, f.intro])),
} as const satisfies Record<string, Record<string, string>>;

export type VocabularyTable = keyof typeof VOCABULARY;

export const vocabKey = (table: VocabularyTable, id: string) => `vocab.${table}.${id}`;

/** The English messages of the vocabulary, keyed `vocab.<table>.<id>`. */
export function vocabularyMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [table, labels] of Object.entries(VOCABULARY)) {
    for (const [id, label] of Object.entries(labels)) out[vocabKey(table as VocabularyTable, id)] = label;
  }
  return out;
}
