/**
 * The bad trees of the checker's golden test (tests/unit/check-golden.test.ts), shared with
 * the cache test, which checks that a cached run reports exactly what an uncached one does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, countryWith, fixture, validTree, withFile, type TreeFile } from './fixtures.ts';

const baseCountry = fixture('content/countries/is.mdx');
const frontmatterOf = (source: string) => source.slice(0, source.indexOf('\n---', 4) + 5);
const body = (text: string, id = 'is'): TreeFile => ({ collection: 'countries', id, source: `${frontmatterOf(id === 'is' ? baseCountry : fixture(`content/countries/${id}.mdx`))}\n${text}` });
const instrumentWith = (search: string, replace: string): TreeFile => {
  const source = fixture('content/instruments/test-convention.mdx');
  if (!source.includes(search)) throw new Error(`instrument fixture has no ${search}`);
  return { collection: 'instruments', id: 'test-convention', source: source.replace(search, replace) };
};
const moduleBody = (text: string): TreeFile => ({ collection: 'modules', id: 'fixture-module', source: `${frontmatterOf(fixture('content/modules/fixture-module.mdx'))}\n${text}` });
const termWith = (search: string, replace: string): TreeFile => {
  const source = fixture('content/glossary/test-term.mdx');
  if (!source.includes(search)) throw new Error(`glossary fixture has no ${search}`);
  return { collection: 'glossary', id: 'test-term', source: source.replace(search, replace) };
};
const guidance = (section: string, text: string) => `<Guidance section="${section}">\n${text}\n</Guidance>`;

/** Thirteen more minimal countries (more than the twelve an "unknown country" message lists), added out of order. */
const MINIMAL = fixture('content/countries/mt.mdx');
const MANY_COUNTRIES: TreeFile[] = ['se', 'ad', 'pt', 'be', 'no', 'at', 'lu', 'ch', 'dk', 'fi', 'cz', 'ee', 'lv'].map((code) => ({
  collection: 'countries',
  id: code,
  source: MINIMAL.replace('code: mt', `code: ${code}`).replace('name: Minimaland', `name: Minimaland ${code.toUpperCase()}`),
}));
/** Nine more instruments (more than the eight a suggestion lists), none close to "zzz". */
const CONVENTION = fixture('content/instruments/test-convention.mdx');
const MANY_INSTRUMENTS: TreeFile[] = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'].map((name) => ({
  collection: 'instruments',
  id: `${name}-convention`,
  source: CONVENTION.replace('id: test-convention', `id: ${name}-convention`).replace('title: Test Convention on Mutual Assistance', `title: ${name} Convention on Mutual Assistance`).replace('shortTitle: Test Convention', `shortTitle: ${name} Convention`),
}));
const group = () => `---
name: Fixture Group
shortName: FXG
kind: organisation
memberList: complete
summary: A fixture group.
members:
  - { code: is, cite: [list] }
sources:
  - id: list
    url: https://example.org/members
    title: Fixture member list
    date: "2024-01-01"
    kind: official
---
`;
const TWO_GROUPS: TreeFile[] = [
  { collection: 'groups', id: 'group-a', source: group() },
  { collection: 'groups', id: 'group-b', source: group().replace('name: Fixture Group', 'name: FIXTURE GROUP') },
];

