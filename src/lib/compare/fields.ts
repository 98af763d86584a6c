/**
 * The compared fields: one record per field, with how its values are read from an API
 * record and, for fields that have one, its one-field page (/compare/<slug>/). /compare/
 * (two to four States side by side) and the one-field pages are built from the records
 * /api/countries/<code>.json publishes (src/lib/publish/api.ts), so the prerendered pages,
 * the island that fetches those files and the CSV cannot disagree.
 *
 * The compare island bundles this module: it imports label tables, the URL contract and
 * small pure helpers only (no Zod, no schemas, no country-name tables); dates and languages
 * are formatted by a `CompareFormat` the caller passes in.
 */
import { ANSWER_LABELS, CHANNEL_LABELS, CONTACT_LABELS, GROUND_LABELS, PARTY_STATUS_LABELS } from '../vocabulary.ts';
import { LISTED_STATUSES, type PartyStatus } from '../parties.ts';
import { formatDate, languageName } from '../dates.ts';
import { countryUrl, coverageUrl, instrumentUrl, partyAnchor, type InstrumentAnchor } from '../contract/urls.ts';
import type { CountryAnchor } from '../contract/sections.ts';
import { contactAsOf, current } from '../country/derive.ts';
import type { SortType, SortValue } from './sort.ts';
import type { CountryFile } from '../schema/api.ts';
import type { Fact } from '../schema/common.ts';

/** The parts of an API record that comparisons read. */
export type CompareRecord = Pick<
  CountryFile,
  | 'code'
  | 'name'
  | 'region'
  | 'centralAuthority'
  | 'preservation'
  | 'urgent'
  | 'requirements'
  | 'safeguards'
  | 'timelines'
  | 'lastVerified'
  | 'sources'
  | 'instrumentStatus'
  | 'comparison'
>;

/** How dates and language codes are shown. Pages pass src/lib/format.ts; the island passes PLAIN_FORMAT. */
export interface CompareFormat {
  languageName(code: string): string;
  formatDate(date: string | null | undefined): string;
  /** A vocabulary label in the page's language; without it, the English label of src/lib/vocabulary.ts. */
  label?(table: VocabTable, id: string): string;
  /** The fixed words of a value in the page's language (src/lib/i18n/compare-words.ts); without it, the English of `valueWordText`. */
  word?(w: ValueWord): string;
}

/**
 * The fixed words inside a value ("90 days", "Yes", "as of 9 March 2015"), as an id and its
 * parameters: English here (`valueWordText`), `compare.value.<id>` in the catalogues. Dates are
 * ISO; what the parameters hold (channel ids, State codes, the entry's scope) stays as given.
 */
export type ValueWord =
  | { id: 'days'; days: number }
  | { id: 'yes' }
  | { id: 'by'; channels: (keyof typeof CHANNEL_LABELS)[] }
  | { id: 'as-of'; date: string }
  | { id: 'undated-source' }
  | { id: 'in-force-on'; date: string }
  | { id: 'bound-unknown' }
  | { id: 'instrument-not-in-force' }
  | { id: 'with'; partners: { code: string; name: string }[] }
  | { id: 'handles'; scope: string }
  | { id: 'percent'; percent: number }
  /** A refusal ground's kind, in brackets after its label. */
  | { id: 'mandatory' }
  | { id: 'discretionary' };
export type ValueWordId = ValueWord['id'];

/** The English words of a value word, as the comparison has always printed them (CSV and English pages). */
export function valueWordText(w: ValueWord, format: Pick<CompareFormat, 'formatDate'> = PLAIN_FORMAT): string {
  switch (w.id) {
    case 'days': return `${w.days} days`;
    case 'yes': return 'Yes';
    case 'by': return `by ${w.channels.map((t) => CHANNEL_LABELS[t].toLowerCase()).join(' or ')}`;
    case 'as-of': return `as of ${format.formatDate(w.date)}`;
    case 'undated-source': return 'undated source';
    case 'in-force-on': return `in force ${format.formatDate(w.date)}`;
    case 'bound-unknown': return ANSWER_LABELS.unknown.toLowerCase();
    case 'instrument-not-in-force': return 'instrument not in force';
    case 'with': return `with ${w.partners.map((p) => p.name).join(', ')}`;
    case 'handles': return `handles ${w.scope}`;
    case 'percent': return `${w.percent}%`;
    case 'mandatory': return 'mandatory';
    case 'discretionary': return 'discretionary';
  }
}

