/**
 * Edges of the check rules that a whole-tree report cannot show (the golden test subtracts
 * what the valid tree reports): rules called without a file, files that could not be read,
 * partial dates written with extra text, and the normalisation of names.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/check/index.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { bodyRequiredRule } from '../../src/lib/check/rules/body-required.ts';
import { nameKey } from '../../src/lib/check/rules/duplicates.ts';
import { futureDates, earliestDay } from '../../src/lib/check/rules/future-dates.ts';
import { schemaRule, validateFile } from '../../src/lib/check/rules/schema.ts';
import type { CheckContext } from '../../src/lib/check/types.ts';
import { fixture } from '../helpers/fixtures.ts';

const emptyCtx: CheckContext = { files: [], valid: { countries: [], instruments: [], modules: [], glossary: [], groups: [] }, today: '2026-11-27' };
const unreadable = parseContentFile('modules', 'content/modules/broken.mdx', '---\ntitle: [unclosed\n---\n');
const frontmatterOf = (source: string) => source.slice(0, source.indexOf('\n---', 4) + 5);

describe('file rules', () => {
  it('every file rule returns nothing when called without a file', () => {
    const fileRules = RULES.filter((r) => r.scope === 'file');
    expect(fileRules.length).toBeGreaterThan(5);
    for (const rule of fileRules) expect(rule.check(emptyCtx), rule.name).toEqual([]);
  });

  it('a file that could not be read gets no schema verdict and no body verdict', () => {
    expect(unreadable.parseError?.length).toBeGreaterThan(0);
    expect(validateFile(unreadable)).toEqual({ problems: [] });
    expect(schemaRule.check(emptyCtx, unreadable)).toEqual([]);
    expect(bodyRequiredRule.check(emptyCtx, unreadable)).toEqual([]);
  });

  it('a country or an instrument may have no body', () => {
    const country = parseContentFile('countries', 'content/countries/mt.mdx', fixture('content/countries/mt.mdx'));
    const instrument = parseContentFile('instruments', 'content/instruments/test-convention.mdx', frontmatterOf(fixture('content/instruments/test-convention.mdx')));
    expect(country.body.trim()).toBe('');
    expect(bodyRequiredRule.check(emptyCtx, country)).toEqual([]);
    expect(bodyRequiredRule.check(emptyCtx, instrument)).toEqual([]);
  });
});

describe('future dates', () => {
  it('only whole partial dates count: text before or after the date is not a date', () => {
    const today = '2026-11-27';
    expect(futureDates({ date: '2099-01-01' }, today)).toEqual([{ path: ['date'], value: '2099-01-01' }]);
    expect(futureDates({ date: '2099-01-01 or later' }, today)).toEqual([]);
    expect(futureDates({ date: 'c. 2099' }, today)).toEqual([]);
    expect(futureDates({ date: '2099-1' }, today)).toEqual([]);
    expect(futureDates({ nested: [{ signed: '2099' }], text: 'x', n: 5 }, today)).toEqual([{ path: ['nested', 0, 'signed'], value: '2099' }]);
    expect(futureDates({ inForce: '2099-01-01' }, today)).toEqual([]);
    expect(earliestDay('2027')).toBe('2027-01-01');
    expect(earliestDay('2027-05')).toBe('2027-05-01');
  });
});

describe('names compared for duplicates', () => {
  it('ignore case, Unicode form and surrounding spaces', () => {
    expect(nameKey('  Éire ')).toBe('éire');
    expect(nameKey('ÉIRE')).toBe(nameKey('E\u0301ire'));
    expect(nameKey('ﬁnland')).toBe('finland');
  });
});

describe('positions of MDX nodes', () => {
  it('a node without a position starts on line 1 and has no source text', async () => {
    const { nodeLine, nodeSource } = await import('../../src/lib/check/mdx.ts');
    expect(nodeLine({ type: 'text' })).toBe(1);
    expect(nodeLine({ type: 'text', position: { start: { line: 7, column: 1, offset: 3 } } })).toBe(7);
    expect(nodeSource('abcdef', { type: 'text' })).toBe('');
    expect(nodeSource('abcdef', { type: 'text', position: { start: { line: 1, column: 1, offset: 1 } } })).toBe('');
    expect(nodeSource('abcdef', { type: 'text', position: { start: { line: 1, column: 1 }, end: { offset: 3 } } })).toBe('');
    expect(nodeSource('abcdef', { type: 'text', position: { start: { line: 1, column: 2, offset: 1 }, end: { offset: 3 } } })).toBe('bc');
  });
});
