/**
 * The route planner over the real content: pairs of States answer with the legal bases
 * their sources support, in three answers. The content is what the build loads.
 */
import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/lib/route/plan.ts';
import type { MeasureId } from '../../src/lib/vocabulary.ts';
import { realContent } from '../helpers/publish.ts';

const { countries, instruments, ctx } = realContent('2026-12-01');
const haveRealContent = ['rs', 'hr', 'kz', 'ru', 'cn', 'vn', 'de', 'ie', 'ky', 'je', 'us'].every((c) => countries.some((x) => x.code === c));

const route = (from: string, to: string, measure: MeasureId = 'bank-records') =>
  planRoute({ requesting: { code: from, name: from.toUpperCase() }, requested: countries.find((c) => c.code === to)!, instruments, parties: ctx.parties, measure, today: ctx.date });
const ids = (list: { id: string }[]) => list.map((b) => b.id);

describe.skipIf(!haveRealContent)('routes between documented States', () => {
  it('Serbia → Croatia: the 1959 Convention and its Second Protocol are confirmed bases; EU law is no basis for a non-member', () => {
    const r = route('rs', 'hr');
    expect(ids(r.legalBases)).toEqual(expect.arrayContaining(['ecmacm-1959', 'ecmacm-protocol-2']));
    expect([...ids(r.possibleBases), ...ids(r.legalBases)]).not.toContain('eu-e-evidence-regulation');
  });

  it('Kazakhstan → Russia: the CIS Minsk Convention is a confirmed basis; the 1959 Convention only possible (both standings unconfirmed)', () => {
    const r = route('kz', 'ru', 'witness-testimony');
    expect(ids(r.legalBases)).toContain('cis-minsk-1993');
    const ecmacm = r.possibleBases.find((b) => b.id === 'ecmacm-1959');
    expect(ecmacm?.reason).toMatch(/status unconfirmed/);
  });

  it('China → Viet Nam: UNTOC is confirmed; their 1998 bilateral agreement is possible until a source gives its entry into force', () => {
    const r = route('cn', 'vn');
    expect(ids(r.legalBases)).toContain('untoc');
    expect(ids(r.possibleBases)).toContain('mlat-cn-vn');
    expect(r.possibleBases.find((b) => b.id === 'mlat-cn-vn')?.reason).toBe('no source says whether it is in force');
  });

  it('Germany → Ireland, stored content: e-Evidence orders are available, the EIO is not (Ireland is excepted), Budapest is not (Ireland has not ratified)', () => {
    const r = route('de', 'ie', 'stored-content');
    expect(r.alternatives.find((a) => a.id === 'e-evidence')?.available).toBe('yes');
    expect(ids(r.notLegalBases)).toEqual(expect.arrayContaining(['eu-eio', 'budapest']));
    expect(ids(r.legalBases)).toContain('ecmacm-1959');
  });

  it('Germany → Cayman Islands and United States → Jersey, bank records: a territory is bound by no treaty of the United Kingdom that no source extends to it', () => {
    for (const [from, to, authority] of [['de', 'ky', 'Director of Public Prosecutions'], ['us', 'je', 'HM Attorney General']] as const) {
      const r = route(from, to);
      // Every confirmed basis has a source that binds the territory itself.
      for (const b of r.legalBases) expect(b.requested.answer, `${from}→${to} ${b.id}`).toBe('yes');
      // The United Kingdom's own ratification of Budapest is not the territory's: its standing stays unknown.
      expect(ids(r.legalBases), `${from}→${to}`).not.toContain('budapest');
      const budapest = r.possibleBases.find((b) => b.id === 'budapest');
      expect(budapest?.requested.answer, `${from}→${to} budapest`).toBe('unknown');
      expect(r.addressee.authority?.name).toBe(authority);
      expect(r.addressee.contacts.length).toBeGreaterThan(0);
    }
    // Germany and the United Kingdom are Parties to the 1959 Convention; the Cayman Islands are not known to be.
    expect(route('de', 'ky').possibleBases.find((b) => b.id === 'ecmacm-1959')).toMatchObject({ requesting: { answer: 'yes' }, requested: { answer: 'unknown' } });
    // The 1986 treaty concerning the Cayman Islands binds the territory; whether it is in force, no source says.
    const usKy = route('us', 'ky');
    expect(usKy.possibleBases.find((b) => b.id === 'mlat-ky-us')).toMatchObject({ requested: { answer: 'yes' }, reason: 'no source says whether it is in force' });
  });

  it('no instrument that names neither State is offered, and no unknown standing is ever a "no"', () => {
    for (const [from, to] of [['rs', 'hr'], ['kz', 'ru'], ['cn', 'vn'], ['de', 'ie'], ['br', 'ar'], ['za', 'ng']] as const) {
      if (!countries.some((c) => c.code === to)) continue;
      const r = route(from, to);
      // "Not a basis" needs a source that says no: for one of the States, or for the instrument itself.
      for (const b of r.notLegalBases) {
        const sideSaysNo = b.requesting.answer === 'no' || b.requested.answer === 'no';
        expect(sideSaysNo || /^(not in force|a non-binding scheme|still in negotiation|applies only from|in force only from)/.test(b.reason), `${from}→${to} ${b.id}: ${b.reason}`).toBe(true);
      }
      for (const b of r.possibleBases) expect(b.answer, `${from}→${to} ${b.id}`).toBe('unknown');
    }
  });
});
