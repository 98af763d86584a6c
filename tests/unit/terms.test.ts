import { describe, expect, it } from 'vitest';
import { equivalentsInOrder, headword, linkTerms, termMatcher } from '../../src/lib/terms.ts';

const matcher = termMatcher([
  { id: 'dual-criminality', names: ['Dual criminality', 'double criminality'] },
  { id: 'central-authority', names: ['Central authority'] },
  { id: 'mlat', names: ['MLAT', 'Mutual legal assistance treaty'] },
  { id: 'letter-of-request', names: ['Letter of request', 'letters of request'] },
]);

describe('glossary links in running text', () => {
  it('links a term once, keeping the original wording and case', () => {
    expect(linkTerms('Dual criminality applies; dual criminality again.', matcher)).toEqual([
      { text: 'Dual criminality', term: 'dual-criminality' },
      { text: ' applies; dual criminality again.' },
    ]);
  });

  it('prefers the longest name and whole words only', () => {
    const segments = linkTerms('Send letters of request to the central authority, not to a decentral authority office.', matcher);
    expect(segments.filter((s) => 'term' in s)).toEqual([
      { text: 'letters of request', term: 'letter-of-request' },
      { text: 'central authority', term: 'central-authority' },
    ]);
  });

  it('does not link short, ambiguous names', () => {
    expect(linkTerms('An MLAT applies.', matcher)).toEqual([{ text: 'An MLAT applies.' }]);
  });

  it('shares the "already linked" set across a list', () => {
    const seen = new Set<string>();
    linkTerms('The central authority decides.', matcher, seen);
    expect(linkTerms('Write to the central authority.', matcher, seen)).toEqual([{ text: 'Write to the central authority.' }]);
  });

  it('leaves text alone when there are no terms', () => {
    expect(linkTerms('Nothing here.', termMatcher([]))).toEqual([{ text: 'Nothing here.' }]);
  });
});

describe('glossary headwords in the UN languages', () => {
  const eq = (lang: string, text: string, instrument = 'untoc') => ({ lang, text, instrument, article: 'Art. 18(9)', cite: ['s'] });
  const list = [eq('fr', 'double incrimination'), eq('es', 'doble incriminación'), eq('fr', 'double incrimination', 'uncac')];

  it('shows the first sourced equivalent of the page language', () => {
    expect(headword('Dual criminality', list, 'fr')).toEqual({ text: 'double incrimination', lang: 'fr', equivalent: list[0] });
    expect(headword('Dual criminality', list, 'es').text).toBe('doble incriminación');
  });

  it('keeps the English term where no equivalent is sourced, and on English pages', () => {
    expect(headword('Dual criminality', list, 'ru')).toEqual({ text: 'Dual criminality', lang: 'en', equivalent: null });
    expect(headword('Dual criminality', list, 'en')).toEqual({ text: 'Dual criminality', lang: 'en', equivalent: null });
    expect(headword('Dual criminality', [eq('en', 'x')], 'en').text).toBe('Dual criminality');
  });

  it('lists one equivalent per language, in the given order', () => {
    expect(equivalentsInOrder(list, ['ar', 'zh', 'fr', 'ru', 'es']).map((e) => `${e.lang}:${e.instrument}`)).toEqual(['fr:untoc', 'es:untoc']);
    expect(equivalentsInOrder([], ['fr'])).toEqual([]);
  });
});
