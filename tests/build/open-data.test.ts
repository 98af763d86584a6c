/**
 * The open-data files in dist/ (JSON API, CSV, Atom feed, JSON Schemas, /data/ page)
 * are valid against their own schemas and agree with each other and with content/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEY_INSTRUMENTS } from '../../src/lib/publish/api.ts';
import { FIRST_QUESTIONS } from '../../src/lib/country/answers.ts';
import { boundColumn, COUNTRY_CSV_COLUMNS, statusColumn } from '../../src/lib/publish/countries-csv.ts';
import { LIST_SEPARATOR } from '../../src/lib/publish/csv.ts';
import { SCHEMA_FILES } from '../../src/lib/publish/json-schema.ts';
import { API_SCHEMA_NAMES, apiSchemaFile, type ApiSchemaName, type CountriesIndexFile, type CountryFile, type InstrumentFile } from '../../src/lib/schema/api.ts';
import { DIST, contentIds, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = <T = unknown>(path: string): T => JSON.parse(read(path)) as T;
const list = (dir: string) => (existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir)).filter((n) => n.endsWith('.json')).sort() : []);

/** The site path of an absolute URL written into a file ("https://site/countries/ie/" -> "/countries/ie/"). */
const sitePath = (url: string) => new URL(url).pathname;

const countryCodes = contentIds('countries');
const instrumentIds = contentIds('instruments');

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  // Source URLs may be IRIs (non-ASCII paths): ajv-formats has no "iri", so check it with the URL parser.
  ajv.addFormat('iri', { type: 'string', validate: (s: string) => URL.canParse(s) && /^https?:/.test(s) });
  return { ajv, compile: (name: ApiSchemaName) => ajv.compile(readJson(`/schema/${apiSchemaFile(name)}`)) };
}

describe('JSON API files validate against their published JSON Schemas', () => {
  const files: Record<ApiSchemaName, () => string[]> = {
    countries: () => ['/api/countries.json'],
    country: () => list('/api/countries').map((n) => `/api/countries/${n}`),
    instruments: () => ['/api/instruments.json'],
    instrument: () => list('/api/instruments').map((n) => `/api/instruments/${n}`),
    glossary: () => ['/api/glossary.json'],
  };

  it.each(API_SCHEMA_NAMES)('every file described by /schema/api-%s.json', (name) => {
    const { ajv, compile } = validators();
    const validate = compile(name);
    const paths = files[name]();
    expect(paths.length, `files for api-${name}`).toBeGreaterThan(0);
    const failures = paths.flatMap((p) => (validate(readJson(p)) ? [] : [`${p}: ${ajv.errorsText(validate.errors)}`]));
    expect(failures).toEqual([]);
  });

  it('the schemas are strict enough to fail: an extra field, a wrong status or a relative URL is rejected', () => {
    const { compile } = validators();
    const validate = compile('country');
    const sample = readJson<CountryFile>(`/api/countries/${list('/api/countries')[0]}`);
    expect(validate(sample)).toBe(true);
    expect(validate({ ...sample, unexpected: 1 })).toBe(false);
    expect(validate({ ...sample, url: '/countries/xx/' })).toBe(false);
    expect(validate({ ...sample, comparison: { ...sample.comparison, electronicSubmission: 'maybe' } })).toBe(false);
    const index = compile('countries');
    const rows = readJson<CountriesIndexFile>('/api/countries.json');
    expect(index({ ...rows, countries: [{ ...rows.countries[0], instruments: [{ id: 'x', status: 'ratified', bound: 'yes' }] }] })).toBe(false);
  });
});

