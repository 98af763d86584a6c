/** The matrix of documented countries against multilateral, regional and EU instruments, over the three answers. */
import { describe, expect, it } from 'vitest';
import { buildMatrix, sharedInstruments, statusesInUse } from '../../src/lib/publish/matrix.ts';
import { PARTY_STATUSES, type PartyContext } from '../../src/lib/parties.ts';
import { PARTY_STATUS_MEANINGS, PARTY_STATUS_SHORT } from '../../src/lib/vocabulary.ts';
import { group } from '../../src/lib/schema/group.ts';
import { instrument as instrumentSchema, type Instrument } from '../../src/lib/schema/instrument.ts';

const SOURCES = [{ id: 's', url: 'https://example.org/s', title: 'Fixture list', date: '2024-01-01', kind: 'depositary' }];
const DATE = '2026-12-01';

function instrument(id: string, kind: Instrument['kind'], partyList: Instrument['partyList'], lists: { parties?: string[]; signatories?: string[]; nonParties?: string[] } = {}, extra: Record<string, unknown> = {}): Instrument {
  const rec = (code: string) => ({ code, cite: ['s'] });
  return instrumentSchema.parse({
    id,
    title: `${id} title`,
    shortTitle: id.toUpperCase(),
    kind,
    status: 'in-force',
    partyList,
    summary: 'A fixture instrument.',
    sources: SOURCES,
    parties: (lists.parties ?? []).map(rec),
    signatories: (lists.signatories ?? []).map(rec),
    nonParties: (lists.nonParties ?? []).map(rec),
    ...extra,
  });
}

const countries = [
  { code: 'fr', name: 'France' },
  { code: 'ie', name: 'Ireland' },
  { code: 'sg', name: 'Singapore' },
];

const ctx: PartyContext = {
  groups: new Map([
    ['eu', group.parse({ name: 'European Union', shortName: 'EU', kind: 'organisation', memberList: 'complete', sources: SOURCES, members: [{ code: 'fr', cite: ['s'] }, { code: 'ie', cite: ['s'] }] })],
    ['un', group.parse({ name: 'UN Member States', kind: 'organisation', memberList: 'partial', sources: SOURCES, members: countries.map((c) => ({ code: c.code, cite: ['s'] })) })],
  ]),
};

const instruments = [
  instrument('eio', 'eu-law', 'complete', {}, { binds: [{ group: 'eu', except: ['ie'], cite: ['s'] }] }),
  instrument('bilat', 'bilateral', 'complete', { parties: ['fr', 'ie'] }),
  instrument('conv', 'multilateral', 'partial', { parties: ['fr'], signatories: ['ie'] }),
  instrument('asean', 'regional', 'complete', { parties: ['sg'] }),
  instrument('untoc', 'multilateral', 'near-universal', { parties: ['sg'], nonParties: ['ie'] }),
  instrument('harare', 'scheme', 'partial'),
  instrument('cloud', 'agreement', 'complete', { parties: ['fr', 'ie'] }),
];

const matrix = buildMatrix(countries, instruments, ctx, DATE);
const cell = (code: string, id: string) => {
  const row = matrix.rows.find((r) => r.code === code)!;
  return row.cells[matrix.columns.findIndex((c) => c.id === id)]!;
};

