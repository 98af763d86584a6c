/** Search results as rows: safe excerpts, the section a result opens, filters from the address, the count line. */
import { describe, expect, it } from 'vitest';
import { bestSubResult, escapeHtml, filtersFromParams, namesEntry, pagefindFilters, queryTerms, resultCountText, safeExcerpt, toRow, type PagefindResultData } from '../../src/lib/search.ts';

const page = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/countries/ie/',
  excerpt: 'The <mark>Central</mark> Authority',
  meta: { title: 'Ireland', type: 'Country', country: 'Ireland', aliases: 'IE;IRL;Éire', lastVerified: '2026-11-27' },
  sub_results: [
    { title: 'Ireland', url: '/countries/ie/', excerpt: 'Ireland page', locations: [1] },
    { title: 'Languages', url: '/countries/ie/#languages', excerpt: 'Irish or <mark>English</mark>', locations: [4] },
    { title: 'Preservation', url: '/countries/ie/#preservation', excerpt: 'Preservation <mark>requests</mark>', locations: [7, 9, 12] },
  ],
  ...over,
});

describe('excerpts', () => {
  it('escape everything but the marks Pagefind puts around matches', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(safeExcerpt('An <mark>order</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more')).toBe('An <mark>order</mark> alert(1) &amp; more');
    expect(safeExcerpt('<img src=x onerror=alert(1)>text')).toBe('text');
    expect(safeExcerpt('a &quot;b&quot; &#39;c&#x27;')).toBe('a &quot;b&quot; &#39;c&#39;');
    // A mark that is never closed is dropped rather than left open.
    expect(safeExcerpt('one <mark>two</mark> three <mark>four')).toBe('one <mark>two</mark> three four');
  });
});

describe('query terms and the section a result opens', () => {
  it('splits a query into words of two letters or more, keeping slashes and hyphens', () => {
    expect(queryTerms('Ireland, 24/7 point-of-contact a')).toEqual(['ireland', '24/7', 'point-of-contact']);
    expect(queryTerms('Éire  PRÉSERVATION')).toEqual(['éire', 'préservation']);
  });

  it('a section whose title names a term wins, then the section with the most matches, never the page itself', () => {
    expect(bestSubResult(page(), 'ireland languages')?.url).toBe('/countries/ie/#languages');
    expect(bestSubResult(page(), 'ireland requests')?.url).toBe('/countries/ie/#preservation');
    expect(bestSubResult(page({ sub_results: [{ title: 'Ireland', url: '/countries/ie/', excerpt: 'x', locations: [1] }] }), 'ireland')).toBeNull();
    expect(bestSubResult(page({ sub_results: [] }), 'x')).toBeNull();
    const { sub_results: _none, ...withoutSubs } = page();
    expect(bestSubResult(withoutSubs, 'x')).toBeNull();
    // Equal matches: the first section in the page.
    const tie = page({ sub_results: [
      { title: 'A', url: '/x/#a', excerpt: '', locations: [1, 2] },
      { title: 'B', url: '/x/#b', excerpt: '', locations: [3, 4] },
    ] });
    expect(bestSubResult(tie, 'zzz')?.url).toBe('/x/#a');
    expect(bestSubResult(page({ sub_results: [{ title: 'A', url: '/x/#a', excerpt: '' }] }), 'zzz')).toBeNull();
  });

  it('a query that names the entry opens the page itself', () => {
    expect(namesEntry(page(), 'Ireland')).toBe(true);
    expect(namesEntry(page(), 'éire')).toBe(true);
    expect(namesEntry(page(), 'irl')).toBe(true);
    expect(namesEntry(page({ meta: { title: 'Budapest Convention' } }), 'budapest')).toBe(true);
    expect(namesEntry(page(), 'irel')).toBe(false);
    expect(namesEntry(page(), '   ')).toBe(false);
    expect(namesEntry(page({ meta: { title: 'Ireland' } }), 'ie')).toBe(false);
  });

  it('a row has the link, the section, the type, the country, the date and a safe excerpt', () => {
    expect(toRow(page(), 'ireland languages')).toEqual({
      url: '/countries/ie/#languages',
      title: 'Ireland',
      section: 'Languages',
      type: 'Country',
      country: 'Ireland',
      lastVerified: '2026-11-27',
      excerptHtml: 'Irish or <mark>English</mark>',
    });
    expect(toRow(page(), 'Ireland')).toMatchObject({ url: '/countries/ie/', section: null, excerptHtml: 'The <mark>Central</mark> Authority' });
    expect(toRow(page({ meta: {}, sub_results: [] }), 'x')).toEqual({ url: '/countries/ie/', title: '/countries/ie/', section: null, type: 'page', country: null, lastVerified: null, excerptHtml: 'The <mark>Central</mark> Authority' });
    // A section titled like the page is not shown as a section.
    expect(toRow(page({ sub_results: [{ title: 'Ireland', url: '/countries/ie/#at-a-glance', excerpt: 'x', locations: [1] }] }), 'dublin').section).toBeNull();
  });
});

describe('filters and the count line', () => {
  it('reads known filters from the address and passes them to Pagefind as alternatives', () => {
    const params = new URLSearchParams('type=Country&region=Europe&region=Asia&instrument=&colour=red&q=x');
    expect(filtersFromParams(params)).toEqual({ type: ['Country'], region: ['Europe', 'Asia'] });
    expect(pagefindFilters({ type: ['Country'], region: ['Europe', 'Asia'], measure: [] })).toEqual({ type: { any: ['Country'] }, region: { any: ['Europe', 'Asia'] } });
    expect(filtersFromParams(new URLSearchParams(''))).toEqual({});
  });

  it('counts results in words', () => {
    expect(resultCountText(0, 'zz', false)).toBe('No results for “zz”.');
    expect(resultCountText(0, '', true)).toBe('No results with the selected filters.');
    expect(resultCountText(1, 'ireland', false)).toBe('1 result for “ireland”.');
    expect(resultCountText(12, 'ireland', true)).toBe('12 results for “ireland” with the selected filters.');
  });
});