describe('the API lists exactly the published entries', () => {
  const index = () => readJson<CountriesIndexFile>('/api/countries.json');

  it('there are country entries to check', () => {
    expect(countryCodes.length).toBeGreaterThan(0);
  });

  it('/api/countries.json lists every content/countries/*.mdx once, and nothing else', () => {
    const codes = index().countries.map((c) => c.code);
    expect([...codes].sort()).toEqual(countryCodes);
    expect(new Set(codes).size).toBe(codes.length);
    expect(index().count).toBe(countryCodes.length);
  });

  it('there is one /api/countries/<code>.json per entry, and one /api/instruments/<id>.json per instrument', () => {
    const ids = (dir: string) => list(dir).map((n) => n.replace(/\.json$/, '')).sort();
    expect(ids('/api/countries')).toEqual(countryCodes);
    expect(ids('/api/instruments')).toEqual(instrumentIds);
    const instruments = readJson<{ count: number; instruments: { id: string }[] }>('/api/instruments.json');
    expect(instruments.instruments.map((i) => i.id).sort()).toEqual(instrumentIds);
    expect(instruments.count).toBe(instrumentIds.length);
    const glossary = readJson<{ count: number; terms: { id: string }[] }>('/api/glossary.json');
    expect(glossary.terms.map((t) => t.id).sort()).toEqual(contentIds('glossary'));
  });

  it('each index row agrees with its country file, and its URLs point at built files', () => {
    for (const row of index().countries) {
      expect(existsSync(join(DIST, sitePath(row.url), 'index.html')), row.url).toBe(true);
      const file = readJson<CountryFile>(sitePath(row.data));
      expect(file.code).toBe(row.code);
      expect(row).toMatchObject({ name: file.name, region: file.region, lastVerified: file.lastVerified, url: file.url, data: file.data });
      expect(row.centralAuthority).toBe(file.centralAuthority?.name ?? null);
      expect(row.instruments).toEqual(file.instrumentStatus.map((s) => ({ id: s.instrument, status: s.status, bound: s.bound })));
    }
  });

  it('country files carry their sources: every cited id resolves in the same file', () => {
    for (const code of countryCodes) {
      const file = readJson<CountryFile>(`/api/countries/${code}.json`);
      const ids = new Set(file.sources.map((s) => s.id));
      const cited = JSON.stringify({ ...file, sources: [], instrumentStatus: [] }).matchAll(/"cite":\[([^\]]*)\]/g);
      for (const m of cited) for (const id of JSON.parse(`[${m[1]}]`) as string[]) expect(ids.has(id), `${code} cites ${id}`).toBe(true);
    }
  });

  it('party status agrees between country files and instrument files', () => {
    for (const id of instrumentIds) {
      const inst = readJson<InstrumentFile>(`/api/instruments/${id}.json`);
      expect(inst.countryStatus.map((c) => c.code).sort()).toEqual(countryCodes);
      for (const { code, status, bound } of inst.countryStatus) {
        const item = readJson<CountryFile>(`/api/countries/${code}.json`).instrumentStatus.find((s) => s.instrument === id);
        // Country files list every instrument that says something of the State; unknown and not-party are left out.
        expect(item?.status ?? 'unlisted', `${code} in ${id}`).toBe(status === 'unknown' || status === 'not-party' ? 'unlisted' : status);
        if (item) expect(item.bound, `${code} in ${id}: bound`).toBe(bound);
      }
    }
  });
});

describe('the country page says what its API record says', () => {
  it.each(countryCodes)('/countries/%s/: every instrument row, with its answer, is the API’s, and no other', (code) => {
    const file = readJson<CountryFile>(`/api/countries/${code}.json`);
    const rows = readPage(`/countries/${code}/`)
      .querySelectorAll('table.legal-bases tbody tr')
      .map((tr) => ({
        id: /^\/instruments\/([^/]+)\/$/.exec(tr.querySelector('th[scope="row"] a')!.getAttribute('href')!)![1],
        answer: /answer-(yes|no|unknown)/.exec(tr.getAttribute('class') ?? '')?.[1],
      }));
    expect(rows).toEqual(file.instrumentStatus.map((s) => ({ id: s.instrument, answer: s.bound })));
  });
});