const say = (format: CompareFormat, w: ValueWord): string => format.word?.(w) ?? valueWordText(w, format);

type VocabTable = 'channel' | 'ground' | 'contact' | 'partyStatus';
const ENGLISH: Record<VocabTable, Record<string, string>> = { channel: CHANNEL_LABELS, ground: GROUND_LABELS, contact: CONTACT_LABELS, partyStatus: PARTY_STATUS_LABELS };
const vocab = (format: CompareFormat, table: VocabTable, id: string) => format.label?.(table, id) ?? ENGLISH[table][id] ?? id;

/** The same display rules as the pages, from a module with no dependencies (the island must not bundle country-name tables). */
export const PLAIN_FORMAT: CompareFormat = { languageName, formatDate };

/** One instrument whose party status is compared (the CSV's key instruments), with its title. */
export interface InstrumentTitle {
  id: string;
  shortTitle: string;
}

export interface CompareContext {
  format: CompareFormat;
  /** Key instruments in CSV column order (src/lib/publish/api.ts KEY_INSTRUMENTS that have an entry). */
  instruments: readonly InstrumentTitle[];
}

export interface CompareValue {
  text: string;
  /** Shown after the value, outside its link: "as of March 2015", "in force 1 July 2004". */
  meta?: string | undefined;
  /** Where this value is cited, when that is not the cell's section (party status lives on instrument pages). */
  href?: string | undefined;
}

export interface CompareCell {
  /** The page section that holds the citations of these values; an empty cell links there too. */
  href: string;
  values: CompareValue[];
  /** Statements in the portal's words: shown as text, followed by one link to the section that cites them. */
  prose: boolean;
  /** Text of the link in an empty cell. */
  gap: string;
  /** Text of the link after prose values. */
  sourceLabel: string;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: CompareCell[];
}

export interface CompareGroup {
  id: string;
  label: string;
  rows: CompareRow[];
}

export interface CompareColumn {
  code: string;
  name: string;
  href: string;
}

export interface ComparisonTable {
  caption: string;
  countries: CompareColumn[];
  groups: CompareGroup[];
  /** Key instruments left out because no compared State is documented as bound or signatory, or listed as a non-party. */
  omittedInstruments: InstrumentTitle[];
}

export const NOT_DOCUMENTED = 'not documented';

/** The words an empty cell links with, by id: English here, `vocab.compareGap.<id>` in the catalogues. */
export const GAP_LABELS = { 'not-documented': NOT_DOCUMENTED, 'none-documented': 'none documented', 'never-verified': 'never verified' } as const;


function prose(facts: readonly Fact[], format: CompareFormat): CompareValue[] {
  return current(facts).map((f) => ({ text: f.text, meta: f.asOf ? say(format, { id: 'as-of', date: f.asOf }) : undefined }));
}

/** Where the citation of a State's status in an instrument is: its row, or the list when none names it. */
export function partyStatusHref(instrument: string, code: string, status: PartyStatus): string {
  return instrumentUrl(instrument, (LISTED_STATUSES.has(status) ? partyAnchor(code) : 'parties') as InstrumentAnchor);
}

/** Standing in a key instrument: from `comparison.keyInstruments` (the CSV's status_<id> and bound_<id> columns). */
export function instrumentStatusValues(r: CompareRecord, id: string, format: CompareFormat): CompareValue[] {
  const key = r.comparison.keyInstruments[id];
  if (!key || key.status === 'unknown') return [];
  const item = r.instrumentStatus.find((s) => s.instrument === id);
  const inForce = key.bound === 'yes' && item?.inForce ? say(format, { id: 'in-force-on', date: item.inForce }) : undefined;
  const meta = [inForce, key.bound === 'unknown' ? say(format, { id: 'bound-unknown' }) : null].filter(Boolean).join('; ');
  return [{ text: vocab(format, 'partyStatus', key.status), meta: meta || undefined, href: partyStatusHref(id, r.code, key.status) }];
}

/** Instrument kinds that bind a few named States: shown when two compared States are both named. */
const PAIRWISE_KINDS = new Set(['bilateral', 'agreement']);

