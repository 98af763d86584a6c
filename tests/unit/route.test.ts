/** Issue 8: the route function, table-driven, on fixture entries and instruments. */
import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/lib/route.ts';
import { country } from '../../src/lib/schema/country.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';
import type { MeasureId } from '../../src/lib/contract.ts';

const src = [{ id: 's', url: 'https://example.org/s', title: 'Source S', date: '2024', kind: 'official' }];

function makeCountry(code: string, extra: Record<string, unknown> = {}) {
  return country.parse({
    code,
    name: `State ${code.toUpperCase()}`,
    region: 'Europe',
    lastVerified: '2026-01-01',
    centralAuthority: { name: `Central Authority ${code.toUpperCase()}`, cite: ['s'], contacts: [{ type: 'email', value: `mla@${code}.example.org`, cite: ['s'] }] },
    sources: src,
    ...extra,
  });
}

function makeInstrument(id: string, fields: Record<string, unknown>): Instrument {
  return instrument.parse({
    id,
    title: id,
    shortTitle: id,
    kind: 'multilateral',
    status: 'in-force',
    partyList: 'partial',
    summary: 'A test instrument for the route planner.',
    sources: src,
    ...fields,
  });
}

const party = (code: string, extra: Record<string, unknown> = {}) => ({ code, ratified: '2001-01-01', inForce: '2001-06-01', cite: ['s'], ...extra });
const TODAY = '2026-11-27';

const convention = makeInstrument('conv', { parties: [party('fr'), party('de'), party('it')], signatories: [{ code: 'ie', signed: '2002-02-28', cite: ['s'] }] });
const notYet = makeInstrument('protocol', { status: 'not-in-force', parties: [party('fr'), party('de')] });
const bilateral = makeInstrument('mlat-de-us', { kind: 'bilateral', partyList: 'complete', parties: [party('de'), party('us')] });
const bilateralUnknown = makeInstrument('mlat-fr-us', { kind: 'bilateral', status: 'unknown', partyList: 'complete', parties: [party('fr', { inForce: null }), party('us', { inForce: null })] });
const universal = makeInstrument('untoc', { partyList: 'near-universal', parties: [], nonParties: [{ code: 'so', cite: ['s'] }] });
const future = makeInstrument('late', { parties: [party('fr'), party('de', { inForce: '2030-01-01' })] });
const budapest = makeInstrument('budapest', { parties: [party('fr'), party('de')], channels: [{ text: 'Each Party has a 24/7 point of contact.', cite: ['s'] }] });
const cloud = makeInstrument('cloud-act-gb-us', { kind: 'agreement', partyList: 'complete', parties: [party('gb'), party('us')], safeguards: { lacks: [{ text: 'No prior judicial review in the other State.', cite: ['s'] }] } });
const ALL = [convention, notYet, bilateral, bilateralUnknown, universal, future, budapest, cloud];

const route = (from: string, to: string, measure: MeasureId = 'bank-records', toExtra: Record<string, unknown> = {}) =>
  planRoute({ requesting: { code: from, name: from.toUpperCase() }, requested: makeCountry(to, toExtra), instruments: ALL, measure, today: TODAY });
const bases = (r: ReturnType<typeof route>) => r.legalBases.map((b) => b.id).sort();