describe('/api/countries.csv', () => {
  const rows = () => parseCsv(read('/api/countries.csv'), { columns: true, relax_column_count: false, relax_quotes: false }) as Record<string, string>[];

  it('is RFC 4180: CRLF line ends and a header with the documented columns', () => {
    const text = read('/api/countries.csv');
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/(?<!\r)\n/);
    const header = parseCsv(text, { to_line: 1 }) as string[][];
    expect(header[0]).toEqual(COUNTRY_CSV_COLUMNS.map((c) => c.name));
  });

  it('has one row per country, in the order of /api/countries.json', () => {
    const index = readJson<CountriesIndexFile>('/api/countries.json');
    expect(rows().map((r) => r['code'])).toEqual(index.countries.map((c) => c.code));
  });

  it('matches the API values row by row', () => {
    const current = <T extends { status?: string }>(xs: T[]) => xs.filter((x) => x.status !== 'historic');
    const join = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
    for (const row of rows()) {
      const file = readJson<CountryFile>(`/api/countries/${row['code']}.json`);
      const where = `row ${row['code']}`;
      expect(row['name'], where).toBe(file.name);
      expect(row['region'], where).toBe(file.region);
      expect(row['central_authority'], where).toBe(file.centralAuthority?.name ?? '');
      expect(row['languages'], where).toBe(join(file.languages.accepted));
      expect(row['channel_types']!.split(LIST_SEPARATOR).filter(Boolean).sort(), where).toEqual([...new Set(current(file.channels).map((c) => c.type))].sort());
      const electronic = current(file.channels).some((c) => c.type === 'email' || c.type === 'online-service');
      expect(row['electronic_submission'], where).toBe(electronic ? 'yes' : 'undocumented');
      expect(row['preservation_max_days'], where).toBe(String(file.preservation.maxDays?.days ?? ''));
      const points = [file.centralAuthority, ...file.otherAuthorities].filter((a) => a?.roles.includes('24-7-point-of-contact')).map((a) => a!.name);
      expect(row['point_of_contact_24_7'], where).toBe(join(points));
      for (const id of KEY_INSTRUMENTS) {
        if (!instrumentIds.includes(id)) {
          expect(row[statusColumn(id)], `${where} ${id}`).toBe('');
          expect(row[boundColumn(id)], `${where} ${id}`).toBe('');
          continue;
        }
        const fromInstrument = readJson<InstrumentFile>(`/api/instruments/${id}.json`).countryStatus.find((c) => c.code === row['code'])!;
        expect(row[statusColumn(id)], `${where} ${id}`).toBe(fromInstrument.status);
        expect(row[boundColumn(id)], `${where} ${id}`).toBe(fromInstrument.bound);
        expect(file.comparison.keyInstruments[id], `${where} ${id}`).toEqual({ status: fromInstrument.status, bound: fromInstrument.bound });
      }
      const grounds = [...new Set(current(file.safeguards.refusalGrounds).map((g) => g.ground))];
      expect(row['refusal_grounds'], where).toBe(join(grounds));
      expect(row['refusal_grounds_documented'], where).toBe(grounds.length ? 'yes' : 'no');
      expect(row['dual_criminality_documented'], where).toBe(current(file.safeguards.dualCriminality).length ? 'yes' : 'no');
      expect(Number(row['completeness_percent']), where).toBe(file.completeness.percent);
      for (const q of FIRST_QUESTIONS) expect(row[`answers_${q.id.replace(/-/g, '_')}`], `${where} ${q.id}`).toBe(file.completeness.firstAnswers[q.id]);
      expect(row['last_verified'], where).toBe(file.lastVerified ?? '');
      expect(row['url'], where).toBe(file.url);
      expect(row['data_url'], where).toBe(file.data);
    }
  });
});

