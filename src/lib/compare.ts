/**
 * Comparing jurisdictions: /compare/ (two to four side by side) and /compare/<field>/ (one
 * field across every jurisdiction). Both are built from the API records that
 * /api/countries/<code>.json publishes (src/lib/api.ts countryRecord), so the prerendered
 * pages, the browser island that fetches those files and the CSV cannot disagree: every
 * comparison value is read from `record.comparison` (api.ts comparisonOf, the values the
 * CSV writes), and party status from the record, which takes it from parties.ts.
 *
 * The compare island bundles this module: it imports types and label tables only (no Zod,
 * no schemas, no country-name tables), and dates and languages are formatted by a
 * `CompareFormat` the caller passes in.
 */
import { CHANNEL_LABELS, GROUND_LABELS } from './labels.ts';
import { STATUS_LABELS, type PartyStatus } from './parties.ts';
import { formatDate, languageName } from './dates.ts';
import type { CountryFile } from './schema/api.ts';
import type { Fact, Source } from './schema/common.ts';
import type { Contact } from './schema/country.ts';

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
}

/** The same display rules as the pages, from a module with no dependencies (the island must not bundle country-name tables). */
export const PLAIN_FORMAT: CompareFormat = { languageName, formatDate };

/** One instrument whose party status is compared (the CSV's key instruments), with its title. */
export interface InstrumentTitle {
  id: string;
  shortTitle: string;
}

