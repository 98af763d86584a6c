/** Issue 8: the matrix of documented countries against multilateral, regional and EU instruments. */
import { describe, expect, it } from 'vitest';
import { CELL_LABELS, CELL_MEANINGS, buildMatrix, sharedInstruments, statusesInUse } from '../../src/lib/matrix.ts';
import type { PartyStatus } from '../../src/lib/parties.ts';
import type { Instrument } from '../../src/lib/schema/instrument.ts';

type Kind = Instrument['kind'];

function instrument(id: string, kind: Kind, partyList: Instrument['partyList'], lists: { parties?: string[]; signatories?: string[]; nonParties?: string[] } = {}) {
  const rec = (code: string) => ({ code, cite: ['s'] });
  return {
    id,
    shortTitle: id.toUpperCase(),
    kind,
    partyList,
    parties: (lists.parties ?? []).map(rec),
    signatories: (lists.signatories ?? []).map(rec),
    nonParties: (lists.nonParties ?? []).map(rec),
  };
}

const countries = [
  { code: 'fr', name: 'France' },
  { code: 'ie', name: 'Ireland' },
  { code: 'sg', name: 'Singapore' },
];

const instruments = [
  instrument('eio', 'eu-law', 'complete', { parties: ['fr'], nonParties: ['ie'] }),
  instrument('bilat', 'bilateral', 'complete', { parties: ['fr', 'ie'] }),
  instrument('conv', 'multilateral', 'partial', { parties: ['fr'], signatories: ['ie'] }),
  instrument('asean', 'regional', 'complete', { parties: ['sg'] }),
  instrument('untoc', 'multilateral', 'near-universal', { parties: ['sg'], nonParties: ['ie'] }),
  instrument('harare', 'scheme', 'partial'),
  instrument('cloud', 'agreement', 'complete', { parties: ['fr', 'ie'] }),
];

const matrix = buildMatrix(countries, instruments);
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

  it('takes each status from parties.ts', () => {
    expect(cell('fr', 'conv').status).toBe('party');
    expect(cell('ie', 'conv').status).toBe('signatory');
    expect(cell('sg', 'conv').status).toBe('unknown');
    expect(cell('fr', 'untoc').status).toBe('presumed-party');
    expect(cell('ie', 'untoc').status).toBe('non-party');
    expect(cell('fr', 'asean').status).toBe('not-party');
    expect(cell('ie', 'eio').status).toBe('non-party');
  });

  it('marks cells whose status the instrument entry states (and cites) as listed', () => {
    expect(cell('fr', 'conv').listed).toBe(true);
    expect(cell('ie', 'conv').listed).toBe(true);
    expect(cell('ie', 'untoc').listed).toBe(true);
    expect(cell('sg', 'conv').listed).toBe(false);
    expect(cell('fr', 'untoc').listed).toBe(false);
    expect(cell('fr', 'asean').listed).toBe(false);
  });

  it('counts parties (listed or presumed) among the documented countries per column; a signatory is not counted', () => {
    expect(matrix.partyCounts).toEqual([1, 2, 1, 1]);
  });

  it('copes with no countries or no eligible instruments', () => {
    expect(buildMatrix([], instruments).rows).toEqual([]);
    expect(buildMatrix([], instruments).partyCounts).toEqual([0, 0, 0, 0]);
    const none = buildMatrix(countries, [instruments[1]!, instruments[5]!]);
    expect(none.columns).toEqual([]);
    expect(none.rows.every((r) => r.cells.length === 0)).toBe(true);
  });
});

describe('sharedInstruments', () => {
  it('lists instruments both countries are parties to, counting presumed parties but not signatories', () => {
    expect(sharedInstruments(matrix, 'fr', 'sg')).toEqual(['untoc']);
    expect(sharedInstruments(matrix, 'fr', 'ie')).toEqual([]);
  });

  it('is empty for a country not in the matrix', () => {
    expect(sharedInstruments(matrix, 'fr', 'zz')).toEqual([]);
  });
});

describe('cell texts', () => {
  it('every status has a short label and a meaning in words, and unknown never reads as a non-party', () => {
    const statuses: PartyStatus[] = ['party', 'presumed-party', 'signatory', 'non-party', 'not-party', 'unknown'];
    for (const s of statuses) {
      expect(CELL_LABELS[s].length).toBeGreaterThan(2);
      expect(CELL_MEANINGS[s].length).toBeGreaterThan(10);
    }
    expect(CELL_LABELS.unknown).toBe('Not documented');
    expect(CELL_MEANINGS.unknown).toMatch(/not a confirmed non-party/);
  });

  it('the key lists only the statuses in use, in a fixed order', () => {
    expect(statusesInUse(matrix)).toEqual(['party', 'presumed-party', 'signatory', 'non-party', 'not-party', 'unknown']);
    const small = buildMatrix([countries[0]!], [instruments[2]!]);
    expect(statusesInUse(small)).toEqual(['party']);
  });
});
