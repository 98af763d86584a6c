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
};

for (const file of readdirSync(join(FIXTURES, 'malicious')).filter((f) => f.endsWith('.mdx')).sort()) {
  SCENARIOS[`malicious: ${file.replace(/\.mdx$/, '')}`] = withFile(validTree(), body(readFileSync(join(FIXTURES, 'malicious', file), 'utf8')));
}

/** Scenarios whose point is that the checker says nothing. */
export const QUIET = new Set([
  'anchors: a component id prop is not an html id',
  'anchors: two headings with one title get distinct ids',
  'uncited-sources: a source cited only by <Cite> in the body is cited',
  'staleness: a source dated only by month after the verification is not flagged',
  'staleness: a contact with one old and one recent source is not flagged',
  'staleness: a contact whose own date is recent is not flagged',
  'mdx-components: comments may stand outside Guidance',
]);

