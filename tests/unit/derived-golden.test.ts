/**
 * What the pages, API and route planner derive from entries, exactly: the country view, trust
 * signals, at-a-glance card, first five answers and completeness of ten entries, and routes
 * between them for three measures. The entries are a frozen copy of real ones
 * (tests/fixtures/derived/content, December 2026), so content edits do not move the
 * expectations; the expectations are the reviewed file tests/fixtures/golden/derived.json.
 * After a deliberate change, regenerate it with UPDATE_GOLDEN=1 and review its diff like code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/check/load.ts';
import { firstAnswers } from '../../src/lib/country/answers.ts';
import { completeness } from '../../src/lib/country/completeness.ts';
import { glance } from '../../src/lib/country/glance.ts';
import { trust } from '../../src/lib/country/trust.ts';
import { countryView } from '../../src/lib/country/view.ts';
import { stateBound, type PartyContext } from '../../src/lib/parties.ts';
import { planRoute } from '../../src/lib/route/plan.ts';
import { country, type Country } from '../../src/lib/schema/country.ts';
import { group, type Group } from '../../src/lib/schema/group.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';
import type { MeasureId } from '../../src/lib/vocabulary.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const TODAY = '2026-12-02';
const GOLDEN = join(FIXTURES, 'golden', 'derived.json');
const update = process.env['UPDATE_GOLDEN'] === '1';
const golden: Record<string, unknown> = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>) : {};
const written: Record<string, unknown> = {};

const { files } = loadContent(join(FIXTURES, 'derived'), join(FIXTURES, 'derived', 'content'));
const parse = <T>(collection: string, schema: { parse(d: unknown): T }) => files.filter((f) => f.collection === collection).map((f) => ({ id: f.id, data: schema.parse(f.data) }));
const countries = parse<Country>('countries', country).map((c) => c.data);
const instruments = parse<Instrument>('instruments', instrument).map((i) => i.data);
const parties: PartyContext = { groups: new Map(parse<Group>('groups', group).map((g) => [g.id, g.data])) };
const byCode = (code: string) => countries.find((c) => c.code === code)!;
const budapest = instruments.find((i) => i.id === 'budapest')!;

/**
 * A value as plain JSON (what the golden file holds), with long texts shortened to their start
 * and length: entry prose is the content's, not the code's; what the code decides (which facts,
 * in what order, with which labels and links) stays in full.
 */
const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v), (_key, value: unknown) => {
    if (typeof value === 'string' && value.length > 60) return `${value.slice(0, 40)}… (${value.length})`;
    // A whole instrument entry carried along a row is named by its id (its own data is not derived).
    if (value && typeof value === 'object' && 'parties' in value && 'kind' in value && 'id' in value) return { instrument: (value as { id: string }).id };
    return value;
  });

function expectGolden(name: string, value: unknown) {
  const json = plain(value);
  written[name] = json;
  if (!update) expect(json).toEqual(golden[name]);
}

describe('the frozen entries load', () => {
  it('ten countries, their instruments and the groups', () => {
    expect(countries.map((c) => c.code).sort()).toEqual(['br', 'de', 'fr', 'gb', 'gq', 'ie', 'je', 'jp', 'ky', 'us']);
    expect(instruments.length).toBeGreaterThan(30);
    expect([...parties.groups.keys()].sort()).toEqual(['coe', 'eu', 'un']);
  });
});

describe('what each country page derives, exactly', () => {
  for (const code of ['br', 'de', 'fr', 'gb', 'gq', 'ie', 'je', 'jp', 'ky', 'us']) {
    it(code, () => {
      const c = byCode(code);
      expectGolden(`view ${code}`, countryView(c, instruments, parties, TODAY));
      expectGolden(`trust ${code}`, trust(c, TODAY));
      expectGolden(`glance ${code}`, glance(c));
      expectGolden(`completeness ${code}`, completeness(c));
      expectGolden(`answers ${code}`, firstAnswers(c, { budapest: stateBound(budapest, code, parties, TODAY).answer }));
    });
  }
});

/** The route, as the planner returns it. */
const route = (from: string, to: string, measure: MeasureId) => {
  const requesting = countries.find((c) => c.code === from);
  return planRoute({ requesting: { code: from, name: requesting?.name ?? from.toUpperCase() }, requested: byCode(to), instruments, parties, measure, today: TODAY });
};

describe('what the route planner answers, exactly', () => {
  const pairs = [['de', 'ie'], ['fr', 'de'], ['us', 'gb'], ['de', 'ky'], ['us', 'je'], ['br', 'jp'], ['de', 'gq'], ['jp', 'us'], ['ie', 'fr'], ['gb', 'us']] as const;
  const measures: MeasureId[] = ['subscriber-information', 'bank-records', 'witness-testimony'];
  for (const [from, to] of pairs) {
    for (const measure of measures) {
      it(`${from} → ${to}, ${measure}`, () => expectGolden(`route ${from}-${to} ${measure}`, route(from, to, measure)));
    }
  }
});

describe('the golden file', () => {
  it('has no expectation the test no longer computes', () => {
    if (!update) expect(Object.keys(golden).sort()).toEqual(Object.keys(written).sort());
  });

  afterAll(() => {
    if (update) writeFileSync(GOLDEN, `${JSON.stringify(written, null, 1)}\n`);
  });
});
