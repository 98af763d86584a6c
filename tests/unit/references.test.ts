/** References in modules, backlinks, stale-reference notices and the anchor contract. */
import { describe, expect, it } from 'vitest';
import { brokenPromises, contractIds, recordAnchors, unrecordedAnchors, type AnchorList } from '../../scripts/anchors/published.ts';
import { countryBacklinks, extractReferences, instrumentBacklinks, staleReferences } from '../../src/lib/references.ts';
import { errors, validTree, withFile } from '../helpers/fixtures.ts';
import { formatProblem } from '../../src/lib/check/report.ts';

const body = `Intro <Country code="ie" section="preservation">Irish preservation</Country> and <Country code="ie" />.

- <Instrument id="budapest" article="29" />, <Term id="dual-criminality" />, <Module slug="writing-a-letter-of-request" />
- again <Country code="ie" section="preservation" />`;

describe('references in MDX', () => {
  it('extracts every reference once, in order', () => {
    expect(extractReferences(body)).toEqual([
      { kind: 'country', code: 'ie', section: 'preservation' },
      { kind: 'country', code: 'ie', section: null },
      { kind: 'instrument', id: 'budapest', article: '29' },
      { kind: 'term', id: 'dual-criminality' },
      { kind: 'module', slug: 'writing-a-letter-of-request' },
    ]);
  });

  it('inverts them into backlinks per country section and per instrument', () => {
    const modules = [
      { slug: 'a', title: 'A', refs: extractReferences(body) },
      { slug: 'b', title: 'B', refs: extractReferences('<Country code="gb" section="channels" />') },
    ];
    const ie = countryBacklinks(modules, 'ie');
    expect(ie.get('preservation')).toEqual([{ slug: 'a', title: 'A' }]);
    expect(ie.get('')).toEqual([{ slug: 'a', title: 'A' }]);
    expect(countryBacklinks(modules, 'gb').get('channels')).toEqual([{ slug: 'b', title: 'B' }]);
    expect(instrumentBacklinks(modules, 'budapest')).toEqual([{ slug: 'a', title: 'A' }]);
    expect(instrumentBacklinks(modules, 'untoc')).toEqual([]);
  });

  it('flags entries verified or changed after the module was reviewed, and only those', () => {
    const targets = [
      { label: 'Ireland', url: '/countries/ie/', lastVerified: '2026-03-01', updated: '2026-03-01' },
      { label: 'Budapest', url: '/instruments/budapest/', lastVerified: null, updated: '2025-12-31' },
      { label: 'Unknown date', url: '/glossary/#x', lastVerified: null, updated: null },
    ];
    expect(staleReferences('2026-01-01', targets).map((t) => t.label)).toEqual(['Ireland']);
    expect(staleReferences('2026-03-01', targets)).toEqual([]);
  });
});

describe('a module with a broken reference is rejected, naming the file and the bad value', () => {
  const bad = (snippet: string) =>
    errors(withFile(validTree(), { collection: 'modules', id: 'broken', source: `---\ntitle: Broken module\nsummary: A module with a broken link.\naudience: [prosecutors]\nlevel: introductory\ndurationMinutes: 10\nobjectives: [Find nothing at all]\nreviewed: "2026-01-01"\nauthors: [Someone]\n---\n\n${snippet}\n` }))
      .filter((p) => p.file === 'content/modules/broken.mdx')
      .map(formatProblem);

  it.each([
    ['missing country', '<Country code="zz" />', /broken\.mdx:12 body: unknown country "zz"/],
    ['missing section', '<Country code="is" section="nowhere" />', /unknown section "nowhere"/],
    ['missing instrument', '<Instrument id="no-treaty" />', /unknown instrument "no-treaty"/],
    ['missing term', '<Term id="no-term" />', /unknown glossary term "no-term"/],
    ['missing module', '<Module slug="no-module" />', /unknown module "no-module"/],
  ])('%s', (_name, snippet, message) => {
    expect(bad(snippet).join('\n')).toMatch(message);
  });
});

describe('anchor contract', () => {
  const committed: AnchorList = { '/countries/ie/': ['at-a-glance', 'preservation'], '/glossary/': ['dual-criminality'], '/old/': [] };
  const current: AnchorList = { '/countries/ie/': ['at-a-glance', 'preservation'], '/glossary/': ['dual-criminality'], '/new/': [] };

  it('passes when every promised anchor is still published (old pages through a declared redirect)', () => {
    expect(brokenPromises(committed, current, { pages: { '/old/': '/new/' }, ids: {} })).toEqual([]);
  });

  it('fails when an anchor is removed from a page', () => {
    const removed = { ...current, '/countries/ie/': ['at-a-glance'] };
    const breaks = brokenPromises(committed, removed, { pages: { '/old/': '/new/' }, ids: {} });
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ page: '/countries/ie/', anchor: 'preservation' });
    expect(breaks[0]!.message).toMatch(/no alias/);
  });

  it('fails when a page disappears without a redirect', () => {
    expect(brokenPromises(committed, current, { pages: {}, ids: {} })[0]).toMatchObject({ page: '/old/', anchor: null });
  });

  it('reports anchors the site publishes but the list does not record', () => {
    expect(unrecordedAnchors(committed, { ...current, '/glossary/': ['dual-criminality', 'speciality'] }).sort()).toEqual(['/glossary/#speciality', '/new/']);
  });

  it('recording adds new pages and anchors, sorted, and never drops a promise', () => {
    const published = { '/countries/ie/': ['at-a-glance'], '/glossary/': ['speciality', 'dual-criminality'], '/countries/zz/': ['sources'] };
    const { list, added } = recordAnchors(committed, published);
    expect(added.sort()).toEqual(['/countries/zz/', '/countries/zz/#sources', '/glossary/#speciality']);
    expect(list).toEqual({
      '/countries/ie/': ['at-a-glance', 'preservation'],
      '/countries/zz/': ['sources'],
      '/glossary/': ['dual-criminality', 'speciality'],
      '/old/': [],
    });
    // The removed #preservation is still promised, so the guard still reports it.
    expect(brokenPromises(list, published, { pages: { '/old/': '/countries/ie/' }, ids: {} }).map((b) => b.anchor)).toEqual(['preservation']);
    expect(recordAnchors(list, published).added).toEqual([]);
  });

  it('reads the contract ids of each kind of page', () => {
    expect(contractIds('/countries/ie/', '<h2 id="preservation">P</h2><div id="main"></div><h3 id="refusal-grounds">R</h3>')).toEqual(['preservation', 'refusal-grounds']);
    expect(contractIds('/instruments/budapest/', '<h2 id="parties">P</h2><tr id="party-ie"></tr><input id="q">')).toEqual(['parties', 'party-ie']);
    expect(contractIds('/countries/ie/', '<span id="old-name" data-anchor-alias="old-name"></span><h2 id="new-name">N</h2>')).toEqual(['old-name', 'new-name']);
    expect(contractIds('/glossary/', '<h2 id="letter-d">D</h2><h3 id="dual-criminality">D</h3>')).toEqual(['dual-criminality']);
  });
});