describe('/changes.xml', () => {
  interface Link {
    '@rel': string;
    '@href': string;
  }
  interface Entry {
    id: string;
    title: unknown;
    updated: string;
    link: Link[];
    summary: unknown;
  }
  const xml = () => read('/changes.xml');
  const feed = () =>
    (
      new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml()) as {
        feed: { '@xmlns': string; id: string; title: unknown; updated: string; author: { name: string }; link: Link[]; entry?: Entry[] };
      }
    ).feed;
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

  it('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
    expect(feed()['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  it('has the feed elements Atom requires', () => {
    const f = feed();
    expect(f.id).toMatch(/^https?:\/\//);
    expect(f.title).toBeTruthy();
    expect(f.updated).toMatch(RFC3339);
    expect(f.author.name).toBeTruthy();
    expect(sitePath(f.link.find((l) => l['@rel'] === 'self')!['@href'])).toBe('/changes.xml');
  });

  it('has entries with unique ids, titles, dates and links to built pages and JSON files', () => {
    const entries = feed().entry ?? [];
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:\//);
      expect(e.title).toBeTruthy();
      expect(e.summary).toBeTruthy();
      expect(e.updated).toMatch(RFC3339);
      const page = e.link.find((l) => l['@rel'] === 'alternate')!;
      expect(existsSync(join(DIST, sitePath(page['@href']), 'index.html')), page['@href']).toBe(true);
      const related = e.link.find((l) => l['@rel'] === 'related');
      if (related) expect(existsSync(join(DIST, sitePath(related['@href']))), related['@href']).toBe(true);
    }
  });

  it('puts the newest change first, and the feed is as recent as its newest entry', () => {
    const f = feed();
    const dates = (f.entry ?? []).map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(f.updated).toBe(dates[0]);
  });

  it('dates a country no earlier than its lastVerified, and no entry verified later is missing', () => {
    const entries = feed().entry ?? [];
    const oldest = entries.at(-1)!.updated.slice(0, 10);
    for (const row of readJson<CountriesIndexFile>('/api/countries.json').countries) {
      const entry = entries.find((e) => e.link.some((l) => l['@rel'] === 'alternate' && l['@href'] === row.url));
      if (row.lastVerified && row.lastVerified > oldest) expect(entry, `${row.code} verified ${row.lastVerified}`).toBeDefined();
      if (entry && row.lastVerified) expect(entry.updated.slice(0, 10) >= row.lastVerified, row.code).toBe(true);
    }
  });
});

describe('/data/ page', () => {
  const page = () => readPage('/data/');
  const hrefs = () => page().querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);

  it('links every API file, the CSV, the feed and every JSON Schema (API and content)', () => {
    const links = hrefs();
    for (const href of ['/api/countries.json', '/api/instruments.json', '/api/glossary.json', '/api/countries.csv', '/changes.xml']) expect(links).toContain(href);
    for (const name of API_SCHEMA_NAMES) expect(links).toContain(`/schema/${apiSchemaFile(name)}`);
    for (const file of Object.values(SCHEMA_FILES)) expect(links).toContain(`/schema/${file}`);
    if (countryCodes.length) expect(links.some((h) => /^\/api\/countries\/[a-z]{2}\.json$/.test(h))).toBe(true);
  });

  it('documents every CSV column, in order', () => {
    const documented = page()
      .querySelectorAll('#csv ~ .table-wrap tbody th code')
      .map((el) => el.text);
    expect(documented.slice(0, COUNTRY_CSV_COLUMNS.length)).toEqual(COUNTRY_CSV_COLUMNS.map((c) => c.name));
  });

  it('states the content licence and how to cite, with a citation that works without JavaScript', () => {
    const p = page();
    expect(p.querySelector('#licence')).not.toBeNull();
    expect(p.querySelectorAll('a[rel~="license"]').some((a) => a.getAttribute('href') === 'https://creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(p.querySelector('#cite')).not.toBeNull();
    const cite = p.querySelector('details.cite-entry');
    expect(cite?.querySelector('summary')?.text).toMatch(/Cite this/);
    // node-html-parser keeps <pre> content as raw text: drop the <code> wrapper.
    const blocks = cite!.querySelectorAll('pre').map((el) => el.text.replace(/^\s*<code[^>]*>|<\/code>\s*$/g, ''));
    expect(blocks.some((b) => b.includes('@misc{'))).toBe(true);
    const csl = blocks.find((b) => b.trim().startsWith('['));
    expect(() => JSON.parse(csl!)).not.toThrow();
    expect(p.querySelectorAll('script:not([src]):not([type="module"]):not([type="application/json"])').filter((s) => s.text.trim()).length).toBe(0);
  });
});
