/** Valid fixtures pass; each invalid fixture fails naming the field path. */
import { describe, expect, it } from 'vitest';
import { country } from '../../src/lib/schema/country.ts';
import { instrument } from '../../src/lib/schema/instrument.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { countryWith, errors, fixture, validTree, withFile } from '../helpers/fixtures.ts';
import { formatProblem } from '../../src/lib/check/report.ts';

function frontmatter(source: string) {
  return parseContentFile('countries', 'content/countries/is.mdx', source).data;
}

describe('valid fixtures', () => {
  it('the complete country fixture matches the schema', () => {
    const result = country.safeParse(frontmatter(fixture('content/countries/is.mdx')));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('the minimal country fixture (everything undocumented) matches the schema', () => {
    const result = country.safeParse(frontmatter(fixture('content/countries/mt.mdx')));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('the instrument fixture matches the schema', () => {
    const data = parseContentFile('instruments', 'content/instruments/test-convention.mdx', fixture('content/instruments/test-convention.mdx')).data;
    expect(instrument.safeParse(data).success).toBe(true);
  });

  it('the whole fixture tree has no errors', () => {
    expect(errors(validTree()).map(formatProblem)).toEqual([]);
  });
});

describe('invalid fixtures name the file, the field and what was expected', () => {
  const cases: { name: string; file: ReturnType<typeof countryWith>; field: string; expected: RegExp }[] = [
    {
      name: 'missing central authority',
      file: countryWith(/^centralAuthority:\n(?: {2}.*\n| {4}.*\n| {6}.*\n)+/m, ''),
      field: 'centralAuthority',
      expected: /central authority/,
    },
    {
      name: 'bad email',
      file: countryWith('requests@example.org', 'requests-at-example.org'),
      field: 'centralAuthority.contacts[0].value',
      expected: /an email address/,
    },
    {
      name: 'bad ISO code',
      file: countryWith('code: is', 'code: xx'),
      field: 'code',
      expected: /ISO 3166-1 alpha-2/,
    },
    {
      name: 'unknown instrument reference',
      file: countryWith('- instrument: test-convention', '- instrument: no-such-treaty'),
      field: 'legalBases.instruments[0].instrument',
      expected: /test-convention/,
    },
    {
      name: 'unknown source id',
      file: countryWith(/text: Requests may be sent by email to the central authority.\n {4}cite: \[guide\]/, 'text: Requests may be sent by email to the central authority.\n    cite: [gide]'),
      field: 'channels[0].cite[0]',
      expected: /guide, old-guide/,
    },
    {
      name: 'impossible date (quoted)',
      file: countryWith('lastVerified: "2026-06-01"', 'lastVerified: "2026-13-01"'),
      field: 'lastVerified',
      expected: /real calendar date/,
    },
    {
      name: 'unquoted date (which the build’s YAML parser would turn into a timestamp, or roll over)',
      file: countryWith('lastVerified: "2026-06-01"', 'lastVerified: 2026-13-01'),
      field: 'lastVerified',
      expected: /the date in quotes/,
    },
    {
      name: 'date in the wrong format',
      file: countryWith('lastVerified: "2026-06-01"', 'lastVerified: 01/06/2026'),
      field: 'lastVerified',
      expected: /YYYY-MM-DD/,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const problems = errors(withFile(validTree(), c.file));
      const match = problems.find((p) => p.field === c.field);
      expect(match, `no problem at ${c.field}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(match!.file).toBe('content/countries/is.mdx');
      expect(match!.line).toBeGreaterThanOrEqual(1);
      expect(`${match!.message} (expected ${match!.expected ?? ''})`).toMatch(c.expected);
      expect(formatProblem(match!)).toMatch(new RegExp(`^content/countries/is\\.mdx:\\d+ ${c.field.replace(/[[\].]/g, '\\$&')}: `));
    });
  }

  it('reports every problem in one pass, not just the first', () => {
    const bad = countryWith('requests@example.org', 'nope').source.replace('code: is', 'code: xx').replace('region: Europe', 'region: Atlantis');
    const fields = errors(withFile(validTree(), { collection: 'countries', id: 'is', source: bad })).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'region', 'centralAuthority.contacts[0].value']));
  });

  it('a misspelled field gets a did-you-mean hint', () => {
    const problems = errors(withFile(validTree(), countryWith('region: Europe', 'regoin: Europe')));
    const unknown = problems.find((p) => p.field === 'regoin');
    expect(unknown?.message).toContain('did you mean "region"');
  });

  it('a YAML syntax error names its line', () => {
    const problems = errors(withFile(validTree(), countryWith('name: Fixtureland', 'name: [Fixtureland')));
    expect(problems[0]).toMatchObject({ file: 'content/countries/is.mdx', rule: 'frontmatter' });
    expect(problems[0]!.message).toMatch(/YAML/);
  });

  it('a country file whose code differs from its name is rejected', () => {
    const problems = errors(withFile(validTree(), { ...countryWith('code: is', 'code: mt'), id: 'is' }));
    expect(problems.some((p) => p.rule === 'file-name' && p.field === 'code')).toBe(true);
  });

  it('two entries cannot share an ISO code or alias', () => {
    const twin = { collection: 'countries' as const, id: 'mt', source: fixture('content/countries/mt.mdx').replace('name: Minimaland', 'name: Minimaland\naliases: [FXL]') };
    const problems = errors(withFile(validTree(), twin));
    expect(problems.find((p) => p.rule === 'duplicates')?.message).toMatch(/"FXL" is already used by content\/countries\/is\.mdx/);
  });
});
