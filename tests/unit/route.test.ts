/** The route planner, table-driven, on fixture entries, instruments and groups: three answers, never two. */
import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/lib/route/plan.ts';
import { requestingStates, routeRequest } from '../../src/lib/route/jurisdictions.ts';
import type { PartyContext } from '../../src/lib/parties.ts';
import { country } from '../../src/lib/schema/country.ts';
import { group } from '../../src/lib/schema/group.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';
import type { MeasureId } from '../../src/lib/vocabulary.ts';

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

const members = (codes: string[]) => codes.map((code) => ({ code, cite: ['s'] }));
const parties: PartyContext = {
  groups: new Map([['un', group.parse({ name: 'UN Member States', kind: 'organisation', memberList: 'partial', members: members(['de', 'fr', 'gb', 'ie', 'it', 'so', 'us']), sources: src })]]),
};

const route = (from: string, to: string, measure: MeasureId = 'bank-records', toExtra: Record<string, unknown> = {}, instruments = ALL) =>
  planRoute({ requesting: { code: from, name: from.toUpperCase() }, requested: makeCountry(to, toExtra), instruments, parties, measure, today: TODAY });
const bases = (r: ReturnType<typeof route>) => r.legalBases.map((b) => b.id).sort();
const possible = (r: ReturnType<typeof route>) => r.possibleBases.map((b) => b.id).sort();
const not = (r: ReturnType<typeof route>) => r.notLegalBases.map((b) => b.id).sort();

