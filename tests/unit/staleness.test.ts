/** Ages of verification, with their day-of-month boundaries, and the build's own "today". */
import { describe, expect, it } from 'vitest';
import { describeAge, monthsBetween, staleReport, staleness, todayIso, yearOf } from '../../src/lib/country/staleness.ts';

describe('monthsBetween', () => {
  it.each([
    ['2026-01-15', '2026-02-14', 0],
    ['2026-01-15', '2026-02-15', 1],
    ['2026-01-31', '2026-02-28', 0],
    ['2025-12-01', '2026-12-01', 12],
    ['2025-12-02', '2026-12-01', 11],
    ['2026-03', '2026-05-01', 2],
    ['2024', '2026-01-01', 24],
    ['2026-05-10', '2026-03-01', -3],
  ])('%s → %s: %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});

describe('staleness', () => {
  it('is stale from twelve whole months, fresh the day before', () => {
    expect(staleness('2025-12-02', '2026-12-01')).toEqual({ state: 'fresh', months: 11 });
    expect(staleness('2025-12-01', '2026-12-01')).toEqual({ state: 'stale', months: 12 });
    expect(staleness(null, '2026-12-01')).toEqual({ state: 'unverified', months: null });
    // A verification "in the future" (clock skew) is fresh, never negative.
    expect(staleness('2026-12-05', '2026-12-01')).toEqual({ state: 'fresh', months: 0 });
  });

  it('describes ages in words', () => {
    expect([0, 1, 2, 23, 24, 37].map(describeAge)).toEqual(['this month', '1 month ago', '2 months ago', '23 months ago', '2 years ago', '3 years ago']);
  });
});

describe('staleReport', () => {
  it('puts never-verified entries first (by name), then the oldest', () => {
    const rows = staleReport(
      [
        { file: 'b', name: 'Beta', lastVerified: '2026-01-01' },
        { file: 'z', name: 'Zed', lastVerified: null },
        { file: 'a', name: 'Alpha', lastVerified: null },
        { file: 'c', name: 'Gamma', lastVerified: '2024-06-01' },
        { file: 'd', name: 'Delta', lastVerified: '2026-01-01' },
      ],
      '2026-12-01',
    );
    expect(rows.map((r) => r.name)).toEqual(['Alpha', 'Zed', 'Gamma', 'Beta', 'Delta']);
  });
});

describe('todayIso', () => {
  it('takes BUILD_DATE first, then the build time, then the clock', () => {
    expect(todayIso({ BUILD_DATE: '2026-01-02', MLAT_BUILD_TIME: '2026-03-04T23:59:59.000Z' })).toBe('2026-01-02');
    expect(todayIso({ MLAT_BUILD_TIME: '2026-03-04T23:59:59.000Z' })).toBe('2026-03-04');
    expect(todayIso({ BUILD_DATE: 'soon' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(todayIso({})).toBe(new Date().toISOString().slice(0, 10));
  });

  it('yearOf reads the year of a partial date', () => {
    expect([yearOf('2019'), yearOf('2019-07'), yearOf(null), yearOf(undefined)]).toEqual([2019, 2019, null, null]);
  });
});
