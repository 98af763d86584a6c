/** The API builders produce exactly the shapes their schemas (Zod and JSON Schema) describe. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  apiJson,
  comparisonOf,
  countriesIndex,
  countryRecord,
  glossaryIndex,
  instrumentRecord,
  instrumentsIndex,
} from '../../src/lib/publish/api.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { standing } from '../../src/lib/parties.ts';
import {
  API_SCHEMA_NAMES,
  apiJsonSchema,
  countriesIndexFile,
  countryFile,
  glossaryFile,
  instrumentFile,
  instrumentsIndexFile,
  type ApiSchemaName,
} from '../../src/lib/schema/api.ts';
import { country } from '../../src/lib/schema/country.ts';
import { group } from '../../src/lib/schema/group.ts';
import { instrument } from '../../src/lib/schema/instrument.ts';
import { fixture } from '../helpers/fixtures.ts';
import { publishContext, realContent } from '../helpers/publish.ts';

const CTX = publishContext();
const UN_CTX = publishContext({
  un: group.parse({ name: 'UN Member States', kind: 'organisation', memberList: 'partial', members: [{ code: 'is', cite: ['s'] }], sources: [{ id: 's', url: 'https://www.un.org/en/about-us/member-states', title: 'Member States', date: '2026', kind: 'official' }] }),
});

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
// Source URLs may be IRIs (non-ASCII paths): ajv-formats has no "iri", so check it with the URL parser.
ajv.addFormat('iri', { type: 'string', validate: (s: string) => URL.canParse(s) && /^https?:/.test(s) });
const validators = Object.fromEntries(API_SCHEMA_NAMES.map((n) => [n, ajv.compile(apiJsonSchema(n))])) as Record<ApiSchemaName, ReturnType<typeof ajv.compile>>;
const jsonValid = (name: ApiSchemaName, value: unknown) => {
  const validate = validators[name];
  return validate(JSON.parse(JSON.stringify(value))) ? [] : [ajv.errorsText(validate.errors)];
};

const fromFixture = <T>(collection: 'countries' | 'instruments', id: string, parse: (d: unknown) => T): T =>
  parse(parseContentFile(collection, `content/${collection}/${id}.mdx`, fixture(`content/${collection}/${id}.mdx`)).data);
const is = fromFixture('countries', 'is', (d) => country.parse(d));
const mt = fromFixture('countries', 'mt', (d) => country.parse(d));
const convention = fromFixture('instruments', 'test-convention', (d) => instrument.parse(d));

describe('the published JSON Schemas', () => {
  it.each(API_SCHEMA_NAMES)('api-%s.json compiles in strict mode and has an $id under /schema/', (name) => {
    const schema = apiJsonSchema(name, 'https://example.org');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`https://example.org/schema/api-${name}.json`);
    expect(validators[name]).toBeTypeOf('function');
  });

  it('describe the fields re-users need to understand', () => {
    const schema = apiJsonSchema('country') as { properties: Record<string, { description?: string }> };
    expect(schema.properties['instrumentStatus']?.description).toMatch(/single source of party status/);
    expect(schema.properties['lastVerified']?.description).toMatch(/last checked/);
  });
});

// Under mutation testing (MLAT_MUTATION), the whole-tree checks are left to npm test: too slow per mutant.
describe.skipIf(process.env['MLAT_MUTATION'])('builders over the real content', () => {
  const { countries, instruments, glossary, ctx } = process.env['MLAT_MUTATION'] ? { countries: [], instruments: [], glossary: [], ctx: publishContext() } : realContent();

  it('there is content to build from', () => {
    expect(countries.length).toBeGreaterThan(0);
    expect(instruments.length).toBeGreaterThan(0);
  });

  it('every country record matches the Zod schema and the JSON Schema', () => {
    const problems = countries.flatMap((c) => {
      const record = countryRecord(c, instruments, ctx);
      const zod = countryFile.safeParse(record);
      return [...(zod.success ? [] : [`${c.code} (zod): ${zod.error.message}`]), ...jsonValid('country', record).map((m) => `${c.code}: ${m}`)];
    });
    expect(problems).toEqual([]);
  });

  it('every instrument record matches the Zod schema and the JSON Schema', () => {
    const problems = instruments.flatMap((i) => {
      const record = instrumentRecord(i, countries, ctx);
      const zod = instrumentFile.safeParse(record);
      return [...(zod.success ? [] : [`${i.id} (zod): ${zod.error.message}`]), ...jsonValid('instrument', record).map((m) => `${i.id}: ${m}`)];
    });
    expect(problems).toEqual([]);
  });

  it('the indexes and the glossary match their schemas', () => {
    const files = {
      countries: [countriesIndexFile, countriesIndex(countries, instruments, ctx)],
      instruments: [instrumentsIndexFile, instrumentsIndex(instruments, ctx.pub)],
      glossary: [glossaryFile, glossaryIndex(glossary, ctx.pub)],
    } as const;
    for (const [name, [schema, value]] of Object.entries(files)) {
      expect(schema.safeParse(value).success, name).toBe(true);
      expect(jsonValid(name as ApiSchemaName, value), name).toEqual([]);
    }
  });

  it('party status in a country record is the one src/lib/parties.ts gives, with the instrument’s sources', () => {
    for (const c of countries) {
      for (const item of countryRecord(c, instruments, ctx).instrumentStatus) {
        const inst = instruments.find((i) => i.id === item.instrument)!;
        const state = standing(inst, c.code, ctx.parties, ctx.date);
        expect(item.status, `${c.code} in ${inst.id}`).toBe(state.status);
        const cited = state.record?.cite ?? state.nonPartyRecord?.cite ?? state.unconfirmedRecord?.cite ?? state.rule?.cite ?? [];
        expect(item.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
      }
    }
  });
});

describe('builders over fixtures', () => {
  it('a country record holds the full entry with its sources, and absolute URLs', () => {
    const record = countryRecord(is, [convention], CTX);
    expect(record).toMatchObject({
      apiVersion: 2,
      url: 'https://example.org/countries/is/',
      data: 'https://example.org/api/countries/is.json',
      code: 'is',
      sources: is.sources,
      centralAuthority: is.centralAuthority,
      licence: { name: 'CC BY 4.0' },
    });
    expect(record.instrumentStatus).toEqual([
      expect.objectContaining({ instrument: 'test-convention', status: 'party', bound: 'yes', ratified: '2000-01-01', inForce: '2000-01-01', url: 'https://example.org/instruments/test-convention/' }),
    ]);
    expect(record.instrumentStatus[0]!.sources.map((s) => s.id)).toEqual(['depositary']);
  });

  it('an instrument record gives the status of every published country, including those it does not list', () => {
    const record = instrumentRecord({ ...convention, parties: convention.parties.filter((p) => p.code === 'is') }, [is, mt], CTX);
    expect(record.countryStatus.map((c) => [c.code, c.status])).toEqual([
      ['is', 'party'],
      ['mt', 'not-party'],
    ]);
    expect(record.parties.map((p) => p.code)).toEqual(['is']);
  });

  it('the index lists each country once, with its bound instruments and status', () => {
    const index = countriesIndex([is, mt], [convention], CTX);
    expect(index.count).toBe(2);
    expect(index.countries.map((r) => [r.code, r.centralAuthority, r.lastVerified])).toEqual([
      ['is', 'Fixture Central Authority', '2026-06-01'],
      ['mt', null, null],
    ]);
    expect(index.countries[0]!.instruments).toEqual([{ id: 'test-convention', status: 'party', bound: 'yes' }]);
  });

  describe('comparison values', () => {
    it('electronic submission is yes only for a current email or online-service channel', () => {
      expect(comparisonOf(is, [], CTX).electronicSubmission).toBe('yes');
      const historic = { ...is, channels: is.channels.map((ch) => ({ ...ch, status: 'historic' as const })) };
      expect(comparisonOf(historic, [], CTX).electronicSubmission).toBe('undocumented');
      // An email contact alone is not a documented channel for requests.
      const contactOnly = { ...is, channels: [] };
      expect(comparisonOf(contactOnly, [], CTX).electronicSubmission).toBe('undocumented');
      expect(comparisonOf(mt, [], CTX).electronicSubmission).toBe('undocumented');
    });

    it('lists refusal grounds once each, current ones only', () => {
      const ground = is.safeguards.refusalGrounds[0]!;
      const twice = {
        ...is,
        safeguards: { ...is.safeguards, refusalGrounds: [ground, { ...ground, text: 'Again.' }, { ...ground, ground: 'death-penalty' as const, status: 'historic' as const }] },
      };
      const values = comparisonOf(twice, [], CTX);
      expect(values.refusalGrounds).toEqual(['political-offence']);
      expect(values.refusalGroundsDocumented).toBe(true);
    });

    it('key instrument status is derived for instruments the portal has, and absent otherwise', () => {
      const budapest = { ...convention, id: 'budapest', partyList: 'partial' as const, parties: [] };
      expect(comparisonOf(is, [budapest], CTX).keyInstruments).toEqual({ budapest: { status: 'unknown', bound: 'unknown' } });
      const nearUniversal = { ...budapest, partyList: 'near-universal' as const };
      // Presumed only for a UN Member State, and still unknown: likely, not confirmed.
      expect(comparisonOf(is, [nearUniversal], CTX).keyInstruments).toEqual({ budapest: { status: 'unknown', bound: 'unknown' } });
      expect(comparisonOf(is, [nearUniversal], UN_CTX).keyInstruments).toEqual({ budapest: { status: 'presumed-party', bound: 'unknown' } });
      expect(comparisonOf(is, [{ ...budapest, parties: [{ code: 'is', inForce: '2027-01-01', cite: ['depositary'] }] }], CTX).keyInstruments).toEqual({ budapest: { status: 'party', bound: 'no' } });
      expect(comparisonOf(is, [convention], CTX).keyInstruments).toEqual({});
    });

    it('names the 24/7 points of contact', () => {
      expect(comparisonOf(is, [], CTX).pointsOfContact247).toEqual(['Fixture Cybercrime Unit']);
      expect(comparisonOf(mt, [], CTX).pointsOfContact247).toEqual([]);
    });
  });
});

describe('the schemas reject what a consumer should never receive', () => {
  const good = () => countryRecord(is, [convention], CTX);

  it.each([
    ['an unknown field', (r: Record<string, unknown>) => ({ ...r, surprise: true })],
    ['a missing apiVersion', (r: Record<string, unknown>) => ({ ...r, apiVersion: undefined })],
    ['another apiVersion', (r: Record<string, unknown>) => ({ ...r, apiVersion: 1 })],
    ['a relative page URL', (r: Record<string, unknown>) => ({ ...r, url: '/countries/is/' })],
    ['a party status outside the list', (r: Record<string, unknown>) => ({ ...r, instrumentStatus: [{ ...(r['instrumentStatus'] as object[])[0], status: 'ratified' }] })],
    ['a bound answer outside the three', (r: Record<string, unknown>) => ({ ...r, instrumentStatus: [{ ...(r['instrumentStatus'] as object[])[0], bound: 'maybe' }] })],
    ['a comparison without completeness', (r: Record<string, unknown>) => ({ ...r, comparison: { ...(r['comparison'] as object), completenessPercent: undefined } })],
    ['a source without a URL', (r: Record<string, unknown>) => ({ ...r, sources: [{ ...(r['sources'] as object[])[0], url: undefined }] })],
  ])('%s', (_name, mutate) => {
    const bad = mutate(good() as unknown as Record<string, unknown>);
    expect(countryFile.safeParse(bad).success).toBe(false);
    expect(jsonValid('country', bad)).not.toEqual([]);
  });

  it('apiJson refuses to serialise a non-conforming file, naming it', () => {
    expect(() => apiJson(countryFile, { ...good(), surprise: true }, '/api/countries/is.json')).toThrow(/\/api\/countries\/is\.json does not match its API schema/);
    expect(apiJson(countryFile, good(), 'ok').endsWith('}\n')).toBe(true);
  });
});