/** Bilateral treaties and agreements that name `r` and at least one other of the compared States. */
export function sharedBilateral(r: CompareRecord, others: readonly CompareRecord[], format: CompareFormat = PLAIN_FORMAT): CompareValue[] {
  const named = (x: CompareRecord, id: string) => x.instrumentStatus.some((s) => s.instrument === id);
  return r.instrumentStatus
    .filter((s) => PAIRWISE_KINDS.has(s.kind) && others.some((o) => o.code !== r.code && named(o, s.instrument)))
    .map((s) => {
      const partners = others.filter((o) => o.code !== r.code && named(o, s.instrument)).map((o) => ({ code: o.code, name: o.name }));
      const status = [vocab(format, 'partyStatus', s.status), s.instrumentStatus === 'in-force' ? null : say(format, { id: 'instrument-not-in-force' }), say(format, { id: 'with', partners })];
      return { text: s.shortTitle, meta: status.filter(Boolean).join('; '), href: partyStatusHref(s.instrument, r.code, s.status) };
    });
}

/** A field's own page, /compare/<slug>/: the field across every State, sortable. */
export interface FieldPageSpec {
  slug: string;
  /** Heading and link text: "Preservation period". */
  title: string;
  /** Header of the value column. */
  column: string;
  /** What the values mean, in a sentence. */
  intro: string;
  /** CSV column with the same values (its description on /data/ applies). */
  csvColumn: string;
  sortType: SortType;
  /** Sort key of the value column; null (not documented) sorts last in either direction. */
  sortValue?: (r: CompareRecord, ctx: CompareContext) => SortValue;
}

/** One field of an entry, as the comparison shows it, with its one-field page if it has one. */
interface FieldSpec {
  label: string;
  /** Section of the country page (or the page) that cites the values. */
  href: (r: CompareRecord) => string;
  values: (r: CompareRecord, ctx: CompareContext, all: readonly CompareRecord[]) => CompareValue[];
  prose?: boolean;
  gap?: string;
  page?: FieldPageSpec;
}

function cellOf(spec: FieldSpec, r: CompareRecord, ctx: CompareContext, all: readonly CompareRecord[] = [r]): CompareCell {
  return {
    href: spec.href(r),
    values: spec.values(r, ctx, all),
    prose: spec.prose ?? false,
    gap: spec.gap ?? NOT_DOCUMENTED,
    sourceLabel: `Sources: ${r.name}, ${spec.label.toLowerCase()}`,
  };
}

const section = (id: CountryAnchor) => (r: CompareRecord) => countryUrl(r.code, id);
const joined = (values: CompareValue[]) => (values.length ? values.map((v) => v.text).join('; ') : null);

/** Status order when a column of standings is sorted: bound first. `unknown` is a gap and sorts last. */
const STATUS_RANK: Record<PartyStatus, number | null> = {
  party: 1,
  member: 1,
  'presumed-party': 2,
  signed: 3,
  unconfirmed: 4,
  signatory: 5,
  excluded: 6,
  'former-member': 6,
  'non-party': 7,
  'not-party': 7,
  unknown: null,
};