export interface CompareContext {
  format: CompareFormat;
  /** Key instruments in CSV column order (src/lib/api.ts KEY_INSTRUMENTS that have an entry). */
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

export const countryHref = (code: string, section?: string) => `/countries/${code}/${section ? `#${section}` : ''}`;
export const instrumentHref = (id: string, anchor?: string) => `/instruments/${id}/${anchor ? `#${anchor}` : ''}`;
export const coverageHref = (code: string) => `/coverage/#${code}`;

const current = <T extends { status?: string | undefined }>(list: readonly T[]) => list.filter((x) => x.status !== 'historic');

function prose(facts: readonly Fact[], format: CompareFormat): CompareValue[] {
  return current(facts).map((f) => ({ text: f.text, meta: f.asOf ? `as of ${format.formatDate(f.asOf)}` : undefined }));
}

/** Same labels as the country page's contact list (src/components/Authority.astro). */
export const CONTACT_LABELS: Record<Contact['type'], string> = {
  email: 'Email',
  phone: 'Phone',
  fax: 'Fax',
  postal: 'Post',
  web: 'Web page',
  'online-service': 'Online service',
};

/** The date shown next to a contact: its own, else the newest date among the sources it cites (as the country page does). */
export function contactAsOf(contact: Pick<Contact, 'asOf' | 'cite'>, sources: readonly Pick<Source, 'id' | 'date'>[]): string | null {
  if (contact.asOf) return contact.asOf;
  const dates = contact.cite.map((id) => sources.find((s) => s.id === id)?.date).filter((d): d is string => Boolean(d));
  return dates.sort().at(-1) ?? null;
}

/** Statuses for which the instrument page has a #party-<code> row with the citation. */
const LISTED: readonly PartyStatus[] = ['party', 'signatory', 'non-party'];

/** Where the citation of a State's status in an instrument is. */
export function partyStatusHref(instrument: string, code: string, status: PartyStatus): string {
  return instrumentHref(instrument, LISTED.includes(status) ? `party-${code}` : 'parties');
}

/** Party status in a key instrument: from `comparison.keyInstruments` (the CSV's status_<id> columns). */
export function instrumentStatusValues(r: CompareRecord, id: string, format: CompareFormat): CompareValue[] {
  const status = r.comparison.keyInstruments[id];
  if (!status || status === 'unknown') return [];
  const item = r.instrumentStatus.find((s) => s.instrument === id);
  const inForce = status === 'party' && item?.inForce ? `in force ${format.formatDate(item.inForce)}` : undefined;
  return [{ text: STATUS_LABELS[status], meta: inForce, href: partyStatusHref(id, r.code, status) }];
}

/** Instrument kinds that bind a few named States: shown when two compared States are both named. */
const PAIRWISE_KINDS = new Set(['bilateral', 'agreement']);

/** Bilateral treaties and agreements that name `r` and at least one other of the compared States. */
export function sharedBilateral(r: CompareRecord, others: readonly CompareRecord[]): CompareValue[] {
  const named = (x: CompareRecord, id: string) => x.instrumentStatus.some((s) => s.instrument === id);
  return r.instrumentStatus
    .filter((s) => PAIRWISE_KINDS.has(s.kind) && others.some((o) => o.code !== r.code && named(o, s.instrument)))
    .map((s) => {
      const partners = others.filter((o) => o.code !== r.code && named(o, s.instrument)).map((o) => o.name);
      const status = [STATUS_LABELS[s.status], s.instrumentStatus === 'in-force' ? null : 'instrument not in force', `with ${partners.join(', ')}`];
      return { text: s.shortTitle, meta: status.filter(Boolean).join('; '), href: partyStatusHref(s.instrument, r.code, s.status) };
    });
}

/** One field of an entry, as the comparison shows it. */
interface FieldSpec {
  label: string;
  /** Section of the country page (or the page) that cites the values. */
  href: (r: CompareRecord) => string;
  values: (r: CompareRecord, ctx: CompareContext, all: readonly CompareRecord[]) => CompareValue[];
  prose?: boolean;
  gap?: string;
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

const section = (id: string) => (r: CompareRecord) => countryHref(r.code, id);

/** The fields of the side-by-side comparison, by id. */
export const FIELDS = {
  'central-authority': {
    label: 'Central authority',
    href: section('central-authority'),
    values: (r) => {
      const a = r.centralAuthority;
      if (!a || r.comparison.centralAuthority === null) return [];
      const meta = [a.unit, a.scope && `handles ${a.scope}`].filter(Boolean).join('; ');
      return [{ text: `${r.comparison.centralAuthority}${a.acronym ? ` (${a.acronym})` : ''}`, meta: meta || undefined }];
    },
  },
  contacts: {
    label: 'Current contacts',
    href: section('central-authority'),
    values: (r, { format }) =>
      current(r.centralAuthority?.contacts ?? []).map((c) => {
        const asOf = contactAsOf(c, r.sources);
        return {
          text: `${CONTACT_LABELS[c.type]}: ${c.value}`,
          meta: [c.label, asOf ? `as of ${format.formatDate(asOf)}` : 'undated source'].filter(Boolean).join('; '),
        };
      }),
  },
  channels: {
    label: 'Channels',
    href: section('channels'),
    values: (r) => r.comparison.channelTypes.map((t) => ({ text: CHANNEL_LABELS[t] })),
  },
  languages: {
    label: 'Accepted languages',
    href: section('languages'),
    values: (r, { format }) => r.comparison.languages.map((code) => ({ text: format.languageName(code) })),
  },
  'electronic-submission': {
    label: 'Electronic submission',
    href: section('channels'),
    values: (r) => {
      if (r.comparison.electronicSubmission !== 'yes') return [];
      const how = r.comparison.channelTypes.filter((t) => t === 'online-service' || t === 'email').map((t) => CHANNEL_LABELS[t].toLowerCase());
      return [{ text: 'Yes', meta: `by ${how.join(' or ')}` }];
    },
  },
  bilateral: {
    label: 'Bilateral treaties and agreements between these States',
    href: section('legal-basis'),
    values: (r, _ctx, all) => sharedBilateral(r, all),
    gap: 'none documented',
  },
  'point-of-contact': {
    label: '24/7 point of contact',
    href: section('preservation'),
    values: (r) => r.comparison.pointsOfContact247.map((name) => ({ text: name })),
  },
  'preservation-days': {
    label: 'Preservation: maximum period',
    href: section('preservation'),
    values: (r) => {
      const days = r.comparison.preservationMaxDays;
      return days === null ? [] : [{ text: `${days} days`, meta: r.preservation.maxDays?.text }];
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
        text: `${GROUND_LABELS[g.ground]}${g.kind ? ` (${g.kind})` : ''}: ${g.text}`,
        meta: g.asOf ? `as of ${format.formatDate(g.asOf)}` : undefined,
      })),
  },
  'refusal-ground-list': {
    label: 'Refusal grounds',
    href: section('refusal-grounds'),
    values: (r) => r.comparison.refusalGrounds.map((g) => ({ text: GROUND_LABELS[g] })),
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
    href: (r) => coverageHref(r.code),
    values: (r) => [{ text: `${r.comparison.completenessPercent}%` }],
  },
  'last-verified': {
    label: 'Last verified',
    href: section('changes'),
    values: (r, { format }) => (r.lastVerified ? [{ text: format.formatDate(r.lastVerified) }] : []),
    gap: 'never verified',
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
    href: () => instrumentHref(inst.id, 'parties'),
    values: (r, { format }) => instrumentStatusValues(r, inst.id, format),
  };
}

/** The cell of a State's party status in one key instrument. */
export function instrumentCell(inst: InstrumentTitle, r: CompareRecord, ctx: CompareContext): CompareCell {
  return cellOf(instrumentSpec(inst), r, ctx);
}