export const SCENARIOS: Record<string, TreeFile[]> = {
  // anchors
  'anchors: a heading copying a section id': withFile(validTree(), body(guidance('preservation', '## Preservation\n\nText.'))),
  'anchors: a heading copying a sub-section id': withFile(validTree(), body(guidance('safeguards', '### Refusal grounds\n\nText.'))),
  'anchors: an element id copying a section id': withFile(validTree(), body(guidance('requirements', 'See <span id="sources">here</span>.'))),
  'anchors: a generated id': withFile(validTree(), body(guidance('requirements', 'See <span id="src-guide">here</span>.'))),
  'anchors: a layout id': withFile(validTree(), body(guidance('requirements', 'See <span id="main">here</span>.'))),
  'anchors: one id given twice': withFile(validTree(), body(guidance('requirements', 'A <span id="forms">one</span> and <span id="forms">two</span>.'))),
  'anchors: two headings with one title get distinct ids': withFile(validTree(), body(guidance('requirements', '### Forms\n\nOne.\n\n### Forms\n\nTwo.'))),
  'anchors: an html heading without an id': withFile(validTree(), body(guidance('requirements', '<h3>Preservation</h3>'))),
  'anchors: a component id prop is not an html id': withFile(validTree(), body(guidance('requirements', 'See <Term id="test-term" />.'))),
  'anchors: an instrument body copying an instrument section': withFile(validTree(), instrumentWith('\n---\n', '\n---\n\n## Parties\n\nText.\n')),
  'anchors: a module heading copying the module page': withFile(validTree(), moduleBody('## Objectives\n\nText.')),
  // csv-cells
  'csv-cells: the name, the central authority and another authority': withFile(
    validTree(),
    countryWith('name: Fixtureland', 'name: "=Fixtureland"'),
  ),
  'csv-cells: authority names': withFile(validTree(), {
    collection: 'countries',
    id: 'is',
    source: baseCountry.replace('name: Fixture Central Authority', 'name: "+Fixture Central Authority"').replace('name: Fixture Cybercrime Unit', 'name: "@Fixture Cybercrime Unit"'),
  }),
  // uncited-sources
  'uncited-sources: a source cited only by <Cite> in the body is cited': withFile(
    validTree(),
    body(guidance('requirements', 'A fact<Cite ids="unused" />.')),
  ).map((f) => (f.id === 'is' && f.collection === 'countries' ? { ...f, source: f.source.replace('sources:\n', 'sources:\n  - id: unused\n    url: https://example.org/unused\n    title: Unused source\n    date: null\n    kind: secondary\n') } : f)),
  'uncited-sources: in an instrument and a glossary term': withFile(
    withFile(validTree(), instrumentWith('sources:\n', 'sources:\n  - id: spare\n    url: https://example.org/spare\n    title: Spare source\n    date: null\n    kind: secondary\n')),
    termWith('short: A fixture glossary term used by the fixture country.', 'short: A fixture glossary term used by the fixture country.\nsources:\n  - id: extra\n    url: https://example.org/extra\n    title: Extra source\n    date: null\n    kind: secondary'),
  ),
  // duplicates
  'duplicates: an instrument title shared with another': withFile(validTree(), {
    collection: 'instruments',
    id: 'second-convention',
    source: fixture('content/instruments/test-convention.mdx').replace('id: test-convention', 'id: second-convention'),
  }),
  'duplicates: a glossary term shared with another': withFile(validTree(), {
    collection: 'glossary',
    id: 'second-term',
    source: fixture('content/glossary/test-term.mdx'),
  }),
  // references
  'references: a country section that does not exist': withFile(validTree(), body(guidance('requirements', 'See <Country code="is" section="nowhere" />.'))),
  'references: an unknown term and an unknown module': withFile(validTree(), body(guidance('requirements', 'See <Term id="no-term" /> and <Module slug="no-module" />.'))),
  'schema: glossary equivalents in an unknown language and citing an unknown source': withFile(
    validTree(),
    termWith(
      'short: A fixture glossary term used by the fixture country.',
      [
        'short: A fixture glossary term used by the fixture country.',
        'equivalents:',
        '  - { lang: de, text: Testbegriff, instrument: test-convention, article: Art. 1, cite: [fr-text] }',
        '  - { lang: es, text: término, instrument: test-convention, article: Art. 1, cite: [es-text] }',
        '  - { lang: ru, text: "", instrument: test-convention, article: Art. 1, cite: [] }',
        'sources:',
        '  - { id: fr-text, url: "https://example.org/fr", title: French text, date: null, kind: official }',
      ].join('\n'),
    ),
  ),
  'references: a glossary equivalent from an unknown instrument': withFile(
    validTree(),
    termWith(
      'short: A fixture glossary term used by the fixture country.',
      [
        'short: A fixture glossary term used by the fixture country.',
        'equivalents:',
        '  - { lang: fr, text: terme d’essai, instrument: no-convention, article: Art. 1, cite: [fr-text] }',
        'sources:',
        '  - { id: fr-text, url: "https://example.org/fr", title: French text, date: null, kind: official }',
      ].join('\n'),
    ),
  ),
  'references: an unknown instrument in a body': withFile(validTree(), body(guidance('requirements', 'See <Instrument id="no-instrument" />.'))),
  // mdx-components
  'mdx-components: Guidance outside a country, and an unknown section': withFile(withFile(validTree(), moduleBody(guidance('requirements', 'Text.'))), body(guidance('nowhere', 'Text.'))),
  'mdx-components: Cite of an unknown source, and without ids': withFile(validTree(), body(guidance('requirements', 'A<Cite ids="no-such" /> and B<Cite />.'))),
  'mdx-components: text outside a Guidance block': withFile(validTree(), body('Loose text.\n\n' + guidance('requirements', 'Text.'))),
  'mdx-components: an unknown component': withFile(validTree(), body(guidance('requirements', 'See <Widget />.'))),
  // file-name
  'file-name: a glossary file whose name is not a slug': withFile(validTree(), { collection: 'glossary', id: 'Test_Term', source: fixture('content/glossary/test-term.mdx').replace('term: Test term', 'term: Another term') }),
  'file-name: an instrument id that differs from its file name': withFile(validTree(), instrumentWith('id: test-convention', 'id: other-convention')),
  // invisible characters, future dates, source urls, body, csv, frontmatter, schema
  'invisible-characters: in a source title and an alias': withFile(validTree(), { collection: 'countries', id: 'is', source: baseCountry.replace('title: Fixture guide to mutual assistance', 'title: "Fixture\u200Bguide"').replace('aliases: [FXL]', 'aliases: ["FX\u2066L"]') }),
  'future-dates: a source dated in the future': withFile(validTree(), { collection: 'countries', id: 'is', source: baseCountry.replace('date: "2025-01-15"', 'date: "2027-01-15"') }),
  'source-urls: a source read over http': withFile(validTree(), { collection: 'countries', id: 'is', source: baseCountry.replace('url: https://example.org/guide', 'url: http://example.org/guide') }),
  'schema: a source URL that hides its host behind a user name': withFile(validTree(), { collection: 'countries', id: 'is', source: baseCountry.replace('url: https://example.org/old-guide', 'url: https://gov.example@evil.example/old-guide') }),
  'body-required: an empty glossary body': withFile(validTree(), { collection: 'glossary', id: 'test-term', source: frontmatterOf(fixture('content/glossary/test-term.mdx')) }),
  // references in frontmatter
  'references: an unknown parent instrument': withFile(validTree(), instrumentWith('kind: multilateral', 'kind: multilateral\nparent: test-conventoin')),
  'references: a glossary term relating to unknown terms and instruments': withFile(validTree(), termWith('short: A fixture glossary term used by the fixture country.', 'short: A fixture glossary term used by the fixture country.\nrelated: [tset-term, nothing-alike]\ninstruments: [test-conv, zzz]')),
  'references: a module requiring an unknown module': withFile(validTree(), { collection: 'modules', id: 'fixture-module', source: fixture('content/modules/fixture-module.mdx').replace('authors: [Fixture author]', 'authors: [Fixture author]\nprerequisites: [fixture-modul]') }),
  // duplicates in every collection
  'duplicates: a module title shared with another module': withFile(validTree(), { collection: 'modules', id: 'second-module', source: fixture('content/modules/fixture-module.mdx') }),
  'duplicates: an instrument alias that is another instrument’s short title': withFile(validTree(), {
    collection: 'instruments',
    id: 'other-convention',
    source: fixture('content/instruments/test-convention.mdx').replace('id: test-convention', 'id: other-convention').replace('title: Test Convention on Mutual Assistance', 'title: Other Convention on Mutual Assistance').replace('shortTitle: Test Convention', 'shortTitle: Other Convention\naliases: [test convention]'),
  }),
  'duplicates: a glossary alias that is another term': withFile(validTree(), { collection: 'glossary', id: 'second-term', source: fixture('content/glossary/test-term.mdx').replace('term: Test term', 'term: Second term\naliases: [TEST TERM]') }),
  'duplicates: a country alias that is another country’s name': withFile(validTree(), { collection: 'countries', id: 'mt', source: fixture('content/countries/mt.mdx').replace('name: Minimaland', 'name: Minimaland\naliases: [fixtureland]') }),
  // staleness
  'staleness: an entry last verified two years ago': withFile(validTree(), countryWith('lastVerified: "2026-06-01"', 'lastVerified: "2024-11-27"')),
  'staleness: a source dated only by month after the verification is not flagged': withFile(validTree(), countryWith('date: "2025-01-15"', 'date: "2026-07"')),
  'staleness: a current contact of another authority resting on old sources': withFile(validTree(), {
    collection: 'countries',
    id: 'is',
    source: baseCountry.replace('  - name: Fixture Cybercrime Unit\n', '  - name: Fixture Cybercrime Unit\n    contacts:\n      - type: email\n        value: unit@example.org\n        cite: [old-guide]\n'),
  }),
  'staleness: a contact with one old and one recent source is not flagged': withFile(validTree(), countryWith('      status: historic\n      asOf: "2010"\n      cite: [old-guide]', '      cite: [old-guide, guide]')),
  'staleness: a contact whose own date is recent is not flagged': withFile(validTree(), countryWith('      status: historic\n      asOf: "2010"\n      cite: [old-guide]', '      asOf: "2024"\n      cite: [old-guide]')),
  // invisible characters, many of them
  'invisible-characters: more than ten in one file': withFile(validTree(), countryWith('name: Fixtureland', `name: "Fix${'\u200B'.repeat(12)}tureland"`)),
  'mdx-syntax: a bare less-than sign': withFile(validTree(), body(guidance('requirements', 'Replies take < 30 days.'))),
  'mdx-syntax: an unclosed tag': withFile(validTree(), body(guidance('requirements', 'A <strong>bold start.'))),
  // mdx-components: attributes, nesting, comments, empty values
  'mdx-components: an attribute a component does not take': withFile(validTree(), body(guidance('requirements', 'See <Country code="is" colour="red" />.'))),
  'mdx-components: empty required attributes': withFile(validTree(), body(guidance('requirements', 'See <Term id="" /> and <Cite ids="" />.'))),
  'mdx-components: Guidance nested inside an element': withFile(validTree(), body('<details>\n' + guidance('requirements', 'Text.') + '\n</details>')),
  'mdx-components: Guidance written inline in a paragraph': withFile(validTree(), body('A <Guidance section="requirements">inline</Guidance> block.')),
  'mdx-components: comments may stand outside Guidance': withFile(validTree(), body('{/* a note for editors */}\n\n' + guidance('requirements', 'Text.'))),
  'mdx-components: a Cite in an entry that has no sources': withFile(validTree(), { collection: 'glossary', id: 'test-term', source: fixture('content/glossary/test-term.mdx').replace('A fixture explanation.', 'A fixture explanation<Cite ids="x" />.') }),
  'mdx-components: inline links with unknown targets': withFile(validTree(), body(guidance('requirements', 'See <Instrument id="nope">it</Instrument>, <Term id="nope">it</Term> and <Module slug="nope">it</Module>.'))),
  // anchors in other pages and heading shapes
  'anchors: a heading with emphasis copying a section id': withFile(validTree(), body(guidance('preservation', '### *Pre*servation\n\nText.'))),
  'anchors: an html heading with its own id uses that id': withFile(validTree(), body(guidance('requirements', '<h3 id="forms">Preservation</h3>'))),
  'anchors: a glossary body heading copying another term': withFile(withFile(validTree(), { collection: 'glossary', id: 'second-term', source: fixture('content/glossary/test-term.mdx').replace('term: Test term', 'term: Second term').replace('A fixture explanation.', '### Test term\n\nText.') }), termWith('A fixture explanation.', 'A fixture explanation.')),
  'anchors: a module heading copying a module page id': withFile(validTree(), moduleBody('## Sources\n\nText.')),
  'anchors: an instrument heading copying a new instrument section': withFile(validTree(), instrumentWith('\n---\n', '\n---\n\n## Unconfirmed\n\nText.\n')),
  // future dates in nested records and partial dates
  'future-dates: a contact date, a change date and a year-only date': withFile(validTree(), {
    collection: 'countries',
    id: 'is',
    source: baseCountry.replace('      asOf: "2010"', '      asOf: "2030"').replace('date: "2010"', 'date: "2031"').replace('sources:\n', 'changes:\n  - { date: "2027-02-03", text: "A change from the future." }\nsources:\n'),
  }),
  'future-dates: an instrument signature and ratification in the future': withFile(validTree(), instrumentWith('  - { code: mt, ratified: "2001-01-01", inForce: "2001-01-01", cite: [depositary] }', '  - { code: mt, signed: "2027-01", ratified: "2028-01-01", inForce: "2030-01-01", cite: [depositary] }')),
  // mutation testing (npm run mutation): branches the scenarios above did not reach
  'anchors: one element id repeated three times names the first line': withFile(validTree(), body(guidance('requirements', 'A <span id="x-note">one</span>.\n\nB <span id="x-note">two</span>.\n\nC <span id="x-note">three</span>.'))),
  'anchors: empty ids are not ids': withFile(validTree(), body(guidance('requirements', 'A <span id="">one</span> and <span id="">two</span>.'))),
  'anchors: a comment inside a heading is not part of its id': withFile(validTree(), body(guidance('preservation', '### {/* note */}Preservation\n\nText.'))),
  'anchors: elements whose names only contain h2 are not headings': withFile(validTree(), body(guidance('requirements', '<xh2>Preservation</xh2>\n\n<h2x>Preservation</h2x>'))),
  'anchors: country section ids are free in a module and glossary ids in a country': withFile(withFile(validTree(), moduleBody('## Preservation\n\nText.')), body(guidance('requirements', '### Test term\n\nText.'))),
  'body-required: an empty module and an empty glossary term': withFile(
    withFile(validTree(), { collection: 'modules', id: 'fixture-module', source: frontmatterOf(fixture('content/modules/fixture-module.mdx')) }),
    { collection: 'glossary', id: 'test-term', source: frontmatterOf(fixture('content/glossary/test-term.mdx')) },
  ),
  'file-name: a country file named by no ISO code': withFile(validTree(), { collection: 'countries', id: 'xyz', source: baseCountry.replace('code: is', 'code: xyz') }),
  'file-name: a country code that is another ISO code': withFile(validTree(), { collection: 'countries', id: 'is', source: baseCountry.replace('code: is', 'code: de') }),
  'file-name: only instruments carry an id that must match': withFile(validTree(), termWith('term: Test term', 'term: Test term\nid: other-term')),
  'mdx-security: a fragment': withFile(validTree(), body(guidance('requirements', 'A <>fragment</> here.'))),
  'mdx-security: attributes that inject HTML or hydrate scripts': withFile(
    validTree(),
    body(guidance('requirements', 'A <span set:html="x">a</span>, <span is:inline>b</span>, <span client:load>c</span>, <span dangerouslySetInnerHTML="x">d</span>.')),
  ),
  'mdx-security: a javascript: URL in an attribute that is not a link': withFile(validTree(), body(guidance('requirements', 'A <abbr title="javascript:alert(1)">term</abbr>.'))),
  'mdx-security: a definition with a javascript: URL': withFile(validTree(), body(guidance('requirements', 'See [the guide][g].\n\n[g]: javascript:alert(1)'))),
  'mdx-security: safe images, references, links, boolean attributes and mixed-case element names pass': withFile(
    validTree(),
    body(
      guidance(
        'requirements',
        '![Map](/maps/is.svg) and ![Map][m] and ![Missing][nodef] and [the guide](https://example.org/guide).\n\n<details open><summary>More</summary>Text <abbr title="a plain title">abbr</abbr>.</details>\n\n[m]: /maps/is.svg',
      ),
    ),
  ),
  'mdx-components: an unknown entry lists at most twelve, sorted, with an ellipsis': withFile(
    withFile(validTree(), ...MANY_COUNTRIES),
    body(guidance('requirements', 'See <Country code="zz" />.')),
  ),
  'mdx-components: a component in a collection that cannot use it': withFile(validTree(), termWith('A fixture explanation.', 'A fixture explanation.\n\n<Guidance section="requirements">\nText.\n</Guidance>')),
  'mdx-components: event handlers and style are left to mdx-security': withFile(validTree(), body(guidance('requirements', 'See <Country code="is" onClick="x" style="color:red" />.'))),
  'mdx-components: an expression attribute is left to mdx-security': withFile(validTree(), body(guidance('requirements', 'See <Country code={"is"} />.'))),
  'mdx-components: Cite ids separated by several spaces': withFile(validTree(), body(guidance('requirements', 'A fact<Cite ids="guide   nope" />.'))),
  'mdx-components: unknown instruments and modules in block elements': withFile(validTree(), body(guidance('requirements', '<Instrument id="nope" />\n\n<Module slug="nope" />\n\n<Instrument id="test-convention" />\n\n<Module slug="fixture-module" />'))),
  'mdx-components: a country body with a comment and text outside Guidance': withFile(validTree(), body('{/* editors: keep this first */}\n\nStray text.\n\n' + guidance('requirements', 'Text.'))),
  'references: suggestions close to the value, or the first eight with an ellipsis': withFile(
    withFile(validTree(), ...MANY_INSTRUMENTS),
    countryWith('- instrument: test-convention', '- instrument: test-conventio\n      text: A treaty note.\n      cite: [guide]\n    - instrument: zzz-unknown\n      text: A treaty note.\n      cite: [guide]\n    - instrument: te'),
  ),
  'uncited-sources: a source named only by another element is still uncited': withFile(
    validTree(),
    {
      collection: 'countries',
      id: 'is',
      source: `${frontmatterOf(baseCountry).replace('sources:\n', 'sources:\n  - id: unused\n    url: https://example.org/unused\n    title: Unused source\n    date: null\n    kind: secondary\n')}\n${guidance('requirements', 'A <span ids="unused">fact</span>.')}`,
    },
  ),
  'uncited-sources: a body that does not parse cites nothing': withFile(
    validTree(),
    {
      collection: 'countries',
      id: 'is',
      source: `${frontmatterOf(baseCountry).replace('sources:\n', 'sources:\n  - id: unused\n    url: https://example.org/unused\n    title: Unused source\n    date: null\n    kind: secondary\n')}\n${guidance('requirements', 'A <strong>fact<Cite ids="unused" />.')}`,
    },
  ),
  'invisible-characters: exactly ten, then eleven': withFile(
    withFile(validTree(), countryWith('name: Fixtureland', `name: "Fix${'\u200B'.repeat(10)}tureland"`)),
    { collection: 'countries', id: 'mt', source: fixture('content/countries/mt.mdx').replace('name: Minimaland', `name: "Mini${'\u2060'.repeat(11)}maland"`) },
  ),
  'staleness: a contact of the central authority resting on old sources, in a nested authority path': withFile(validTree(), {
    collection: 'countries',
    id: 'is',
    source: baseCountry
      .replace('    - type: email\n      value: requests@example.org\n      cite: [guide]\n', '    - type: email\n      value: requests@example.org\n      cite: [old-guide, also-old]\n')
      .replace('sources:\n', 'sources:\n  - id: also-old\n    url: https://example.org/also-old\n    title: Another old guide\n    date: "2012-05-01"\n    kind: official\n')
      .replace(
        '  - name: Fixture Cybercrime Unit\n',
        `${Array.from({ length: 10 }, (_, i) => `  - name: Other unit ${i + 1}\n    roles: [police]\n    cite: [guide]\n`).join('')}  - name: Fixture Cybercrime Unit\n    contacts:\n      - type: email\n        value: unit@example.org\n        cite: [old-guide, no-such-date]\n      - type: phone\n        value: +354 555 0199\n        cite: [old-guide, also-old]\n`,
      )
      .replace('sources:\n', 'sources:\n  - id: no-such-date\n    url: https://example.org/undated\n    title: An undated page\n    date: null\n    kind: official\n'),
  }),
  'duplicates: a name repeated within one entry is not a duplicate, and case and spaces do not matter across entries': withFile(
    withFile(validTree(), countryWith('aliases: [FXL]', 'aliases: [FXL, fixtureland, "Fixtureland "]')),
    { collection: 'countries', id: 'mt', source: fixture('content/countries/mt.mdx').replace('name: Minimaland', 'name: " FIXTURELAND"') },
  ),
  'duplicates: groups with the same name and short name': withFile(withFile(validTree(), ...TWO_GROUPS), { collection: 'groups', id: 'group-b', source: TWO_GROUPS[1]!.source }),
};

for (const file of readdirSync(join(FIXTURES, 'malicious')).filter((f) => f.endsWith('.mdx')).sort()) {
  SCENARIOS[`malicious: ${file.replace(/\.mdx$/, '')}`] = withFile(validTree(), body(readFileSync(join(FIXTURES, 'malicious', file), 'utf8')));
}

/** Scenarios whose point is that the checker says nothing. */
export const QUIET = new Set([
  'anchors: empty ids are not ids',
  'anchors: country section ids are free in a module and glossary ids in a country',
  'anchors: a component id prop is not an html id',
  'anchors: two headings with one title get distinct ids',
  'uncited-sources: a source cited only by <Cite> in the body is cited',
  'staleness: a source dated only by month after the verification is not flagged',
  'staleness: a contact with one old and one recent source is not flagged',
  'staleness: a contact whose own date is recent is not flagged',
  'mdx-components: comments may stand outside Guidance',
]);