describe('legal bases, in three answers', () => {
  it.each([
    ['two parties to the same convention', 'fr', 'de', ['budapest', 'conv'], ['untoc'], ['late', 'protocol']],
    ['a signatory that has not ratified (the partial Budapest list does not name it: possible)', 'ie', 'de', [], ['budapest', 'untoc'], ['conv']],
    ['a bilateral treaty, for its two parties', 'us', 'de', ['mlat-de-us'], ['budapest', 'conv', 'untoc'], []],
    ['a bilateral treaty, for nobody else', 'fr', 'it', ['conv'], ['budapest', 'late', 'untoc'], []],
    ['a listed non-party of a near-universal convention', 'so', 'de', [], ['budapest', 'conv'], ['untoc']],
    ['an instrument in force for the requested State only later', 'fr', 'de', ['budapest', 'conv'], ['untoc'], ['late', 'protocol']],
    ['a bilateral treaty whose status no source gives', 'us', 'fr', [], ['budapest', 'conv', 'late', 'mlat-fr-us', 'untoc'], []],
  ] as const)('%s: confirmed, possible, not', (_name, from, to, yes, maybe, no) => {
    const r = route(from, to);
    expect(bases(r)).toEqual([...yes].sort());
    expect(possible(r)).toEqual([...maybe].sort());
    expect(not(r)).toEqual([...no].sort());
  });

  it('a State absent from a partial list is never a "no": the basis is possible, with the depositary to check', () => {
    const r = route('br', 'de');
    expect(bases(r)).toEqual([]);
    expect(not(r)).toEqual([]);
    const conv = r.possibleBases.find((b) => b.id === 'conv')!;
    expect(conv).toMatchObject({ answer: 'unknown', likely: false, listDate: '2024', partiesHref: '/instruments/conv/#parties' });
    expect(conv.reason).toBe('BR: not on the partial list of Parties: check the depositary');
  });

  it('a near-universal convention between two UN Member States is likely, not confirmed, and offered after the rest', () => {
    const r = route('fr', 'de');
    const untoc = r.possibleBases.find((b) => b.id === 'untoc')!;
    expect(untoc).toMatchObject({ answer: 'unknown', likely: true });
    const later = route('us', 'fr').possibleBases.map((b) => b.id);
    expect(later.at(-1)).toBe('untoc');
  });

  it('explains why an instrument that names both States is no basis between them', () => {
    expect(route('ie', 'de').notLegalBases.find((n) => n.id === 'conv')?.reason).toBe('IE: signed 2002-02-28, not ratified according to the source');
    expect(route('fr', 'de').notLegalBases.find((n) => n.id === 'protocol')?.reason).toBe('not in force');
    expect(route('us', 'fr').possibleBases.find((n) => n.id === 'mlat-fr-us')?.reason).toBe('no source says whether it is in force');
    expect(route('fr', 'de').notLegalBases.find((n) => n.id === 'late')?.reason).toBe('State DE: in force for it only from 2030-01-01');
  });

  it('on the day a ratification enters into force the instrument becomes a basis', () => {
    const on = planRoute({ requesting: { code: 'fr', name: 'FR' }, requested: makeCountry('de'), instruments: [future], parties, measure: 'bank-records', today: '2030-01-01' });
    expect(on.legalBases.map((b) => b.id)).toEqual(['late']);
  });

  it('falls back to what the requested State says about assistance without a treaty', () => {
    const r = route('so', 'de', 'bank-records', { legalBases: { reciprocity: [{ text: 'Assistance may be given on reciprocity.', cite: ['s'] }] } });
    expect(r.legalBases).toEqual([]);
    expect(r.withoutTreaty.map((f) => f.text)).toEqual(['Assistance may be given on reciprocity.']);
    expect(r.withoutTreaty[0]!.sources[0]!.url).toBe('https://example.org/s');
  });

  it('says so when there is neither a treaty nor documented reciprocity', () => {
    expect(route('so', 'de', 'bank-records', {}, [universal]).gaps).toContain('A legal basis shared by both States, or assistance without a treaty');
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
    expect(r.preservation?.budapest).toBe('yes');
    expect(route('ie', 'de', 'stored-content').preservation?.budapest).toBe('unknown');
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

describe('group rules and the instruments’ own fallbacks', () => {
  const eu = group.parse({
    name: 'European Union',
    shortName: 'EU',
    kind: 'organisation',
    memberList: 'complete',
    members: [...members(['de', 'ie', 'dk']), { code: 'gb', left: '2020-01-31', cite: ['s'] }],
    sources: src,
  });
  const withEu: PartyContext = { groups: new Map([...parties.groups, ['eu', eu]]) };
  const eEvidence = makeInstrument('eu-e-evidence-regulation', {
    kind: 'eu-law',
    inForce: '2023-08-17',
    appliesFrom: '2026-08-18',
    binds: [{ group: 'eu', except: ['dk'], cite: ['s'] }],
    coverage: [{ text: 'Orders go directly to a service provider’s designated establishment.', cite: ['s'] }],
    safeguards: { lacks: [{ text: 'No dual criminality check for subscriber data.', cite: ['s'] }] },
  });
  const plan = (from: string, to: string, today: string, instruments: Instrument[] = [eEvidence]) =>
    planRoute({ requesting: { code: from, name: from.toUpperCase() }, requested: makeCountry(to), instruments, parties: withEu, measure: 'stored-content', today });
  const eOrder = (r: ReturnType<typeof plan>) => r.alternatives.find((a) => a.id === 'e-evidence')!;

  it.each([
    ['two EU Member States, once the Regulation applies', 'de', 'ie', '2026-11-27', 'yes'],
    ['before the Regulation applies', 'de', 'ie', '2026-08-17', 'no'],
    ['Denmark, which the Regulation excepts', 'de', 'dk', '2026-11-27', 'no'],
    ['the United Kingdom, after it left the EU', 'de', 'gb', '2026-11-27', 'no'],
  ])('e-Evidence orders: %s', (_what, from, to, today, available) => {
    expect(eOrder(plan(from, to, today)).available).toBe(available);
  });

  it('an available e-Evidence route shows what it covers and the safeguards it lacks', () => {
    const alt = eOrder(plan('de', 'ie', '2026-11-27'));
    expect(alt.facts.map((f) => f.text)).toEqual(['Orders go directly to a service provider’s designated establishment.']);
    expect(alt.loses.map((f) => f.text)).toEqual(['No dual criminality check for subscriber data.']);
    expect(eOrder(plan('de', 'dk', '2026-11-27')).loses).toEqual([]);
  });

  it('where the entry is silent, an instrument that binds or may bind the requested State says what to do', () => {
    const withFallback = makeInstrument('budapest', {
      parties: [party('de')],
      fallbacks: [{ need: '24-7-point-of-contact', text: 'Send the preservation request through your own 24/7 point of contact.', cite: ['s'] }],
    });
    const toDe = plan('fr', 'de', '2026-11-27', [withFallback]);
    expect(toDe.fallbacks).toEqual([
      { need: '24-7-point-of-contact', instrument: { id: 'budapest', title: 'budapest', answer: 'yes' }, facts: [expect.objectContaining({ text: 'Send the preservation request through your own 24/7 point of contact.', href: '/instruments/budapest/#fallbacks' })] },
    ]);
    // A State the partial list does not name may be bound: the rule is offered, marked unknown.
    expect(plan('fr', 'ie', '2026-11-27', [withFallback]).fallbacks[0]?.instrument.answer).toBe('unknown');
    // A State known not to be bound gets no rule from it.
    const denied = makeInstrument('budapest', { ...withFallback, nonParties: [{ code: 'ie', cite: ['s'] }], id: 'budapest' });
    expect(plan('fr', 'ie', '2026-11-27', [denied]).fallbacks).toEqual([]);
    // An entry that documents its 24/7 point needs no fallback for it.
    const documented = planRoute({
      requesting: { code: 'fr', name: 'FR' },
      requested: makeCountry('de', { otherAuthorities: [{ name: '24/7 Unit', roles: ['24-7-point-of-contact'], cite: ['s'] }] }),
      instruments: [withFallback],
      parties: withEu,
      measure: 'stored-content',
      today: '2026-11-27',
    });
    expect(documented.fallbacks).toEqual([]);
  });
});

describe('pairs the planner will not compute', () => {
  const documented = [
    { code: 'de', name: 'Germany' },
    { code: 'ie', name: 'Ireland' },
  ];
  const un = group.parse({
    name: 'UN Member States',
    kind: 'organisation',
    memberList: 'partial',
    members: [...members(['de', 'ie', 'br']), { code: 'tw', left: '1971-10-25', cite: ['s'] }],
    sources: src,
  });
  const requesting = requestingStates(documented, { groups: new Map([['un', un]]) }, (code) => `State ${code.toUpperCase()}`);

  it('the requesting list holds every documented jurisdiction and every current UN Member State, by name, once', () => {
    expect(requesting).toEqual([
      { code: 'de', name: 'Germany' },
      { code: 'ie', name: 'Ireland' },
      { code: 'br', name: 'State BR' },
    ]);
  });

  it.each([
    ['the same State twice', { from: 'de', to: 'de', measure: 'bank-records' }, 'domestic', /Domestic matter: the evidence is in Germany, where you are/],
    ['a code that is not a State the portal knows', { from: 'zz', to: 'ie', measure: 'bank-records' }, 'not-a-jurisdiction', /“zz” is not a State or jurisdiction/],
    ['a requested State without an entry', { from: 'de', to: 'br', measure: 'bank-records' }, 'no-entry', /There is no entry for “br”/],
    ['an unknown measure', { from: 'de', to: 'ie', measure: 'dna' }, 'unknown-measure', /“dna” is not a measure/],
  ])('%s', (_what, params, kind, message) => {
    const r = routeRequest(params, requesting, documented);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.kind).toBe(kind);
    expect(r.refusal.message).toMatch(message);
  });

  it('accepts a valid pair, in any case', () => {
    expect(routeRequest({ from: 'BR', to: 'IE', measure: 'stored-content' }, requesting, documented)).toEqual({
      ok: true,
      from: { code: 'br', name: 'State BR' },
      to: { code: 'ie', name: 'Ireland' },
      measure: 'stored-content',
    });
  });
});
