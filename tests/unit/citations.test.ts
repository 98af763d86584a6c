/** Citations: every cite list found with its path, unresolved and uncited ids, footnote numbers, and how strong the support is. */
import { describe, expect, it } from 'vitest';
import { SUPPORT_LABELS, citationIndex, citationMarks, collectCitations, numberSources, supportOf, uncitedSources, unresolvedCitations, bodyCitations, citedOnlyUnder } from '../../src/lib/citations.ts';
import type { Source } from '../../src/lib/schema/common.ts';

const src = (id: string, kind: Source['kind'] = 'official'): Source => ({ id, url: `https://example.org/${id}`, title: id, date: null, kind });
const entry = {
  centralAuthority: { name: 'X', cite: ['a', 'b'], contacts: [{ value: 'v', cite: ['c'] }] },
  facts: [{ text: 't', cite: ['a', 7, 'zz'] }],
  notes: null,
  cite: 'not a list',
  sources: [src('a'), src('b'), src('c', 'copy'), src('unused', 'secondary')],
};

describe('citations in an entry', () => {
  it('are found with the path of each cited id, in document order; sources themselves and non-list cite values are not citations', () => {
    expect(collectCitations(entry)).toEqual([
      { path: ['centralAuthority', 'cite', 0], id: 'a' },
      { path: ['centralAuthority', 'cite', 1], id: 'b' },
      { path: ['centralAuthority', 'contacts', 0, 'cite', 0], id: 'c' },
      { path: ['facts', 0, 'cite', 0], id: 'a' },
      { path: ['facts', 0, 'cite', 2], id: 'zz' },
    ]);
    expect(collectCitations([{ cite: ['x'] }], ['list'])).toEqual([{ path: ['list', 0, 'cite', 0], id: 'x' }]);
    expect(collectCitations('text')).toEqual([]);
    expect(collectCitations(null)).toEqual([]);
  });

  it('report ids that name no source, and sources that nothing cites', () => {
    expect(unresolvedCitations(entry)).toEqual([{ path: ['facts', 0, 'cite', 2], id: 'zz' }]);
    expect(uncitedSources(entry)).toEqual(['unused']);
    expect(unresolvedCitations({ ...entry, sources: undefined } as never).map((c) => c.id)).toEqual(['a', 'b', 'c', 'a', 'zz']);
    expect(uncitedSources({ sources: 'nope' } as never)).toEqual([]);
  });

  it('number sources in order of first citation, then the uncited ones in file order, ignoring unknown ids', () => {
    const n = numberSources({ sources: [src('a'), src('b'), src('c'), src('d')] }, ['c', 'zz', 'a', 'c']);
    expect([...n.entries()]).toEqual([['c', 1], ['a', 2], ['b', 3], ['d', 4]]);
  });
});

describe('support and footnote marks', () => {
  it('copy only, secondary only, or a primary source among them', () => {
    expect(supportOf([])).toBeNull();
    expect(supportOf([undefined])).toBeNull();
    expect(supportOf(['copy', 'archive'])).toBe('copy');
    expect(supportOf(['copy', 'secondary'])).toBe('secondary');
    expect(supportOf(['news'])).toBe('secondary');
    expect(supportOf(['copy', 'official'])).toBeNull();
    expect(supportOf(['copy', undefined])).toBe('copy');
    expect(SUPPORT_LABELS).toEqual({ copy: 'copy only', secondary: 'secondary sources only' });
  });

  it('one mark per known source, in the order cited, linking to its entry in the source list', () => {
    const index = citationIndex([src('a'), src('b', 'copy'), src('c', 'copy')], 'src-');
    expect(index.number('b')).toBe(2);
    expect(index.number('zz')).toBeUndefined();
    expect(index.kind('c')).toBe('copy');
    expect(index.href('a')).toBe('#src-a');
    expect(citationIndex([src('a')], 'r-').href('a')).toBe('#r-a');
    expect(citationMarks(['c', 'zz', 'a', 'c'], index)).toEqual({ marks: [{ n: 3, href: '#src-c' }, { n: 1, href: '#src-a' }], support: null });
    expect(citationMarks(['b', 'c', 'zz'], index)).toEqual({ marks: [{ n: 2, href: '#src-b' }, { n: 3, href: '#src-c' }], support: 'copy' });
    expect(citationMarks(['zz'], index)).toEqual({ marks: [], support: null });
  });
});

describe('sources a printed brief leaves out', () => {
  const src = (id: string) => ({ id, url: `https://example.org/${id}`, title: id, date: null, kind: 'official' as const });
  const entry = {
    sources: ['a', 'b', 'c', 'd', 'e'].map(src),
    centralAuthority: { name: 'X', cite: ['a'] },
    measures: { 'bank-records': [{ text: 'x', cite: ['b', 'a'] }] },
    timelines: [{ text: 'y', cite: ['c'] }],
    templates: [{ title: 'z', cite: ['d'] }],
  };

  it('are those cited only under the left-out fields', () => {
    expect([...citedOnlyUnder(entry, ['measures', 'timelines', 'templates'])].sort()).toEqual(['b', 'c', 'd']);
  });

  it('keeps a source the body also cites, and an uncited one', () => {
    const body = '<Guidance section="requirements">\nText<Cite ids="c  d" />.\n</Guidance>';
    expect([...citedOnlyUnder(entry, ['measures', 'timelines', 'templates'], body)]).toEqual(['b']);
    expect(citedOnlyUnder(entry, ['measures']).has('e')).toBe(false);
    expect([...bodyCitations('A<Cite ids="x,y" /> B<Cite ids=\'z\' />')]).toEqual(['x', 'y', 'z']);
  });
});