describe('buildMatrix', () => {
  it('has columns for multilateral, regional and EU instruments only, in that order, keeping input order within a kind', () => {
    expect(matrix.columns.map((c) => c.id)).toEqual(['conv', 'untoc', 'asean', 'eio']);
  });

  it('has one row per documented country, in the given order, one cell per column', () => {
    expect(matrix.rows.map((r) => r.code)).toEqual(['fr', 'ie', 'sg']);
    for (const row of matrix.rows) expect(row.cells).toHaveLength(matrix.columns.length);
  });

  it.each([
    ['fr', 'conv', 'party', 'yes'],
    ['ie', 'conv', 'signatory', 'no'],
    ['sg', 'conv', 'unknown', 'unknown'],
    ['fr', 'untoc', 'presumed-party', 'unknown'],
    ['ie', 'untoc', 'non-party', 'no'],
    ['sg', 'untoc', 'party', 'yes'],
    ['fr', 'asean', 'not-party', 'no'],
    ['fr', 'eio', 'member', 'yes'],
    ['ie', 'eio', 'excluded', 'no'],
    ['sg', 'eio', 'not-party', 'no'],
  ])('%s under %s: %s, bound %s (from parties.ts)', (code, id, status, answer) => {
    expect(cell(code, id)).toMatchObject({ status, answer });
  });

  it('marks cells that have a cited row on the instrument page as listed', () => {
    expect(cell('fr', 'conv').listed).toBe(true);
    expect(cell('ie', 'conv').listed).toBe(true);
    expect(cell('ie', 'untoc').listed).toBe(true);
    expect(cell('fr', 'eio').listed).toBe(true);
    expect(cell('sg', 'conv').listed).toBe(false);
    expect(cell('fr', 'untoc').listed).toBe(false);
    expect(cell('fr', 'asean').listed).toBe(false);
  });

  it('counts, per column, the documented countries it binds: a presumed party or a signatory is not counted', () => {
    expect(matrix.partyCounts).toEqual([1, 1, 1, 1]);
  });

  it('copes with no countries or no eligible instruments', () => {
    expect(buildMatrix([], instruments, ctx, DATE).rows).toEqual([]);
    expect(buildMatrix([], instruments, ctx, DATE).partyCounts).toEqual([0, 0, 0, 0]);
    const none = buildMatrix(countries, [instruments[1]!, instruments[5]!], ctx, DATE);
    expect(none.columns).toEqual([]);
    expect(none.rows.every((r) => r.cells.length === 0)).toBe(true);
  });

  it('reads statuses on its date: a Party whose ratification enters into force later is not bound yet', () => {
    const later = instrument('later', 'multilateral', 'partial', {}, { parties: [{ code: 'fr', inForce: '2027-03-01', cite: ['s'] }] });
    expect(buildMatrix(countries, [later], ctx, DATE).rows[0]!.cells[0]).toMatchObject({ status: 'party', answer: 'no' });
    expect(buildMatrix(countries, [later], ctx, '2027-03-01').rows[0]!.cells[0]).toMatchObject({ status: 'party', answer: 'yes' });
  });
});

describe('sharedInstruments', () => {
  it('lists instruments that bind both countries; a presumed party or a signatory is not enough', () => {
    expect(sharedInstruments(matrix, 'fr', 'sg')).toEqual([]);
    expect(sharedInstruments(matrix, 'fr', 'ie')).toEqual([]);
    const both = buildMatrix(countries, [instrument('two', 'multilateral', 'partial', { parties: ['fr', 'sg'] })], ctx, DATE);
    expect(sharedInstruments(both, 'fr', 'sg')).toEqual(['two']);
  });

  it('is empty for a country not in the matrix', () => {
    expect(sharedInstruments(matrix, 'fr', 'zz')).toEqual([]);
  });
});

describe('cell texts', () => {
  it('every status has a short label and a meaning in words, and unknown never reads as a non-party', () => {
    for (const s of PARTY_STATUSES) {
      expect(PARTY_STATUS_SHORT[s].length, s).toBeGreaterThan(2);
      expect(PARTY_STATUS_MEANINGS[s].length, s).toBeGreaterThan(10);
    }
    expect(PARTY_STATUS_SHORT.unknown).toBe('Unknown');
    expect(PARTY_STATUS_MEANINGS.unknown).toMatch(/not a confirmed non-party/);
    expect(PARTY_STATUS_MEANINGS['presumed-party']).toMatch(/likely, not confirmed/);
  });

  it('the key lists only the statuses in use, in a fixed order', () => {
    expect(statusesInUse(matrix)).toEqual(['party', 'member', 'excluded', 'signatory', 'non-party', 'not-party', 'presumed-party', 'unknown']);
    const small = buildMatrix([countries[0]!], [instruments[2]!], ctx, DATE);
    expect(statusesInUse(small)).toEqual(['party']);
  });
});
