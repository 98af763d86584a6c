/** /compare/ and /compare/<field>/ values, from the API records, agree with the CSV; selection and sorting. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryRecord } from '../../src/lib/publish/api.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { FIELD_PAGES, NOT_DOCUMENTED, PLAIN_FORMAT, buildComparison, fieldCell, listNames, localizeComparison, valueWordText, type CompareCell, type CompareContext, type CompareRecord, type ComparisonTable, type ValueWord } from '../../src/lib/compare/fields.ts';
import { VALUE_WORD_KEYS, pageValueWords, valueWordIn } from '../../src/lib/i18n/compare-words.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { MAX_COUNTRIES, defaultSelection, parseSelection, selectionParams, selectionQuery } from '../../src/lib/compare/selection.ts';
import { compareSortValues, nextDirection, parseSortValue, sortOrder } from '../../src/lib/compare/sort.ts';
import { contactAsOf } from '../../src/lib/country/derive.ts';
import { COUNTRY_SECTION_IDS } from '../../src/lib/contract/sections.ts';
import { COUNTRY_CSV_COLUMNS } from '../../src/lib/publish/countries-csv.ts';
import { formatDate, languageName } from '../../src/lib/format.ts';
import { country, type Country } from '../../src/lib/schema/country.ts';
import { group } from '../../src/lib/schema/group.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';
import { ROOT } from '../helpers/dist.ts';
import { CATALOGUES, i18n } from '../../src/lib/i18n/catalogues.ts';
import { fixture } from '../helpers/fixtures.ts';
import { publishContext } from '../helpers/publish.ts';

// Fixtureland is a UN Member State, so UNTOC (near-universal) presumes it a party.
const PUB_CTX = publishContext({
  un: group.parse({ name: 'UN Member States', kind: 'organisation', memberList: 'partial', members: [{ code: 'is', cite: ['s'] }], sources: [{ id: 's', url: 'https://www.un.org/en/about-us/member-states', title: 'Member States', date: '2026', kind: 'official' }] }),
});
const SERVER_FORMAT = { formatDate, languageName };

const fromFixture = (id: string): Country =>
  country.parse(parseContentFile('countries', `content/countries/${id}.mdx`, fixture(`content/countries/${id}.mdx`)).data);
const is = fromFixture('is');
const mt = fromFixture('mt');

const src = [{ id: 's', url: 'https://example.org/s', title: 'Fixture source', date: '2024-01-01', kind: 'depositary' }];
const treaty = (data: Record<string, unknown>): Instrument =>
  instrument.parse({ title: 'Fixture treaty title', status: 'in-force', summary: 'A fixture instrument for the tests.', sources: src, ...data });

const instruments: Instrument[] = [
  treaty({
    id: 'budapest',
    shortTitle: 'Budapest Convention',
    kind: 'multilateral',
    partyList: 'partial',
    parties: [{ code: 'is', inForce: '2004-07-01', cite: ['s'] }],
  }),
  treaty({ id: 'untoc', shortTitle: 'UNTOC', kind: 'multilateral', partyList: 'near-universal', nonParties: [{ code: 'mt', cite: ['s'] }] }),
  treaty({ id: 'iacmacm', shortTitle: 'Inter-American MLA Convention', kind: 'regional', partyList: 'complete', parties: [{ code: 'us', cite: ['s'] }] }),
  treaty({
    id: 'mlat-is-mt',
    shortTitle: 'Fixtureland–Minimaland MLAT',
    kind: 'bilateral',
    partyList: 'complete',
    parties: [
      { code: 'is', cite: ['s'] },
      { code: 'mt', cite: ['s'] },
    ],
  }),
  treaty({
    id: 'mlat-is-no',
    shortTitle: 'Fixtureland–Norway MLAT',
    kind: 'bilateral',
    status: 'not-in-force',
    partyList: 'complete',
    parties: [{ code: 'is', cite: ['s'] }],
    signatories: [{ code: 'no', cite: ['s'] }],
  }),
];

/** A third entry, built from plain data, with historic facts and an undated contact. */
const no = country.parse({
  code: 'no',
  name: 'Thirdland',
  region: 'Europe',
  lastVerified: '2025-02-03',
  centralAuthority: {
    name: 'Third Central Authority',
    acronym: 'TCA',
    unit: 'International Unit',
    cite: ['a'],
    contacts: [
      { type: 'online-service', value: 'https://example.org/portal', cite: ['undated'] },
      { type: 'email', value: 'old@example.org', status: 'historic', cite: ['a'] },
      { type: 'phone', value: '+47 22 00 00 00', label: 'duty desk', asOf: '2019-05', cite: ['a'] },
    ],
  },
  channels: [
    { type: 'diplomatic', text: 'Requests may go through diplomatic channels.', cite: ['a'] },
    { type: 'online-service', text: 'Requests may be filed online.', cite: ['a'] },
    { type: 'email', text: 'Email was once accepted.', status: 'historic', cite: ['a'] },
  ],
  languages: { accepted: ['no', 'en'], cite: ['a'] },
  urgent: [
    { text: 'Urgent requests may be phoned in.', asOf: '2020', cite: ['a'] },
    { text: 'Urgent requests once went by telex.', status: 'historic', cite: ['a'] },
  ],
  safeguards: {
    refusalGrounds: [
      { ground: 'death-penalty', text: 'Assistance is refused where the death penalty may follow.', cite: ['a'] },
      { ground: 'other', kind: 'discretionary', text: 'Assistance may be refused where it would burden the courts.', cite: ['a'] },
      { ground: 'fiscal-offence', text: 'Fiscal offences were once excluded.', status: 'historic', cite: ['a'] },
    ],
  },
  sources: [
    { id: 'a', url: 'https://example.org/a', title: 'Third source', date: '2021-03-04', kind: 'official' },
    { id: 'undated', url: 'https://example.org/u', title: 'Undated source', date: null, kind: 'official' },
  ],
});