const GROUPS: { id: string; label: string; fields: (FieldId | 'instruments')[] }[] = [
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
      const s = r.comparison.keyInstruments[inst.id];
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
    countries: records.map((r) => ({ code: r.code, name: r.name, href: countryHref(r.code) })),
    groups,
    omittedInstruments: instruments.filter((i) => !shown(i)),
  };
}

/* ---------- Choosing the States ---------- */

export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 4;
/**
 * Query parameter that names the compared States: `?c=ie,us` (what the island writes), or
 * repeated. The form's selectors are c1…c4 (HTML wants distinct names); they are read too.
 */
export const COUNTRY_PARAM = 'c';
/** Compared when the query names none: two well-documented entries, else the first two by name. */
export const DEFAULT_PAIR = ['ie', 'us'] as const;

export function defaultSelection(codesByName: readonly string[]): string[] {
  if (DEFAULT_PAIR.every((c) => codesByName.includes(c))) return [...DEFAULT_PAIR];
  return codesByName.slice(0, MIN_COUNTRIES);
}

export interface Selection {
  /** Valid, distinct codes in the order given, at most MAX_COUNTRIES. */
  codes: string[];
  /** What was ignored or is missing, in words for the page. */
  problems: string[];
  /** Enough States to compare. */
  ok: boolean;
}

/**
 * Reads the compared States from query values (`?c=ie,us`, or `?c=ie&c=us`). Empty values
 * (an unused selector) are skipped; unknown codes, repeats and a fifth State are ignored
 * with a problem that says so.
 */
export function parseSelection(values: readonly string[], known: ReadonlyMap<string, string>): Selection {
  const codes: string[] = [];
  const problems: string[] = [];
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  for (const code of names) {
    if (!known.has(code)) problems.push(`There is no entry for “${code}”: it was left out.`);
    else if (codes.includes(code)) problems.push(`${known.get(code)} was chosen more than once.`);
    else if (codes.length === MAX_COUNTRIES) problems.push(`At most ${MAX_COUNTRIES} countries can be compared: ${known.get(code)} was left out.`);
    else codes.push(code);
  }
  const ok = codes.length >= MIN_COUNTRIES;
  if (!ok) problems.push(`Choose at least ${MIN_COUNTRIES} different countries.`);
  return { codes, problems, ok };
}

/** The values that name States in a query: every `c`, then the selectors `c1`…`c4` in order. */
export function selectionParams(params: URLSearchParams): string[] {
  const numbered = Array.from({ length: MAX_COUNTRIES }, (_, i) => params.getAll(`${COUNTRY_PARAM}${i + 1}`)).flat();
  return [...params.getAll(COUNTRY_PARAM), ...numbered];
}

/** The query string that reproduces a comparison: "?c=ie,us". */
export function selectionQuery(codes: readonly string[]): string {
  const safe = codes.filter((c) => /^[a-z]{2}$/.test(c));
  return safe.length ? `?${COUNTRY_PARAM}=${safe.join(',')}` : '';
}

/* ---------- One field across every State ---------- */

export type SortType = 'text' | 'number';
export type SortValue = string | number | null;

/** Status order when a column of party statuses is sorted: bound first. `unknown` is a gap and sorts last. */
const STATUS_RANK: Record<PartyStatus, number | null> = {
  party: 1,
  'presumed-party': 2,
  signatory: 3,
  'non-party': 4,
  'not-party': 5,
  unknown: null,
};

export interface FieldPage {
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
  cell: (r: CompareRecord, ctx: CompareContext) => CompareCell;
  /** Sort key of the value column; null (not documented) sorts last in either direction. */
  sortValue: (r: CompareRecord, ctx: CompareContext) => SortValue;
}

const joined = (values: CompareValue[]) => (values.length ? values.map((v) => v.text).join('; ') : null);
const byField = (id: FieldId) => (r: CompareRecord, ctx: CompareContext) => fieldCell(id, r, ctx);

