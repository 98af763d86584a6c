/** RFC 4180 writing and the comparison CSV, read back with csv-parse. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countryRecord, KEY_INSTRUMENTS } from '../../src/lib/publish/api.ts';
import { boundColumn, COUNTRY_CSV_COLUMNS, countriesCsv, statusColumn } from '../../src/lib/publish/countries-csv.ts';
import { csvField, toCsv } from '../../src/lib/publish/csv.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { country } from '../../src/lib/schema/country.ts';
import { instrument } from '../../src/lib/schema/instrument.ts';
import { fixture } from '../helpers/fixtures.ts';
import { publishContext } from '../helpers/publish.ts';

const CTX = publishContext();

const readCsv = (text: string): string[][] => parse(text, { bom: false, relax_quotes: false, relax_column_count: false });

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['comma, inside', '"comma, inside"'],
    ['say "yes"', '"say ""yes"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['crlf\r\nend', '"crlf\r\nend"'],
    ['"', '""""'],
    ['Ministère de la Justice & des Libertés', 'Ministère de la Justice & des Libertés'],
    ['Côte d’Ivoire; Türkiye', 'Côte d’Ivoire; Türkiye'],
    ['', ''],
  ])('%j is written as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes numbers as digits and null/undefined as an empty field', () => {
    expect(csvField(90)).toBe('90');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('refuses numbers that have no CSV spelling', () => {
    expect(() => csvField(Number.NaN)).toThrow(/NaN/);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(/Infinity/);
  });
});

describe('toCsv', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('round-trips awkward values through csv-parse', () => {
    const rows = [
      ['ie', 'Ireland', 'Department of Justice, Home Affairs and Migration'],
      ['ci', 'Côte d’Ivoire', 'Said "no"\r\nthen "yes"'],
      ['x', 'Plain name', ' leading and trailing spaces '],
      ['y', 'Ampersand & <angle> brackets', ''],
    ];
    const text = toCsv(['code', 'name', 'note'], rows);
    expect(readCsv(text)).toEqual([['code', 'name', 'note'], ...rows]);
  });

  // OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
  it.each([['=1+1'], ['+353 1 408 6108'], ['-2+3'], ['@SUM(A1)'], ['\tlead tab'], ['\rlead CR'], ['=HYPERLINK("https://evil.example","x")']])(
    'neutralises a cell that starts a formula: %j',
    (value) => {
      const field = csvField(value);
      expect(field.startsWith(`"'`)).toBe(true);
      expect(readCsv(`${field}\r\n`)).toEqual([[`'${value}`]]);
    },
  );

  it('leaves ordinary text and numbers alone, including a formula character inside the text', () => {
    expect(csvField('Ministry of Justice')).toBe('Ministry of Justice');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('x-y')).toBe('x-y');
    expect(csvField(90)).toBe('90');
    expect(csvField(-5)).toBe('-5');
  });

  it('fails on a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 2 has 1 fields; the header has 2/);
    expect(() => toCsv([], [])).toThrow(/at least one column/);
  });
});

describe('countriesCsv', () => {
  const is = country.parse(parseContentFile('countries', 'content/countries/is.mdx', fixture('content/countries/is.mdx')).data);
  const mt = country.parse(parseContentFile('countries', 'content/countries/mt.mdx', fixture('content/countries/mt.mdx')).data);
  const convention = instrument.parse(
    parseContentFile('instruments', 'content/instruments/test-convention.mdx', fixture('content/instruments/test-convention.mdx')).data,
  );
  // A key instrument id, so its status becomes a column value; the fixture lists both States.
  const budapest = { ...convention, id: 'budapest' };
  const records = [is, mt].map((c) => countryRecord(c, [budapest], CTX));

  it('has the documented header, then one row per record, every row as long as the header', () => {
    const [header, ...rows] = readCsv(countriesCsv(records));
    expect(header).toEqual(COUNTRY_CSV_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r[0])).toEqual(['is', 'mt']);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it('writes the values of the API record', () => {
    const [header, first, second] = readCsv(countriesCsv(records));
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row).toMatchObject({
      code: 'is',
      name: 'Fixtureland',
      region: 'Europe',
      central_authority: 'Fixture Central Authority',
      languages: 'en',
      channel_types: 'email',
      electronic_submission: 'yes',
      preservation_max_days: '90',
      point_of_contact_24_7: 'Fixture Cybercrime Unit',
      [statusColumn('budapest')]: 'party',
      [boundColumn('budapest')]: 'yes',
      refusal_grounds: 'political-offence',
      refusal_grounds_documented: 'yes',
      dual_criminality_documented: 'yes',
      last_verified: '2026-06-01',
      url: 'https://example.org/countries/is/',
      data_url: 'https://example.org/api/countries/is.json',
    });
    expect(Number(row['completeness_percent'])).toBe(records[0]!.completeness.percent);
    // Key instruments without an entry stay empty, never a guessed status.
    for (const id of KEY_INSTRUMENTS.filter((k) => k !== 'budapest')) {
      expect(row[statusColumn(id)]).toBe('');
      expect(row[boundColumn(id)]).toBe('');
    }
    const empty = Object.fromEntries(header!.map((h, i) => [h, second![i]]));
    expect(empty).toMatchObject({
      central_authority: '',
      languages: '',
      channel_types: '',
      electronic_submission: 'undocumented',
      preservation_max_days: '',
      point_of_contact_24_7: '',
      refusal_grounds: '',
      refusal_grounds_documented: 'no',
      dual_criminality_documented: 'no',
      last_verified: '',
    });
  });

  it('quotes names with commas, quotes and line breaks so they survive a round trip', () => {
    const awkward = countryRecord(
      { ...is, name: 'Fixture, "Republic" of\nÉire & Co', centralAuthority: { ...is.centralAuthority!, name: 'Ministère, “Justice”' } },
      [budapest],
      CTX,
    );
    const [header, row] = readCsv(countriesCsv([awkward]));
    const byName = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(byName['name']).toBe('Fixture, "Republic" of\nÉire & Co');
    expect(byName['central_authority']).toBe('Ministère, “Justice”');
  });

  it('documents every column', () => {
    const names = COUNTRY_CSV_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COUNTRY_CSV_COLUMNS) expect(c.description.length, c.name).toBeGreaterThan(10);
  });
});