const record = (c: Country): CompareRecord => countryRecord(c, instruments, PUB_CTX);
const IS = record(is);
const MT = record(mt);
const NO = record(no);
const ctx: CompareContext = {
  format: SERVER_FORMAT,
  instruments: [
    { id: 'budapest', shortTitle: 'Budapest Convention' },
    { id: 'untoc', shortTitle: 'UNTOC' },
    { id: 'iacmacm', shortTitle: 'Inter-American MLA Convention' },
  ],
};

const texts = (cell: CompareCell) => cell.values.map((v) => v.text);
function row(table: ComparisonTable, id: string) {
  const found = table.groups.flatMap((g) => g.rows).find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}; rows: ${table.groups.flatMap((g) => g.rows.map((r) => r.id)).join(', ')}`);
  return found;
}
const cells = (table: ComparisonTable, id: string) => row(table, id).cells;

describe('PLAIN_FORMAT (the island’s formatter) says what src/lib/format.ts says', () => {
  it.each(['2015', '2015-03', '2015-03-09', '2026-11-27', '1999-12-01', null, undefined, ''])('date %j', (date) => {
    expect(PLAIN_FORMAT.formatDate(date)).toBe(formatDate(date));
  });

  it('language names, for every language code in the content and a few odd ones', () => {
    for (const code of [...contentLanguageCodes(), 'en', 'ga', 'zh', 'pt', 'sr', 'no', 'nb', 'xx', 'not a code']) {
      expect(PLAIN_FORMAT.languageName(code), code).toBe(languageName(code));
    }
  });
});

/** Every code in a `languages.accepted` list of the content being tested. */
function contentLanguageCodes(): string[] {
  const dir = join(process.env['MLAT_CONTENT_DIR'] ?? join(ROOT, 'content'), 'countries');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
  } catch {
    return [];
  }
  const codes = new Set<string>();
  for (const name of names) {
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/accepted:\s*\[([^\]]*)\]/g)) {
      for (const c of m[1]!.split(',')) if (c.trim()) codes.add(c.trim().replace(/["']/g, ''));
    }
  }
  return [...codes];
}

describe('buildComparison: two to four States side by side', () => {
  const table = buildComparison([IS, MT], ctx);

  it('has one column per State, in the order given, and a caption that names them', () => {
    expect(table.countries).toEqual([
      { code: 'is', name: 'Fixtureland', href: '/countries/is/' },
      { code: 'mt', name: 'Minimaland', href: '/countries/mt/' },
    ]);
    expect(table.caption).toBe('Fixtureland and Minimaland compared');
    expect(buildComparison([MT, NO, IS], ctx).countries.map((c) => c.code)).toEqual(['mt', 'no', 'is']);
    for (const g of table.groups) for (const r of g.rows) expect(r.cells, r.id).toHaveLength(2);
  });

  it('has the key fields of the brief, grouped', () => {
    const ids = table.groups.flatMap((g) => g.rows.map((r) => r.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'central-authority',
        'contacts',
        'channels',
        'languages',
        'electronic-submission',
        'instrument-budapest',
        'bilateral',
        'point-of-contact',
        'preservation-days',
        'urgent',
        'requirements',
        'refusal-grounds',
        'dual-criminality',
        'de-minimis',
        'authorisation',
        'timelines',
        'completeness',
        'last-verified',
      ]),
    );
    expect(table.groups.map((g) => g.label)).toContain('Safeguards');
  });

  it('shows the central authority with its acronym and unit, and says “not documented” when there is none', () => {
    const [a, b] = cells(table, 'central-authority');
    expect(texts(a!)).toEqual(['Fixture Central Authority']);
    expect(a!.href).toBe('/countries/is/#central-authority');
    expect(b!.values).toEqual([]);
    expect(b!.gap).toBe(NOT_DOCUMENTED);
    const third = fieldCell('central-authority', NO, ctx);
    expect(third.values).toEqual([{ text: 'Third Central Authority (TCA)', meta: 'International Unit' }]);
  });

  it('lists current contacts only, each with the date of its source (its own date first; the newest cited source otherwise)', () => {
    const [a] = cells(table, 'contacts');
    expect(a!.values).toEqual([
      { text: 'Email: requests@example.org', meta: 'as of 15 January 2025' },
      { text: 'Phone: +354 555 0100', meta: 'as of 15 January 2025' },
    ]);
    expect(fieldCell('contacts', NO, ctx).values).toEqual([
      { text: 'Online service: https://example.org/portal', meta: 'undated source' },
      { text: 'Phone: +47 22 00 00 00', meta: 'duty desk; as of May 2019' },
    ]);
    expect(
      contactAsOf({ cite: ['a', 'b'] }, [
        { id: 'a', date: '2001' },
        { id: 'b', date: '2019-04' },
      ]),
    ).toBe('2019-04');
    expect(contactAsOf({ cite: ['missing'] }, [])).toBeNull();
  });

  it('takes channels, languages and electronic submission from the comparison values the CSV writes', () => {
    expect(texts(fieldCell('channels', NO, ctx))).toEqual(['Online service', 'Diplomatic channel']);
    expect(texts(fieldCell('languages', NO, ctx))).toEqual(['Norwegian', 'English']);
    expect(fieldCell('electronic-submission', NO, ctx).values).toEqual([{ text: 'Yes', meta: 'by online service' }]);
    expect(fieldCell('electronic-submission', IS, ctx).values).toEqual([{ text: 'Yes', meta: 'by email' }]);
    expect(fieldCell('electronic-submission', MT, ctx).values).toEqual([]);
    // The record's comparison block is the one source: change it and the cell follows.
    const edited = { ...NO, comparison: { ...NO.comparison, languages: ['fr'], electronicSubmission: 'undocumented' as const } };
    expect(texts(fieldCell('languages', edited, ctx))).toEqual(['French']);
    expect(fieldCell('electronic-submission', edited, ctx).values).toEqual([]);
  });

  it('gives party status from the record, linked to the instrument’s party row, and drops instruments that bind none of the States', () => {
    const [a, b] = cells(table, 'instrument-budapest');
    expect(a!.values).toEqual([{ text: 'Party', meta: 'in force 1 July 2004', href: '/instruments/budapest/#party-is' }]);
    expect(b!.values).toEqual([]);
    expect(b!.href).toBe('/instruments/budapest/#parties');
    const [untocIs, untocMt] = cells(table, 'instrument-untoc');
    expect(untocIs!.values).toEqual([{ text: 'Likely a Party (not confirmed)', meta: 'possible: check the depositary', href: '/instruments/untoc/#parties' }]);
    expect(untocMt!.values[0]).toMatchObject({ text: 'Not a party', href: '/instruments/untoc/#party-mt' });
    expect(table.omittedInstruments.map((i) => i.id)).toEqual(['iacmacm']);
    expect(() => row(table, 'instrument-iacmacm')).toThrow();
  });

  it('shows a bilateral treaty only when it names two of the compared States', () => {
    const [a, b] = cells(table, 'bilateral');
    expect(a!.values).toEqual([{ text: 'Fixtureland–Minimaland MLAT', meta: 'Party; with Minimaland', href: '/instruments/mlat-is-mt/#party-is' }]);
    expect(texts(b!)).toEqual(['Fixtureland–Minimaland MLAT']);
    const three = buildComparison([IS, MT, NO], ctx);
    const [x, , z] = cells(three, 'bilateral');
    expect(x!.values.map((v) => v.meta)).toEqual(['Party; with Minimaland', 'Party; instrument not in force; with Thirdland']);
    expect(z!.values).toEqual([
      {
        text: 'Fixtureland–Norway MLAT',
        meta: 'Signatory, not ratified; instrument not in force; with Fixtureland',
        href: '/instruments/mlat-is-no/#party-no',
      },
    ]);
    const alone = cells(buildComparison([MT, NO], ctx), 'bilateral');
    expect(alone.map((c) => c.values)).toEqual([[], []]);
    expect(alone[0]!.gap).toBe('none documented');
  });

  it('shows preservation: 24/7 point of contact and the longest period', () => {
    expect(texts(cells(table, 'point-of-contact')[0]!)).toEqual(['Fixture Cybercrime Unit']);
    expect(cells(table, 'preservation-days').map(texts)).toEqual([['90 days'], []]);
    expect(cells(table, 'preservation-days')[0]!.href).toBe('/countries/is/#preservation');
  });

  it('shows statements as prose, current ones only, with one link to the section that cites them', () => {
    const urgent = fieldCell('urgent', NO, ctx);
    expect(urgent).toEqual({
      href: '/countries/no/#urgent',
      prose: true,
      gap: NOT_DOCUMENTED,
      sourceLabel: 'Sources: Thirdland, urgent procedure',
      values: [{ text: 'Urgent requests may be phoned in.', meta: 'as of 2020' }],
    });
    expect(texts(fieldCell('refusal-grounds', NO, ctx))).toEqual([
      'Death penalty: Assistance is refused where the death penalty may follow.',
      'Other ground (discretionary): Assistance may be refused where it would burden the courts.',
    ]);
    expect(texts(fieldCell('dual-criminality', IS, ctx))).toEqual(['Dual criminality is required for coercive measures.']);
    expect(fieldCell('dual-criminality', IS, ctx).href).toBe('/countries/is/#dual-criminality');
    expect(texts(fieldCell('timelines', IS, ctx))).toEqual(['Simple requests take about two months.']);
    expect(fieldCell('de-minimis', IS, ctx).values).toEqual([]);
  });

  it('shows completeness (linked to coverage) and the verification date, or “never verified”', () => {
    expect(cells(table, 'completeness').map(texts)).toEqual([[`${IS.comparison.completenessPercent}%`], [`${MT.comparison.completenessPercent}%`]]);
    expect(cells(table, 'completeness')[1]!.href).toBe('/coverage/#mt');
    const [a, b] = cells(table, 'last-verified');
    expect(texts(a!)).toEqual(['1 June 2026']);
    expect(b!.values).toEqual([]);
    expect(b!.gap).toBe('never verified');
  });

  it('links every value to a contract section of the country page, the coverage page or an instrument page', () => {
    const allowed = new Set<string>([...COUNTRY_SECTION_IDS, 'refusal-grounds', 'dual-criminality', 'de-minimis', 'authorisation']);
    const three = buildComparison([IS, MT, NO], ctx);
    for (const c of three.groups.flatMap((g) => g.rows.flatMap((r) => r.cells))) {
      for (const href of [c.href, ...c.values.map((v) => v.href).filter((h): h is string => h !== undefined)]) {
        const m = /^\/countries\/([a-z]{2})\/#([a-z0-9-]+)$/.exec(href);
        if (m) expect(allowed.has(m[2]!), href).toBe(true);
        else expect(href).toMatch(/^\/coverage\/#[a-z]{2}$|^\/instruments\/[a-z0-9-]+\/#(parties|party-[a-z]{2})$/);
      }
    }
  });
});

describe('choosing the States', () => {
  const known = new Map([
    ['ie', 'Ireland'],
    ['us', 'United States'],
    ['de', 'Germany'],
    ['fr', 'France'],
    ['jp', 'Japan'],
  ]);

  it('reads repeated and comma-separated values, in order, ignoring empty selectors and case', () => {
    expect(parseSelection(['ie', 'US', '', ''], known)).toEqual({ codes: ['ie', 'us'], problems: [], ok: true });
    expect(parseSelection(['de, fr,jp'], known)).toEqual({ codes: ['de', 'fr', 'jp'], problems: [], ok: true });
  });

  it('ignores unknown codes and repeats, and stops at four, saying so', () => {
    const s = parseSelection(['ie', 'xx', 'ie', 'us', 'de', 'fr', 'jp'], known);
    expect(s.codes).toEqual(['ie', 'us', 'de', 'fr']);
    expect(s.ok).toBe(true);
    expect(s.problems).toEqual([
      'There is no entry for “xx”: it was left out.',
      'Ireland was chosen more than once.',
      `At most ${MAX_COUNTRIES} countries can be compared: Japan was left out.`,
    ]);
  });

  it('refuses fewer than two distinct States', () => {
    expect(parseSelection(['ie', 'ie'], known)).toMatchObject({ codes: ['ie'], ok: false });
    expect(parseSelection([], known).problems).toEqual(['Choose at least 2 different countries.']);
    expect(parseSelection(['<script>', 'javascript:alert(1)'], known).codes).toEqual([]);
  });

  it('writes a short query that reads back to the same States, and reads the form’s c1…c4 selectors', () => {
    expect(selectionQuery(['ie', 'us', 'de'])).toBe('?c=ie,us,de');
    expect(parseSelection(selectionParams(new URLSearchParams(selectionQuery(['ie', 'us', 'de']))), known).codes).toEqual(['ie', 'us', 'de']);
    expect(selectionParams(new URLSearchParams('c1=fr&c2=jp&c3=&c4='))).toEqual(['fr', 'jp', '', '']);
    expect(selectionParams(new URLSearchParams('c=ie&c=us'))).toEqual(['ie', 'us']);
    expect(selectionQuery(['ie', '"><img>'])).toBe('?c=ie');
    expect(selectionQuery([])).toBe('');
  });

  it('defaults to Ireland and the United States, else to the first two entries', () => {
    expect(defaultSelection(['de', 'ie', 'us'])).toEqual(['ie', 'us']);
    expect(defaultSelection(['is', 'mt', 'no'])).toEqual(['is', 'mt']);
    expect(defaultSelection(['is'])).toEqual(['is']);
  });

  it('names two, three or four States in running text', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  });
});

describe('one field across every State', () => {
  const csv = (name: string, r: CompareRecord) =>
    COUNTRY_CSV_COLUMNS.find((c) => c.name === name)!.value(r as Parameters<(typeof COUNTRY_CSV_COLUMNS)[number]['value']>[0]);
  const records = [IS, MT, NO];

  it('offers the fields the brief asks for, each once, each tied to a CSV column that exists', () => {
    const slugs = FIELD_PAGES.map((f) => f.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'preservation-period',
        'languages',
        'electronic-submission',
        'central-authority',
        'budapest-convention',
        'point-of-contact-24-7',
        'refusal-grounds',
        'completeness',
        'last-verified',
      ]),
    );
    for (const f of FIELD_PAGES)
      expect(
        COUNTRY_CSV_COLUMNS.map((c) => c.name),
        f.slug,
      ).toContain(f.csvColumn);
  });

  it('sorts by the CSV’s values, and a gap in the CSV is a gap in the table', () => {
    for (const f of FIELD_PAGES) {
      for (const r of records) {
        const cell = f.cell(r, ctx);
        const value = csv(f.csvColumn, r);
        const sort = f.sortValue(r, ctx);
        const csvEmpty = value === null || value === '' || value === 'undocumented' || value === 'unknown';
        expect(cell.values.length === 0, `${f.slug} for ${r.code}: gap in the table`).toBe(csvEmpty);
        expect(sort === null, `${f.slug} for ${r.code}: gap in the sort key`).toBe(csvEmpty);
      }
    }
    const page = (slug: string) => FIELD_PAGES.find((f) => f.slug === slug)!;
    for (const r of records) {
      expect(page('preservation-period').sortValue(r, ctx)).toBe(csv('preservation_max_days', r) ?? null);
      expect(page('completeness').sortValue(r, ctx)).toBe(csv('completeness_percent', r));
      expect(page('last-verified').sortValue(r, ctx)).toBe(csv('last_verified', r) ?? null);
      expect(page('central-authority').sortValue(r, ctx)).toBe(csv('central_authority', r) ?? null);
      expect(page('point-of-contact-24-7').sortValue(r, ctx)).toBe(csv('point_of_contact_24_7', r) || null);
    }
  });

  it('ranks party status with bound States first and unknown last', () => {
    const budapest = FIELD_PAGES.find((f) => f.slug === 'budapest-convention')!;
    expect(budapest.sortValue(IS, ctx)).toBe(1);
    expect(budapest.sortValue(MT, ctx)).toBeNull();
    expect(texts(budapest.cell(IS, ctx))).toEqual(['Party']);
  });

  it('shows refusal grounds as their labels, and sorts them by how many are documented', () => {
    const grounds = FIELD_PAGES.find((f) => f.slug === 'refusal-grounds')!;
    expect(texts(grounds.cell(NO, ctx))).toEqual(['Death penalty', 'Other ground']);
    expect(grounds.sortValue(NO, ctx)).toBe(2);
    expect(grounds.sortValue(MT, ctx)).toBeNull();
  });
});

describe('sorting a table', () => {
  it('reads sort keys back from data-sort', () => {
    expect(parseSortValue('90', 'number')).toBe(90);
    expect(parseSortValue('9.5', 'number')).toBe(9.5);
    expect(parseSortValue('', 'number')).toBeNull();
    expect(parseSortValue('  ', 'text')).toBeNull();
    expect(parseSortValue(null, 'text')).toBeNull();
    expect(parseSortValue('ninety', 'number')).toBeNull();
    expect(parseSortValue('Ireland', 'text')).toBe('Ireland');
  });

  it('orders numbers as numbers and text as text, gaps last in either direction', () => {
    const rows = [
      { value: 10, name: 'B' },
      { value: null, name: 'A' },
      { value: 9, name: 'C' },
      { value: 90, name: 'D' },
    ];
    expect(sortOrder(rows, 'ascending')).toEqual([2, 0, 3, 1]);
    expect(sortOrder(rows, 'descending')).toEqual([3, 0, 2, 1]);
    const words = [
      { value: 'éclair', name: 'X' },
      { value: 'Zebra', name: 'Y' },
      { value: 'apple', name: 'Z' },
      { value: null, name: 'W' },
    ];
    expect(sortOrder(words, 'ascending').map((i) => words[i]!.value)).toEqual(['apple', 'éclair', 'Zebra', null]);
    expect(sortOrder(words, 'descending').map((i) => words[i]!.value)).toEqual(['Zebra', 'éclair', 'apple', null]);
  });

  it('breaks ties by name, A to Z, whichever the direction', () => {
    const rows = [
      { value: 50, name: 'Japan' },
      { value: 50, name: 'Chile' },
      { value: null, name: 'Zambia' },
      { value: null, name: 'Austria' },
    ];
    expect(sortOrder(rows, 'ascending').map((i) => rows[i]!.name)).toEqual(['Chile', 'Japan', 'Austria', 'Zambia']);
    expect(sortOrder(rows, 'descending').map((i) => rows[i]!.name)).toEqual(['Chile', 'Japan', 'Austria', 'Zambia']);
  });

  it('compares pairs: gaps after values, equal gaps equal', () => {
    expect(compareSortValues(null, 1, 'ascending')).toBeGreaterThan(0);
    expect(compareSortValues(1, null, 'descending')).toBeLessThan(0);
    expect(compareSortValues(null, null, 'descending')).toBe(0);
    expect(compareSortValues('item 2', 'item 10', 'ascending')).toBeLessThan(0);
  });

  it('starts a new column ascending and flips the active one', () => {
    expect(nextDirection(false, null)).toBe('ascending');
    expect(nextDirection(true, 'ascending')).toBe('descending');
    expect(nextDirection(true, 'descending')).toBe('ascending');
  });
});

describe('the browser islands stay small', () => {
  const runtimeImports = (source: string) => [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
  /** Every module a file pulls in at run time, following relative imports. */
  function closure(file: string): { files: string[]; packages: string[] } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (rel: string) => {
      if (files.has(rel)) return;
      files.add(rel);
      for (const spec of runtimeImports(readFileSync(join(ROOT, rel), 'utf8'))) {
        if (!spec.startsWith('.')) packages.add(spec);
        else visit(join(rel, '..', spec));
      }
    };
    visit(file);
    return { files: [...files].sort(), packages: [...packages] };
  }

  it('the import scan sees value imports and skips type imports', () => {
    expect(
      runtimeImports("import { z } from 'astro/zod';\nimport type { X } from './schema/api.ts';\nimport {\n  a,\n  type B,\n} from './labels.ts';"),
    ).toEqual(['astro/zod', './labels.ts']);
  });

  it.each(['src/scripts/compare.ts', 'src/scripts/sort-table.ts'])('%s pulls in no package, no schema and no Astro module at run time', (file) => {
    const { files, packages } = closure(file);
    expect(packages).toEqual([]);
    expect(files.filter((f) => /\/schema\/|\/data\/|\.astro$/.test(f))).toEqual([]);
    // Nine modules of its own, the page's messages (src/scripts/messages.ts, src/lib/i18n/locales.ts) and, for
    // compare, the ICU subset that formats a plural value such as "1 jour" / "90 jours" (src/scripts/i18n.ts, plurals.ts).
    expect(files.length).toBeLessThanOrEqual(file.endsWith('compare.ts') ? 13 : 11);
  });

  it('the compare island shares the page’s derivations rather than copying them', () => {
    expect(closure('src/scripts/compare.ts').files).toEqual(
      expect.arrayContaining(['src/lib/compare/fields.ts', 'src/lib/parties.ts', 'src/lib/vocabulary.ts', 'src/lib/country/derive.ts']),
    );
  });
});

describe('localizeComparison: the interface words of a comparison in another language', () => {
  const fr = i18n('fr');
  const words = { label: (kind: 'compareField' | 'compareGroup' | 'compareGap', id: string) => fr.label(kind, id), sources: (name: string, field: string) => fr.t('compare.sources', { name, field }), stateName: (code: string, name: string) => fr.stateName(code, name) };
  const english = buildComparison([IS, MT], ctx);
  const table = localizeComparison(english, words);
  const labels = (t: ComparisonTable) => t.groups.flatMap((g) => g.rows.map((r) => r.label));

  it('translates every group and field label (glossary terms and instrument titles stay as they are)', () => {
    expect(table.groups.map((g) => g.label)).toContain('Garanties');
    expect(table.groups.map((g) => g.label)).not.toContain('Safeguards');
    const kept = labels(table).filter((l, i) => l === labels(english)[i]);
    expect(kept.sort()).toEqual(['24/7 point of contact', 'Budapest Convention', 'Central authority', 'De minimis', 'Dual criminality', 'UNTOC'].filter((l) => labels(english).includes(l)).sort());
    expect(row(table, 'channels').label).toBe('Canaux');
  });

  it('translates the empty-cell link and the link after prose, and keeps values, links and shape', () => {
    const gaps = table.groups.flatMap((g) => g.rows.flatMap((r) => r.cells)).filter((c) => c.values.length === 0);
    expect(gaps.length).toBeGreaterThan(0);
    for (const c of gaps) expect(['non documenté', 'aucun documenté', 'jamais vérifié']).toContain(c.gap);
    expect(row(table, 'requirements').cells[0]!.sourceLabel).toBe('Sources : Islande, conditions');
    expect(table.groups.flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => [c.href, c.values])))).toEqual(english.groups.flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => [c.href, c.values]))));
  });

  it('leaves the English table untouched', () => {
    expect(buildComparison([IS, MT], ctx)).toEqual(english);
    expect(row(english, 'requirements').cells[0]!.sourceLabel).toBe('Sources: Fixtureland, requirements');
  });
});

describe('the fixed words of values (ValueWord) in another language', () => {
  const fr = i18n('fr');
  const frCtx: CompareContext = {
    ...ctx,
    format: { formatDate: (d) => (d ? fr.date(d) : formatDate(d)), languageName: (code) => fr.language(code), label: (table, id) => fr.label(table, id), word: (w) => valueWordIn(w, pageValueWords(fr)) },
  };
  const ALL: ValueWord[] = [
    { id: 'days', days: 90 },
    { id: 'yes' },
    { id: 'by', channels: ['email', 'online-service'] },
    { id: 'as-of', date: '2015-03-09' },
    { id: 'undated-source' },
    { id: 'in-force-on', date: '2004-07-01' },
    { id: 'bound-unknown' },
    { id: 'instrument-not-in-force' },
    { id: 'with', partners: [{ code: 'mt', name: 'Malta' }] },
    { id: 'handles', scope: 'criminal matters' },
    { id: 'percent', percent: 42 },
    { id: 'mandatory' },
    { id: 'discretionary' },
  ];

  it('has an example of every id, and every id has its message in every catalogue', () => {
    const ids = new Set(ALL.map((w) => w.id));
    expect(ids.size).toBe(Object.keys(VALUE_WORD_KEYS).length + 1);
    for (const id of Object.keys(VALUE_WORD_KEYS)) expect(ids.has(id as ValueWord['id']), id).toBe(true);
    for (const locale of LOCALES) for (const key of Object.values(VALUE_WORD_KEYS)) expect(CATALOGUES[locale].messages[key], `${locale} ${key}`).toBeTruthy();
  });

  it('English catalogue messages say what the lib says (the English pages keep the lib’s words)', () => {
    const en = pageValueWords(i18n('en'));
    for (const w of ALL) expect(valueWordIn(w, en), w.id).toBe(valueWordText(w, SERVER_FORMAT));
  });

  it('every other language renders every id in its own words, never the English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const words = pageValueWords(i18n(locale));
      for (const w of ALL.filter((x) => x.id !== 'percent' && x.id !== 'handles')) expect(valueWordIn(w, words), `${locale} ${w.id}`).not.toBe(valueWordText(w, SERVER_FORMAT));
    }
  });

  it('French cells say jours, Oui, the French date and French channel names; entry text stays English', () => {
    expect(fieldCell('preservation-days', IS, frCtx).values[0]!.text).toBe('90 jours');
    expect(fieldCell('electronic-submission', NO, frCtx).values).toEqual([{ text: 'Oui', meta: 'par service en ligne' }]);
    expect(fieldCell('contacts', IS, frCtx).values[0]).toEqual({ text: 'Courriel: requests@example.org', meta: 'au 15 janvier 2025' });
    expect(fieldCell('contacts', NO, frCtx).values.map((v) => v.meta)).toEqual(['source non datée', 'duty desk; au mai 2019']);
    expect(fieldCell('urgent', NO, frCtx).values).toEqual([{ text: 'Urgent requests may be phoned in.', meta: 'au 2020' }]);
    const fTable = buildComparison([IS, MT], frCtx);
    expect(cells(fTable, 'instrument-budapest')[0]!.values[0]).toMatchObject({ text: 'Partie', meta: 'en vigueur depuis le 1 juillet 2004' });
    expect(cells(fTable, 'instrument-untoc')[0]!.values[0]!.meta).toBe('possible : vérifier auprès du dépositaire');
    expect(cells(fTable, 'bilateral')[0]!.values[0]).toMatchObject({ text: 'Fixtureland–Minimaland MLAT', meta: 'Partie; avec Malte' });
    expect(cells(fTable, 'completeness')[0]!.values[0]!.text).toBe(`${IS.comparison.completenessPercent}\u00a0%`);
    expect(valueWordIn({ id: 'by', channels: ['email', 'online-service'] }, pageValueWords(fr))).toBe('par courriel ou service en ligne');
    expect(fieldCell('refusal-grounds', NO, frCtx).values[1]!.text).toBe('Autre motif (facultatif): Assistance may be refused where it would burden the courts.');
  });

  it('a number of days takes its plural form, on the page (intl-messageformat) and in the island (the ICU subset)', async () => {
    const { formatMessage } = await import('../../src/scripts/plurals.ts');
    const cases: [string, number, string][] = [['fr', 1, '1 jour'], ['fr', 90, '90 jours'], ['ru', 1, '1 день'], ['ru', 3, '3 дня'], ['ru', 90, '90 дней'], ['es', 1, '1 día'], ['zh', 90, '90天']];
    for (const [locale, days, text] of cases) {
      const tr = i18n(locale as 'fr');
      expect(valueWordIn({ id: 'days', days }, pageValueWords(tr)), `${locale} ${days}`).toBe(text);
      const island = { ...pageValueWords(tr), t: (key: string, values: Record<string, string | number>) => formatMessage(tr.raw(key as never), values, locale) };
      expect(valueWordIn({ id: 'days', days }, island), `island ${locale} ${days}`).toBe(text);
    }
  });

  it('an unknown channel or State falls back to its id or English name, not to an empty string', () => {
    const words = pageValueWords(fr);
    expect(valueWordIn({ id: 'with', partners: [{ code: 'xx', name: 'Nowhere' }] }, words)).toBe('avec Nowhere');
    expect(valueWordIn({ id: 'by', channels: [] }, words)).toBe('par ');
  });

  it('leaves English cells as built (no word function: the lib’s English)', () => {
    expect(buildComparison([IS, MT], ctx)).toEqual(buildComparison([IS, MT], { ...ctx, format: { ...SERVER_FORMAT } }));
    expect(fieldCell('preservation-days', IS, ctx).values[0]!.text).toBe('90 days');
  });
});