/** The fields of the comparison, by id. */
export const FIELDS = {
  'central-authority': {
    label: 'Central authority',
    href: section('central-authority'),
    values: (r, { format }) => {
      const a = r.centralAuthority;
      if (!a || r.comparison.centralAuthority === null) return [];
      const meta = [a.unit, a.scope && say(format, { id: 'handles', scope: a.scope })].filter(Boolean).join('; ');
      return [{ text: `${r.comparison.centralAuthority}${a.acronym ? ` (${a.acronym})` : ''}`, meta: meta || undefined }];
    },
    page: {
      slug: 'central-authority',
      title: 'Central authority',
      column: 'Central authority',
      intro: 'The authority that receives mutual legal assistance requests.',
      csvColumn: 'central_authority',
      sortType: 'text',
      sortValue: (r) => r.comparison.centralAuthority,
    },
  },
  contacts: {
    label: 'Current contacts',
    href: section('central-authority'),
    values: (r, { format }) =>
      current(r.centralAuthority?.contacts ?? []).map((c) => {
        const asOf = contactAsOf(c, r.sources);
        return {
          text: `${vocab(format, 'contact', c.type)}: ${c.value}`,
          meta: [c.label, say(format, asOf ? { id: 'as-of', date: asOf } : { id: 'undated-source' })].filter(Boolean).join('; '),
        };
      }),
  },
  channels: {
    label: 'Channels',
    href: section('channels'),
    values: (r, { format }) => r.comparison.channelTypes.map((t) => ({ text: vocab(format, 'channel', t) })),
    page: {
      slug: 'channels',
      title: 'Channels',
      column: 'Documented channels',
      intro: 'How requests travel, in the order a requester would try them. Sorting orders by how many channels are documented.',
      csvColumn: 'channel_types',
      sortType: 'number',
      sortValue: (r) => r.comparison.channelTypes.length || null,
    },
  },
  languages: {
    label: 'Accepted languages',
    href: section('languages'),
    values: (r, { format }) => r.comparison.languages.map((code) => ({ text: format.languageName(code) })),
    page: {
      slug: 'languages',
      title: 'Accepted languages',
      column: 'Languages requests are accepted in',
      intro: 'The languages in which a request is accepted, as the sources list them.',
      csvColumn: 'languages',
      sortType: 'text',
    },
  },
  'electronic-submission': {
    label: 'Electronic submission',
    href: section('channels'),
    values: (r, { format }) => {
      if (r.comparison.electronicSubmission !== 'yes') return [];
      const channels = r.comparison.channelTypes.filter((t) => t === 'online-service' || t === 'email');
      return [{ text: say(format, { id: 'yes' }), meta: say(format, { id: 'by', channels }) }];
    },
    page: {
      slug: 'electronic-submission',
      title: 'Electronic submission',
      column: 'Electronic submission documented',
      intro: 'Whether a current channel by online service or email is documented with a source. “Not documented” never means that electronic submission is refused.',
      csvColumn: 'electronic_submission',
      sortType: 'text',
      sortValue: (r) => (r.comparison.electronicSubmission === 'yes' ? 'yes' : null),
    },
  },
  bilateral: {
    label: 'Bilateral treaties and agreements between these States',
    href: section('legal-basis'),
    values: (r, { format }, all) => sharedBilateral(r, all, format),
    gap: GAP_LABELS['none-documented'],
  },
  'point-of-contact': {
    label: '24/7 point of contact',
    href: section('preservation'),
    values: (r) => r.comparison.pointsOfContact247.map((name) => ({ text: name })),
    page: {
      slug: 'point-of-contact-24-7',
      title: '24/7 point of contact',
      column: 'Documented 24/7 point of contact',
      intro: 'Authorities documented as 24/7 points of contact for urgent preservation and assistance.',
      csvColumn: 'point_of_contact_24_7',
      sortType: 'text',
      sortValue: (r) => r.comparison.pointsOfContact247.join('; ') || null,
    },
  },
  'preservation-days': {
    label: 'Preservation: maximum period',
    href: section('preservation'),
    values: (r, { format }) => {
      const days = r.comparison.preservationMaxDays;
      return days === null ? [] : [{ text: say(format, { id: 'days', days }), meta: r.preservation.maxDays?.text }];
    },
    page: {
      slug: 'preservation-period',
      title: 'Preservation period',
      column: 'Maximum preservation period',
      intro: 'The longest period for which data is kept on a preservation request, where a source gives it.',
      csvColumn: 'preservation_max_days',
      sortType: 'number',
      sortValue: (r) => r.comparison.preservationMaxDays,
    },
  },
  preservation: {
    label: 'Preservation: what the sources say',
    href: section('preservation'),
    prose: true,
    values: (r, { format }) => prose(r.preservation.facts, format),
  },
  urgent: { label: 'Urgent procedure', href: section('urgent'), prose: true, values: (r, { format }) => prose(r.urgent, format) },
  requirements: { label: 'Requirements', href: section('requirements'), prose: true, values: (r, { format }) => prose(r.requirements, format) },
  'refusal-grounds': {
    label: 'Refusal grounds',
    href: section('refusal-grounds'),
    prose: true,
    values: (r, { format }) =>
      current(r.safeguards.refusalGrounds).map((g) => ({
        text: `${vocab(format, 'ground', g.ground)}${g.kind ? ` (${say(format, { id: g.kind })})` : ''}: ${g.text}`,
        meta: g.asOf ? say(format, { id: 'as-of', date: g.asOf }) : undefined,
      })),
  },
  'refusal-ground-list': {
    label: 'Refusal grounds',
    href: section('refusal-grounds'),
    values: (r, { format }) => r.comparison.refusalGrounds.map((g) => ({ text: vocab(format, 'ground', g) })),
    page: {
      slug: 'refusal-grounds',
      title: 'Refusal grounds documented',
      column: 'Refusal grounds documented',
      intro: 'The grounds on which assistance may be refused, as far as they are documented with a source, most relevant first. Sorting orders by how many are documented.',
      csvColumn: 'refusal_grounds',
      sortType: 'number',
      sortValue: (r) => r.comparison.refusalGrounds.length || null,
    },
  },
  'dual-criminality': {
    label: 'Dual criminality',
    href: section('dual-criminality'),
    prose: true,
    values: (r, { format }) => prose(r.safeguards.dualCriminality, format),
  },
  'de-minimis': { label: 'De minimis', href: section('de-minimis'), prose: true, values: (r, { format }) => prose(r.safeguards.deMinimis, format) },
  authorisation: {
    label: 'Authorisation of coercive measures',
    href: section('authorisation'),
    prose: true,
    values: (r, { format }) => prose(r.safeguards.authorisation, format),
  },
  timelines: { label: 'Timelines', href: section('timelines'), prose: true, values: (r, { format }) => prose(r.timelines, format) },
  completeness: {
    label: 'Completeness',
    href: (r) => coverageUrl(r.code),
    values: (r, { format }) => [{ text: say(format, { id: 'percent', percent: r.comparison.completenessPercent }) }],
    page: {
      slug: 'completeness',
      title: 'Completeness',
      column: 'Completeness',
      intro: 'Share of the parts of the content model that have at least one sourced statement, as on the coverage page.',
      csvColumn: 'completeness_percent',
      sortType: 'number',
      sortValue: (r) => r.comparison.completenessPercent,
    },
  },
  'last-verified': {
    label: 'Last verified',
    href: section('changes'),
    values: (r, { format }) => (r.lastVerified ? [{ text: format.formatDate(r.lastVerified) }] : []),
    gap: GAP_LABELS['never-verified'],
    page: {
      slug: 'last-verified',
      title: 'Last checked',
      column: 'Last checked against its sources',
      intro: 'The date on which the entry was last checked against its sources.',
      csvColumn: 'last_verified',
      sortType: 'text',
      sortValue: (r) => r.lastVerified,
    },
  },
  'budapest-status': {
    label: 'Budapest Convention',
    href: () => instrumentUrl('budapest', 'parties'),
    values: (r, { format }) => instrumentStatusValues(r, 'budapest', format),
    page: {
      slug: 'budapest-convention',
      title: 'Budapest Convention status',
      column: 'Standing under the Budapest Convention',
      intro: 'Standing of each State under the Convention on Cybercrime, from the instrument entry’s party list. A State missing from a partial list is not a confirmed non-party: its status is unknown.',
      csvColumn: 'status_budapest',
      sortType: 'number',
      sortValue: (r) => {
        const key = r.comparison.keyInstruments['budapest'];
        return key ? STATUS_RANK[key.status] : null;
      },
    },
  },
} satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;