export const FIELD_PAGES: readonly FieldPage[] = [
  {
    slug: 'preservation-period',
    title: 'Preservation period',
    column: 'Maximum preservation period',
    intro: 'The longest period for which data is kept on a preservation request, where a source gives it.',
    csvColumn: 'preservation_max_days',
    sortType: 'number',
    cell: byField('preservation-days'),
    sortValue: (r) => r.comparison.preservationMaxDays,
  },
  {
    slug: 'languages',
    title: 'Accepted languages',
    column: 'Languages requests are accepted in',
    intro: 'The languages in which a request is accepted, as the sources list them.',
    csvColumn: 'languages',
    sortType: 'text',
    cell: byField('languages'),
    sortValue: (r, ctx) => joined(fieldCell('languages', r, ctx).values),
  },
  {
    slug: 'electronic-submission',
    title: 'Electronic submission',
    column: 'Electronic submission documented',
    intro:
      'Whether a current channel by online service or email is documented with a source. “Not documented” never means that electronic submission is refused.',
    csvColumn: 'electronic_submission',
    sortType: 'text',
    cell: byField('electronic-submission'),
    sortValue: (r) => (r.comparison.electronicSubmission === 'yes' ? 'yes' : null),
  },
  {
    slug: 'channels',
    title: 'Channels',
    column: 'Documented channels',
    intro: 'How requests travel, in the order a requester would try them. Sorting orders by how many channels are documented.',
    csvColumn: 'channel_types',
    sortType: 'number',
    cell: byField('channels'),
    sortValue: (r) => r.comparison.channelTypes.length || null,
  },
  {
    slug: 'central-authority',
    title: 'Central authority',
    column: 'Central authority',
    intro: 'The authority that receives mutual legal assistance requests.',
    csvColumn: 'central_authority',
    sortType: 'text',
    cell: byField('central-authority'),
    sortValue: (r) => r.comparison.centralAuthority,
  },
  {
    slug: 'budapest-convention',
    title: 'Budapest Convention status',
    column: 'Status in the Budapest Convention',
    intro:
      'Status of each State in the Convention on Cybercrime, from the instrument entry’s party list. A State missing from a partial list is not a confirmed non-party.',
    csvColumn: 'status_budapest',
    sortType: 'number',
    cell: (r, ctx) => instrumentCell(ctx.instruments.find((i) => i.id === 'budapest') ?? { id: 'budapest', shortTitle: 'Budapest Convention' }, r, ctx),
    sortValue: (r) => {
      const status = r.comparison.keyInstruments['budapest'];
      return status ? STATUS_RANK[status] : null;
    },
  },
  {
    slug: 'point-of-contact-24-7',
    title: '24/7 point of contact',
    column: 'Documented 24/7 point of contact',
    intro: 'Authorities documented as 24/7 points of contact for urgent preservation and assistance.',
    csvColumn: 'point_of_contact_24_7',
    sortType: 'text',
    cell: byField('point-of-contact'),
    sortValue: (r) => r.comparison.pointsOfContact247.join('; ') || null,
  },
  {
    slug: 'refusal-grounds',
    title: 'Refusal grounds documented',
    column: 'Refusal grounds documented',
    intro:
      'The grounds on which assistance may be refused, as far as they are documented with a source, most relevant first. Sorting orders by how many are documented.',
    csvColumn: 'refusal_grounds',
    sortType: 'number',
    cell: byField('refusal-ground-list'),
    sortValue: (r) => r.comparison.refusalGrounds.length || null,
  },
  {
    slug: 'completeness',
    title: 'Completeness',
    column: 'Completeness',
    intro: 'Share of the parts of the content model that have at least one sourced statement, as on the coverage page.',
    csvColumn: 'completeness_percent',
    sortType: 'number',
    cell: byField('completeness'),
    sortValue: (r) => r.comparison.completenessPercent,
  },
  {
    slug: 'last-verified',
    title: 'Last verified',
    column: 'Last verified',
    intro: 'The date on which the entry was last checked against its sources.',
    csvColumn: 'last_verified',
    sortType: 'text',
    cell: byField('last-verified'),
    sortValue: (r) => r.lastVerified,
  },
];

export function fieldPage(slug: string): FieldPage | undefined {
  return FIELD_PAGES.find((f) => f.slug === slug);
}

/* ---------- Sorting a table ---------- */

export type SortDirection = 'ascending' | 'descending';

/** A cell's data-sort attribute read back: empty is a gap; a number column parses numbers. */
export function parseSortValue(raw: string | null | undefined, type: SortType): SortValue {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  if (type === 'text') return raw;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Orders two values; gaps (null) go last whichever the direction, so documented values stay on top. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : -order;
}

/** Row order for a sort: by value, ties by name (A to Z), so every sort is stable and reproducible. */
export function sortOrder(rows: readonly { value: SortValue; name: string }[], direction: SortDirection): number[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => compareSortValues(x.row.value, y.row.value, direction) || x.row.name.localeCompare(y.row.name, 'en') || x.index - y.index)
    .map((x) => x.index);
}

/** Next direction when a column header is pressed: a new column starts ascending, the same one flips. */
export function nextDirection(active: boolean, currentDirection: SortDirection | null): SortDirection {
  return active && currentDirection === 'ascending' ? 'descending' : 'ascending';
}