describe('legal bases', () => {
  it.each([
    ['two parties to the same convention get it', 'fr', 'de', ['budapest', 'conv', 'untoc']],
    ['a signatory that has not ratified does not', 'ie', 'de', ['untoc']],
    ['a bilateral treaty appears for its two parties', 'us', 'de', ['mlat-de-us', 'untoc']],
    ['a bilateral treaty does not appear for anyone else', 'fr', 'it', ['conv', 'untoc']],
    ['a near-universal convention is shared unless a State is a listed non-party', 'so', 'de', []],
    ['an instrument in force for one State only later is not a basis yet', 'it', 'fr', ['conv', 'untoc']],
  ] as const)('%s', (_name, from, to, expected) => {
    expect(bases(route(from, to))).toEqual([...expected].sort());
  });

  it('explains why a connecting instrument is not a legal basis', () => {
    const r = route('ie', 'de');
    expect(r.notLegalBases.find((n) => n.id === 'conv')?.reason).toMatch(/IE: signed but not ratified/);
    expect(route('fr', 'de').notLegalBases.find((n) => n.id === 'protocol')?.reason).toBe('not in force');
    expect(route('us', 'fr').notLegalBases.find((n) => n.id === 'mlat-fr-us')?.reason).toBe('no source says it is in force');
    expect(route('fr', 'de').notLegalBases.find((n) => n.id === 'late')?.reason).toMatch(/State DE: not yet in force for it/);
  });

  it('falls back to what the requested State says about assistance without a treaty', () => {
    const r = route('so', 'de', 'bank-records', { legalBases: { reciprocity: [{ text: 'Assistance may be given on reciprocity.', cite: ['s'] }] } });
    expect(r.legalBases).toEqual([]);
    expect(r.withoutTreaty.map((f) => f.text)).toEqual(['Assistance may be given on reciprocity.']);
    expect(r.withoutTreaty[0]!.sources[0]!.url).toBe('https://example.org/s');
  });

  it('says so when there is neither a treaty nor documented reciprocity', () => {
    expect(route('so', 'de').gaps).toContain('A legal basis shared by both States, or assistance without a treaty');
  });
});

describe('addressee, checklist and gaps', () => {
  it('names the central authority and its current contacts with their source date', () => {
    const a = route('fr', 'de').addressee;
    expect(a.authority?.name).toBe('Central Authority DE');
    expect(a.contacts[0]).toMatchObject({ type: 'email', value: 'mla@de.example.org', asOf: '2024' });
  });

  it('a measure with no documented requirement yields an explicit gap', () => {
    const r = route('fr', 'de', 'witness-testimony');
    expect(r.checklist.find((c) => c.id === 'measure')?.facts).toEqual([]);
    expect(r.gaps).toContain('Rules for witness testimony');
  });

  it('a documented measure rule is in the checklist, cited', () => {
    const r = route('fr', 'de', 'bank-records', { measures: { 'bank-records': [{ text: 'A court order is needed.', cite: ['s'] }] } });
    const item = r.checklist.find((c) => c.id === 'measure')!;
    expect(item.facts[0]).toMatchObject({ text: 'A court order is needed.', href: '/countries/de/#measures' });
    expect(r.gaps).not.toContain('Rules for bank records');
  });

  it('historic facts are never part of the route', () => {
    const r = route('fr', 'de', 'bank-records', { requirements: [{ text: 'Old rule.', cite: ['s'], status: 'historic' }] });
    expect(r.checklist.find((c) => c.id === 'requirements')?.facts).toEqual([]);
  });
});

describe('electronic evidence and alternatives', () => {
  it('preservation first via the 24/7 network when both are Budapest Parties', () => {
    const r = route('fr', 'de', 'stored-content');
    expect(r.preservation?.viaBudapest).toBe(true);
    expect(r.alternatives.find((a) => a.id === '24-7-network')?.available).toBe('yes');
  });

  it('no preservation block for a non-electronic measure', () => {
    expect(route('fr', 'de', 'witness-testimony').preservation).toBeNull();
  });

  it('a CLOUD Act agreement is offered only when it binds both, with the safeguards it lacks', () => {
    const yes = route('gb', 'us', 'stored-content').alternatives.find((a) => a.id === 'cloud-act')!;
    expect(yes.available).toBe('yes');
    expect(yes.loses.map((f) => f.text)).toEqual(['No prior judicial review in the other State.']);
    expect(route('fr', 'us', 'stored-content').alternatives.find((a) => a.id === 'cloud-act')?.available).toBe('no');
  });
});