/** The cell of one field for one State; `all` are the compared States (for bilateral treaties). */
export function fieldCell(id: FieldId, r: CompareRecord, ctx: CompareContext, all: readonly CompareRecord[] = [r]): CompareCell {
  return cellOf(FIELDS[id], r, ctx, all);
}

function instrumentSpec(inst: InstrumentTitle): FieldSpec {
  return {
    label: inst.shortTitle,
    href: () => instrumentUrl(inst.id, 'parties'),
    values: (r, { format }) => instrumentStatusValues(r, inst.id, format),
  };
}

/** The cell of a State's party status in one key instrument. */
export function instrumentCell(inst: InstrumentTitle, r: CompareRecord, ctx: CompareContext): CompareCell {
  return cellOf(instrumentSpec(inst), r, ctx);
}

export const GROUPS: { id: string; label: string; fields: (FieldId | 'instruments')[] }[] = [
  { id: 'send', label: 'Where and how to send', fields: ['central-authority', 'contacts', 'channels', 'languages', 'electronic-submission'] },
  { id: 'legal-bases', label: 'Legal bases', fields: ['instruments', 'bilateral'] },
  { id: 'preservation', label: 'Preservation and urgent requests', fields: ['point-of-contact', 'preservation-days', 'preservation', 'urgent'] },
  { id: 'request', label: 'What a request must show', fields: ['requirements'] },
  { id: 'safeguards', label: 'Safeguards', fields: ['refusal-grounds', 'dual-criminality', 'de-minimis', 'authorisation'] },
  { id: 'entry', label: 'Delays and the entry itself', fields: ['timelines', 'completeness', 'last-verified'] },
];

