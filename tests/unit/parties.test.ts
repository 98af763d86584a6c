/**
 * The three answers, table-driven: every kind of record, membership rules, the UN
 * presumption, dates on both sides of the boundary. Expectations are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { applies, basisBetween, bound, instrumentsOfState, namedStates, newestListDate, reasonAddsToStatus, standing, stateBound, type PartyContext } from '../../src/lib/parties.ts';
import { group, type Group } from '../../src/lib/schema/group.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';

const src = [
  { id: 's', url: 'https://example.org/s', title: 'Source S', date: '2024-05-01', kind: 'depositary' },
  { id: 'old', url: 'https://example.org/old', title: 'Old list', date: '2019', kind: 'copy' },
];
const make = (fields: Record<string, unknown>): Instrument =>
  instrument.parse({ id: 'x', title: 'X Convention', shortTitle: 'X Conv', kind: 'multilateral', status: 'in-force', partyList: 'partial', summary: 'A test instrument.', sources: src, ...fields });
const g = (fields: Record<string, unknown>): Group => group.parse({ name: 'Group', kind: 'organisation', memberList: 'complete', sources: src, ...fields });

const EU = g({
  name: 'European Union',
  shortName: 'EU',
  members: [
    { code: 'de', joined: '1958-01-01', cite: ['s'] },
    { code: 'ie', joined: '1973-01-01', cite: ['s'] },
    { code: 'dk', joined: '1973-01-01', cite: ['s'] },
    { code: 'hr', joined: '2013-07-01', cite: ['s'] },
    { code: 'gb', joined: '1973-01-01', left: '2020-01-31', cite: ['s'] },
  ],
});
const UN = g({ name: 'UN Member States', memberList: 'partial', members: [{ code: 'de', cite: ['s'] }, { code: 'ie', cite: ['s'] }, { code: 'kp', cite: ['s'] }] });
const ctx: PartyContext = { groups: new Map([['eu', EU], ['un', UN]]) };
const TODAY = '2026-12-01';

const partial = make({
  parties: [{ code: 'fr', inForce: '2004-07-01', cite: ['s'] }, { code: 'lt', inForce: TODAY, cite: ['s'] }, { code: 'nz', inForce: '2026-12-02', cite: ['s'] }],
  signatories: [{ code: 'ie', signed: '2001-11-23', cite: ['s'] }, { code: 'uy', signed: '2019-07', ratification: 'unknown', cite: ['old'] }],
  nonParties: [{ code: 'so', asOf: '2016', cite: ['old'] }],
  unconfirmed: [{ code: 'ru', note: 'Expelled from the Council of Europe; no source confirms a denunciation.', cite: ['s'] }],
});
const complete = make({ partyList: 'complete', parties: [{ code: 'fr', cite: ['s'] }] });
const eio = make({ id: 'eio', shortTitle: 'EIO Directive', kind: 'eu-law', partyList: 'complete', binds: [{ group: 'eu', except: ['dk', 'ie'], from: '2017-05-22', cite: ['s'] }], parties: [{ code: 'de', inForce: '2017-05-22', cite: ['s'] }] });
const eEvidence = make({ id: 'e-ev', shortTitle: 'E-evidence Regulation', kind: 'eu-law', partyList: 'partial', appliesFrom: '2026-08-18', inForce: '2023-08-17', binds: [{ group: 'eu', except: ['dk'], cite: ['s'] }] });
const untoc = make({ id: 'untoc', shortTitle: 'UNTOC', partyList: 'near-universal', nonParties: [{ code: 'so', cite: ['s'] }] });

describe('standing: where a State stands, per the sources', () => {
  it.each([
    ['a listed Party', partial, 'fr', 'party'],
    ['a signature with no ratification shown', partial, 'ie', 'signatory'],
    ['a signature whose ratification is not documented', partial, 'uy', 'signed'],
    ['a listed non-party', partial, 'so', 'non-party'],
    ['a State whose standing is in doubt', partial, 'ru', 'unconfirmed'],
    ['absent from a partial list', partial, 'br', 'unknown'],
    ['absent from a complete list', complete, 'br', 'not-party'],
    ['a member of the group the instrument binds', eio, 'hr', 'member'],
    ['a member the instrument excepts', eio, 'dk', 'excluded'],
    ['a member that left the group', eio, 'gb', 'former-member'],
    ['an explicit record wins over the group rule', eio, 'de', 'party'],
    ['a UN Member State under a near-universal convention', untoc, 'ie', 'presumed-party'],
    ['a listed non-party under a near-universal convention', untoc, 'so', 'non-party'],
    ['a non-member (Antarctica) under a near-universal convention', untoc, 'aq', 'unknown'],
    ['a State the partial UN list does not name', untoc, 'br', 'unknown'],
  ])('%s', (_what, inst, code, status) => {
    expect(standing(inst, code, ctx, TODAY).status).toBe(status);
  });
});

describe('bound: the three answers for one State', () => {
  it.each([
    ['a Party in force since 2004', partial, 'fr', 'yes'],
    ['a Party in force from today', partial, 'lt', 'yes'],
    ['a Party in force only from tomorrow', partial, 'nz', 'no'],
    ['a signatory, not ratified', partial, 'ie', 'no'],
    ['signed, ratification not documented', partial, 'uy', 'unknown'],
    ['a listed non-party', partial, 'so', 'no'],
    ['standing unconfirmed', partial, 'ru', 'unknown'],
    ['absent from a partial list', partial, 'br', 'unknown'],
    ['absent from a complete list', complete, 'br', 'no'],
    ['an EU Member State under the EIO', eio, 'hr', 'yes'],
    ['Denmark under the EIO', eio, 'dk', 'no'],
    ['Ireland under the EIO', eio, 'ie', 'no'],
    ['the United Kingdom after it left the EU', eio, 'gb', 'no'],
    ['presumed for UNTOC', untoc, 'ie', 'unknown'],
  ])('%s: %s', (_what, inst, code, answer) => {
    expect(stateBound(inst, code, ctx, TODAY).answer).toBe(answer);
  });

  it('a presumed Party is likely, not confirmed, and says so', () => {
    const v = stateBound(untoc, 'ie', ctx, TODAY);
    expect(v).toMatchObject({ answer: 'unknown', likely: true });
    expect(v.reason).toMatch(/likely.*not confirmed/);
  });

  it('a member binds from the later of the rule and its accession', () => {
    expect(stateBound(eio, 'hr', ctx, TODAY).since).toBe('2017-05-22');
    const late = make({ binds: [{ group: 'eu', except: [], from: '2010-01-01', cite: ['s'] }] });
    expect(stateBound(late, 'hr', ctx, TODAY).since).toBe('2013-07-01');
    expect(stateBound(late, 'hr', ctx, '2012-12-31').answer).toBe('no');
    expect(stateBound(late, 'hr', ctx, '2013-07-01').answer).toBe('yes');
  });

  it('a member is bound until the day it leaves, and not on that day', () => {
    expect(stateBound(eio, 'gb', ctx, '2020-01-30').answer).toBe('yes');
    expect(stateBound(eio, 'gb', ctx, '2020-01-31').answer).toBe('no');
  });
});

describe('applies: the instrument itself', () => {
  it.each([
    ['in force', make({ inForce: '2004-07-01' }), 'yes'],
    ['in force from today', make({ inForce: TODAY }), 'yes'],
    ['in force only from tomorrow', make({ inForce: '2026-12-02' }), 'no'],
    ['in force, applying from a later date already passed', eEvidence, 'yes'],
    ['not in force', make({ status: 'not-in-force' }), 'no'],
    ['non-binding', make({ status: 'non-binding' }), 'no'],
    ['in negotiation', make({ status: 'in-negotiation' }), 'no'],
    ['of unknown status', make({ status: 'unknown' }), 'unknown'],
  ])('%s: %s', (_what, inst, answer) => {
    expect(applies(inst, TODAY).answer).toBe(answer);
  });

  it('an instrument that applies only from a later date is no basis before it', () => {
    expect(applies(eEvidence, '2026-08-17')).toEqual({ answer: 'no', reason: 'applies only from 2026-08-18' });
    expect(applies(eEvidence, '2026-08-18').answer).toBe('yes');
    expect(stateBound(eEvidence, 'de', ctx, '2026-08-17').answer).toBe('no');
  });
});

describe('basisBetween: does it link the two States?', () => {
  it.each([
    ['two EU Member States under the e-Evidence Regulation', eEvidence, 'de', 'ie', 'yes'],
    ['Germany and Denmark under the EIO', eio, 'de', 'dk', 'no'],
    ['Germany and Croatia under the EIO', eio, 'de', 'hr', 'yes'],
    ['a State absent from a partial list', partial, 'fr', 'br', 'unknown'],
    ['a State absent from a complete list', complete, 'fr', 'br', 'no'],
    ['a signatory', partial, 'fr', 'ie', 'no'],
    ['two presumed Parties to UNTOC', untoc, 'de', 'ie', 'unknown'],
    ['a non-State and a presumed Party', untoc, 'aq', 'ie', 'unknown'],
    ['a listed non-party and a presumed Party', untoc, 'so', 'ie', 'no'],
  ])('%s: %s', (_what, inst, a, b, answer) => {
    expect(basisBetween(inst, a, b, ctx, TODAY).answer).toBe(answer);
  });

  it('presumed only on both sides: likely; a non-State on one side: not likely', () => {
    expect(basisBetween(untoc, 'de', 'ie', ctx, TODAY).likely).toBe(true);
    expect(basisBetween(untoc, 'aq', 'ie', ctx, TODAY).likely).toBe(false);
    expect(basisBetween(partial, 'fr', 'br', ctx, TODAY).likely).toBe(false);
  });

  it('a no on either side is a no whatever the other side, and an unknown instrument never gives yes', () => {
    expect(basisBetween(make({ status: 'unknown', parties: [{ code: 'fr', cite: ['s'] }, { code: 'de', cite: ['s'] }] }), 'fr', 'de', ctx, TODAY).answer).toBe('unknown');
    expect(basisBetween(make({ status: 'not-in-force', parties: [{ code: 'fr', cite: ['s'] }, { code: 'de', cite: ['s'] }] }), 'fr', 'de', ctx, TODAY).answer).toBe('no');
  });
});

describe('what the pages list', () => {
  it('instrumentsOfState lists every instrument that says something of the State, never the silent ones', () => {
    const all = [partial, complete, eio, untoc, eEvidence];
    expect(instrumentsOfState(all, 'ie', ctx, TODAY).map((x) => `${x.instrument.id}:${x.standing.status}:${x.verdict.answer}`)).toEqual([
      'untoc:presumed-party:unknown',
      'x:signatory:no',
      'e-ev:member:yes',
      'eio:excluded:no',
    ]);
    expect(instrumentsOfState(all, 'br', ctx, TODAY)).toEqual([]);
  });

  it('namedStates includes the members of the groups the instrument binds', () => {
    expect(namedStates(eio, ctx)).toEqual(['de', 'dk', 'gb', 'hr', 'ie']);
    expect(namedStates(partial, ctx)).toEqual(['fr', 'ie', 'lt', 'nz', 'ru', 'so', 'uy']);
  });

  it('newestListDate is the newest dated source the records cite', () => {
    expect(newestListDate(partial)).toBe('2024-05-01');
    expect(newestListDate(make({ parties: [{ code: 'fr', cite: ['old'] }] }))).toBe('2019');
    expect(newestListDate(make({}))).toBeNull();
  });

  it('bound explains a signature with its date', () => {
    expect(bound(standing(partial, 'ie', ctx, TODAY), TODAY).reason).toBe('signed 2001-11-23, not ratified according to the source');
  });
});

describe('the reason given with each answer, in words for the page', () => {
  const UNNAMED = g({ name: 'Unnamed network', members: [{ code: 'de', cite: ['s'] }, { code: 'gb', left: '2020-01-31', cite: ['s'] }, { code: 'dk', cite: ['s'] }] });
  const withUnnamed: PartyContext = { groups: new Map([...ctx.groups, ['net', UNNAMED]]) };
  const byRule = make({ binds: [{ group: 'net', except: ['dk'], cite: ['s'] }] });
  const ruleText = make({ binds: [{ group: 'eu', except: ['dk'], text: 'Denmark opted out under Protocol 22.', cite: ['s'] }] });
  const listed = make({ parties: [{ code: 'fr', cite: ['s'] }], signatories: [{ code: 'uy', ratification: 'unknown', cite: ['s'] }, { code: 'cl', cite: ['s'] }], nonParties: [{ code: 'so', cite: ['s'] }, { code: 'er', asOf: '2016', cite: ['s'] }] });

  it.each([
    ['a Party', partial, 'fr', ctx, TODAY, 'Party'],
    ['a Party not in force yet', partial, 'nz', ctx, TODAY, 'in force for it only from 2026-12-02'],
    ['a member of the EU', eio, 'hr', ctx, TODAY, 'bound as a member of the EU'],
    ['a member of a group without a short name', byRule, 'de', withUnnamed, TODAY, 'bound as a member of the Unnamed network'],
    ['a member not yet joined', make({ binds: [{ group: 'eu', except: [], cite: ['s'] }] }), 'hr', ctx, '2013-06-30', 'binds it only from 2013-07-01'],
    ['an excepted member, with the rule’s own words', ruleText, 'dk', ctx, TODAY, 'not bound: Denmark opted out under Protocol 22.'],
    ['an excepted member, without them', eio, 'dk', ctx, TODAY, 'not bound: the instrument does not bind this member of the EU'],
    ['an excepted member of a group without a short name', byRule, 'dk', withUnnamed, TODAY, 'not bound: the instrument does not bind this member of the net'],
    ['a member that left', eio, 'gb', ctx, TODAY, 'no longer bound: left the EU on 2020-01-31'],
    ['a member that left a group without a short name', byRule, 'gb', withUnnamed, TODAY, 'no longer bound: left the net on 2020-01-31'],
    ['a signature, no ratification shown, with its date', partial, 'ie', ctx, TODAY, 'signed 2001-11-23, not ratified according to the source'],
    ['a signature, no ratification shown, without a date', listed, 'cl', ctx, TODAY, 'signed, not ratified according to the source'],
    ['a signature whose ratification is unknown, with its date', partial, 'uy', ctx, TODAY, 'signed 2019-07; ratification not documented'],
    ['a signature whose ratification is unknown, without a date', listed, 'uy', ctx, TODAY, 'signed; ratification not documented'],
    ['a listed non-party', listed, 'so', ctx, TODAY, 'listed as a non-party'],
    ['a listed non-party as of a date', listed, 'er', ctx, TODAY, 'listed as a non-party (as of 2016)'],
    ['a standing in doubt', partial, 'ru', ctx, TODAY, 'status unconfirmed: check with the depositary'],
    ['absent from a complete list', complete, 'br', ctx, TODAY, 'not on the list of Parties, which its sources give as complete'],
    ['absent from a partial list', partial, 'br', ctx, TODAY, 'not on the partial list of Parties: check the depositary'],
    ['presumed under a near-universal convention', untoc, 'ie', ctx, TODAY, 'likely a Party (near-universal convention; not confirmed by a source)'],
  ] as const)('%s: “%s”', (_what, inst, code, context, date, reason) => {
    expect(stateBound(inst, code, context, date).reason).toBe(reason);
  });

  it.each([
    ['in force', make({ inForce: '2004-07-01' }), { answer: 'yes', reason: 'in force' }],
    ['in force only from a later date', make({ inForce: '2027-01-01' }), { answer: 'no', reason: 'in force only from 2027-01-01' }],
    ['in force, applying from a later date', make({ inForce: '2023-08-17', appliesFrom: '2027-01-01' }), { answer: 'no', reason: 'applies only from 2027-01-01' }],
    ['applying from a date, in force later still', make({ inForce: '2028-01-01', appliesFrom: '2027-01-01' }), { answer: 'no', reason: 'in force only from 2028-01-01' }],
    ['of unknown status', make({ status: 'unknown' }), { answer: 'unknown', reason: 'no source says whether it is in force' }],
    ['not in force', make({ status: 'not-in-force' }), { answer: 'no', reason: 'not in force' }],
    ['non-binding', make({ status: 'non-binding' }), { answer: 'no', reason: 'a non-binding scheme, not a treaty' }],
    ['in negotiation', make({ status: 'in-negotiation' }), { answer: 'no', reason: 'still in negotiation' }],
  ] as const)('applies: %s', (_what, inst, verdict) => {
    expect(applies(inst, TODAY)).toEqual(verdict);
  });

  it('stateBound: an instrument that does not apply says why, whatever the State; an unknown one, unless the State is known not to be bound', () => {
    const notInForce = make({ status: 'not-in-force', parties: [{ code: 'fr', cite: ['s'] }] });
    expect(stateBound(notInForce, 'fr', ctx, TODAY)).toMatchObject({ answer: 'no', reason: 'not in force', standing: { status: 'party' } });
    const unknown = make({ status: 'unknown', parties: [{ code: 'fr', cite: ['s'] }], nonParties: [{ code: 'so', cite: ['s'] }] });
    expect(stateBound(unknown, 'fr', ctx, TODAY)).toMatchObject({ answer: 'unknown', reason: 'no source says whether it is in force', standing: { status: 'party' } });
    expect(stateBound(unknown, 'br', ctx, TODAY)).toMatchObject({ answer: 'unknown', reason: 'no source says whether it is in force' });
    expect(stateBound(unknown, 'so', ctx, TODAY)).toMatchObject({ answer: 'no', reason: 'listed as a non-party' });
  });

  it('a Party record gives its in-force date as since; a Party without one has none', () => {
    expect(stateBound(partial, 'fr', ctx, TODAY).since).toBe('2004-07-01');
    expect(stateBound(complete, 'fr', ctx, TODAY).since).toBeNull();
  });
});

describe('the UN presumption follows membership dates', () => {
  const UN_DATED = g({
    name: 'UN Member States',
    memberList: 'partial',
    members: [{ code: 'ss', joined: '2011-07-14', cite: ['s'] }, { code: 'tw', joined: '1945-10-24', left: '1971-10-25', cite: ['s'] }, { code: 'ch', joined: '2002-09-10', cite: ['s'] }],
  });
  const dated: PartyContext = { groups: new Map([['un', UN_DATED]]) };
  it.each([
    ['before admission', 'ss', '2011-07-13', 'unknown'],
    ['on the day of admission', 'ss', '2011-07-14', 'presumed-party'],
    ['a member without an end date, much later', 'ch', '2026-12-01', 'presumed-party'],
    ['while a member', 'tw', '1971-10-24', 'presumed-party'],
    ['on the day it ceased to be a member', 'tw', '1971-10-25', 'unknown'],
    ['after it ceased to be a member', 'tw', '2000-01-01', 'unknown'],
  ])('%s: %s on %s is %s', (_what, code, date, status) => {
    expect(standing(untoc, code, dated, date).status).toBe(status);
  });

  it('no UN group at all: nobody is presumed', () => {
    expect(standing(untoc, 'ie', { groups: new Map() }, TODAY).status).toBe('unknown');
  });
});

describe('two States, three answers', () => {
  it('likely only when the instrument applies and every unknown side is a presumption', () => {
    const both = basisBetween(untoc, 'de', 'ie', ctx, TODAY);
    expect(both).toMatchObject({ answer: 'unknown', likely: true, requesting: { likely: true }, requested: { likely: true } });
    // One side confirmed, the other presumed: still likely.
    const oneParty = make({ id: 'untoc', partyList: 'near-universal', parties: [{ code: 'de', cite: ['s'] }] });
    expect(basisBetween(oneParty, 'de', 'ie', ctx, TODAY)).toMatchObject({ answer: 'unknown', likely: true });
    // Both confirmed: yes, so not "likely".
    const bothParties = make({ id: 'untoc', partyList: 'near-universal', parties: [{ code: 'de', cite: ['s'] }, { code: 'ie', cite: ['s'] }] });
    expect(basisBetween(bothParties, 'de', 'ie', ctx, TODAY)).toMatchObject({ answer: 'yes', likely: false });
    // An instrument of unknown status: unknown, never likely.
    const unknownStatus = make({ id: 'untoc', status: 'unknown', partyList: 'near-universal' });
    expect(basisBetween(unknownStatus, 'de', 'ie', ctx, TODAY)).toMatchObject({ answer: 'unknown', likely: false });
    // A no anywhere: no, never likely.
    expect(basisBetween(untoc, 'so', 'ie', ctx, TODAY)).toMatchObject({ answer: 'no', likely: false });
  });

  it('namedStates and newestListDate count the unconfirmed list too', () => {
    const onlyDoubt = make({ unconfirmed: [{ code: 'ru', note: 'Standing in doubt.', cite: ['old'] }] });
    expect(namedStates(onlyDoubt, ctx)).toEqual(['ru']);
    expect(newestListDate(onlyDoubt)).toBe('2019');
    const unknownGroup = make({ binds: [{ group: 'nowhere', except: [], cite: ['s'] }] });
    expect(namedStates(unknownGroup, ctx)).toEqual([]);
    expect(standing(unknownGroup, 'de', ctx, TODAY).status).toBe('unknown');
  });
});

describe('reasonAddsToStatus', () => {
  it.each([
    ['a signature whose date the table shows', { id: 'signatory-dated', params: { date: '2001-11-23' } }, '2001-11-23', false],
    ['a signature without a date', { id: 'signatory', params: {} }, null, false],
    ['a signature whose date the table does not show', { id: 'signed-dated', params: { date: '2019-07' } }, null, true],
    ['a listed non-party', { id: 'non-party', params: {} }, null, false],
    ['a listed non-party as of a date', { id: 'non-party-dated', params: { date: '2016' } }, null, true],
    ['a partial list (check the depositary)', { id: 'unknown', params: {} }, null, true],
    ['a presumption', { id: 'presumed-party', params: {} }, null, true],
    ['a later entry into force', { id: 'party-from', params: { date: '2027-01-01' } }, null, true],
  ] as const)('%s', (_, reason, shown, adds) => {
    expect(reasonAddsToStatus({ id: reason.id, params: { ...reason.params } }, shown)).toBe(adds);
  });
});