/** "Ireland", "Ireland and Chile", "Ireland, Chile and Japan". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The side-by-side table of two to four States, in the order given. A key instrument gets a
 * row when at least one of them is documented as a party, presumed party, signatory or
 * listed non-party; the others are named in `omittedInstruments`.
 */
export function buildComparison(records: readonly CompareRecord[], ctx: CompareContext): ComparisonTable {
  const shown = (inst: InstrumentTitle) =>
    records.some((r) => {
      const s = r.comparison.keyInstruments[inst.id]?.status;
      return s !== undefined && s !== 'unknown' && s !== 'not-party';
    });
  const instruments = ctx.instruments;
  const groups = GROUPS.map((g) => ({
    id: g.id,
    label: g.label,
    rows: g.fields.flatMap((f): CompareRow[] =>
      f === 'instruments'
        ? instruments
            .filter(shown)
            .map((inst) => ({ id: `instrument-${inst.id}`, label: inst.shortTitle, cells: records.map((r) => instrumentCell(inst, r, ctx)) }))
        : [{ id: f, label: FIELDS[f].label, cells: records.map((r) => fieldCell(f, r, ctx, records)) }],
    ),
  }));
  return {
    caption: `${listNames(records.map((r) => r.name))} compared`,
    countries: records.map((r) => ({ code: r.code, name: r.name, href: countryUrl(r.code) })),
    groups,
    omittedInstruments: instruments.filter((i) => !shown(i)),
  };
}

/**
 * The interface words of a comparison in another language: field, group and gap labels by
 * id, and the link after prose values. Values stay as built (entry text and the vocabulary's
 * English labels); pages pass their catalogue, the island the messages its page embeds.
 */
export interface CompareWords {
  label(table: 'compareField' | 'compareGroup' | 'compareGap', id: string): string;
  /** "Sources: {name}, {field}". */
  sources(name: string, field: string): string;
  /** A State's name in the page's language. */
  stateName(code: string, english: string): string;
}

const GAP_IDS = new Map<string, string>(Object.entries(GAP_LABELS).map(([id, text]) => [text, id]));

/** The cell's interface words in another language; `field` is its row's label there. */
export function localizeCell(cell: CompareCell, words: CompareWords, name: string, field: string): CompareCell {
  const gap = GAP_IDS.get(cell.gap);
  return { ...cell, gap: gap ? words.label('compareGap', gap) : cell.gap, sourceLabel: words.sources(name, field.toLowerCase()) };
}

/** The same table with its interface words in another language (English pages use the table as built). */
export function localizeComparison(table: ComparisonTable, words: CompareWords): ComparisonTable {
  const countries = table.countries.map((c) => ({ ...c, name: words.stateName(c.code, c.name) }));
  return {
    ...table,
    countries,
    groups: table.groups.map((g) => ({
      ...g,
      label: words.label('compareGroup', g.id),
      rows: g.rows.map((row) => {
        const label = row.id in FIELDS ? words.label('compareField', row.id) : row.label;
        return { ...row, label, cells: row.cells.map((cell, i) => localizeCell(cell, words, countries[i]?.name ?? '', label)) };
      }),
    })),
  };
}

/* ---------- One field across every State ---------- */

export interface FieldPage extends FieldPageSpec {
  field: FieldId;
  cell: (r: CompareRecord, ctx: CompareContext) => CompareCell;
  sortValue: (r: CompareRecord, ctx: CompareContext) => SortValue;
}

/** The one-field pages, from the fields that have one, in field order. */
export const FIELD_PAGES: readonly FieldPage[] = (Object.entries(FIELDS) as [FieldId, FieldSpec][]).flatMap(([id, spec]) =>
  spec.page
    ? [
        {
          ...spec.page,
          field: id,
          cell: (r: CompareRecord, ctx: CompareContext) => fieldCell(id, r, ctx),
          sortValue: spec.page.sortValue ?? ((r: CompareRecord, ctx: CompareContext) => joined(fieldCell(id, r, ctx).values)),
        },
      ]
    : [],
);

export function fieldPage(slug: string): FieldPage | undefined {
  return FIELD_PAGES.find((f) => f.slug === slug);
}
