/**
 * Each check rule has a fixture that passes and one that fails with the expected message;
 * each content-security rule has malicious fixtures that the check rejects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/report.ts';
import { FIXTURES, check, countryWith, fixture, validTree, withFile, type TreeFile } from '../helpers/fixtures.ts';

const baseCountry = fixture('content/countries/is.mdx');
const frontmatterOf = (source: string) => source.slice(0, source.indexOf('\n---', 4) + 5);
const withBody = (body: string): TreeFile => ({ collection: 'countries', id: 'is', source: `${frontmatterOf(baseCountry)}\n${body}` });

/** One failing case per rule: the tree change and the message it must produce. */
const FAILING: Record<string, { tree: TreeFile[]; message: RegExp; severity?: 'error' | 'warning' }> = {
  frontmatter: { tree: withFile(validTree(), countryWith('name: Fixtureland', 'name: "Fixtureland')), message: /YAML syntax error/ },
  'file-name': { tree: withFile(validTree(), { collection: 'countries', id: 'is', source: baseCountry.replace('code: is', 'code: mt') }), message: /code "mt" does not match the file name/ },
  schema: { tree: withFile(validTree(), countryWith('region: Europe', 'region: Atlantis')), message: /got "Atlantis"/ },
  'mdx-syntax': { tree: withFile(validTree(), withBody('<Guidance section="requirements">\nReplies take < 30 days.\n</Guidance>')), message: /bare "<"/ },
  'mdx-security': { tree: withFile(validTree(), withBody('<Guidance section="requirements">\n<iframe src="https://evil.example/"></iframe>\n</Guidance>')), message: /<iframe> is not allowed/ },
  'mdx-components': { tree: withFile(validTree(), withBody('<Guidance section="requirements">\nSee <Country code="zz" />.\n</Guidance>')), message: /unknown country "zz"/ },
  references: { tree: withFile(validTree(), countryWith('- instrument: test-convention', '- instrument: no-such')), message: /unknown instrument "no-such"/ },
  duplicates: {
    tree: withFile(validTree(), { collection: 'countries', id: 'mt', source: fixture('content/countries/mt.mdx').replace('name: Minimaland', 'name: Fixtureland') }),
    message: /"Fixtureland" is already used by/,
  },
  'uncited-sources': {
    tree: withFile(validTree(), countryWith('sources:\n', 'sources:\n  - id: unused\n    url: https://example.org/unused\n    title: Unused source\n    date: null\n    kind: secondary\n')),
    message: /source "unused" is not cited/,
    severity: 'warning',
  },
  staleness: { tree: withFile(validTree(), countryWith('lastVerified: "2026-06-01"', 'lastVerified: "2024-01-01"')), message: /last verified 2024-01-01/, severity: 'warning' },
  'invisible-characters': { tree: withFile(validTree(), countryWith('name: Fixtureland', 'name: "Fixture\u202Eland"')), message: /U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/ },
  'future-dates': { tree: withFile(validTree(), countryWith('lastVerified: "2026-06-01"', 'lastVerified: "2099-01-01"')), message: /lastVerified: 2099-01-01 is in the future/ },
  'source-urls': { tree: withFile(validTree(), countryWith('url: https://', 'url: http://')), message: /read over plain http:/, severity: 'warning' },
  anchors: { tree: withFile(validTree(), withBody('<Guidance section="preservation">\n## Preservation\n\nText.\n</Guidance>')), message: /heading "Preservation" gives the id "preservation", which the page already uses/ },
  'body-required': { tree: withFile(validTree(), { collection: 'modules', id: 'fixture-module', source: frontmatterOf(fixture('content/modules/fixture-module.mdx')) }), message: /the body is empty/ },
  'csv-cells': { tree: withFile(validTree(), countryWith('name: Fixtureland', 'name: "=HYPERLINK(1)"')), message: /starts with "=", which spreadsheets run as a formula/, severity: 'warning' },
};

describe('the rule list', () => {
  it('is exactly the list of rules with a failing fixture: a removed rule loses its test loudly', () => {
    expect(RULES.map((r) => r.name).sort()).toEqual(Object.keys(FAILING).sort());
  });
});

describe('every rule passes the valid tree and fails its fixture', () => {
  const valid = check(validTree());
  // The minimal fixture is deliberately unverified, so the staleness rule passes on the tree without it.
  const passing: Record<string, ReturnType<typeof check>> = { staleness: check(validTree().filter((f) => f.id !== 'mt')) };
  for (const rule of RULES) {
    it(`${rule.name}: passes`, () => {
      expect((passing[rule.name] ?? valid).problems.filter((p) => p.rule === rule.name).map(formatProblem)).toEqual([]);
    });
    it(`${rule.name}: fails with its message`, () => {
      const failing = FAILING[rule.name];
      expect(failing, `no failing fixture for rule ${rule.name}`).toBeDefined();
      const problems = check(failing!.tree).problems.filter((p) => p.rule === rule.name);
      expect(problems.map(formatProblem).join('\n')).toMatch(failing!.message);
      expect(problems[0]!.severity).toBe(failing!.severity ?? 'error');
    });
  }
});

describe('each warning of the staleness rule has its own failing fixture', () => {
  const staleness = (tree: TreeFile[]) => check(tree).problems.filter((p) => p.rule === 'staleness').map(formatProblem).join('\n');

  it('never verified', () => {
    expect(staleness(validTree())).toMatch(/content\/countries\/mt\.mdx:\d+ lastVerified: warning: entry has not been verified yet/);
  });

  it('a source dated after the last verification', () => {
    const tree = withFile(validTree(), countryWith('date: "2025-01-15"', 'date: "2026-07-01"'));
    expect(staleness(tree)).toMatch(/sources\[0\]\.date: warning: source "guide" is dated 2026-07-01, after the entry was last verified \(2026-06-01\)/);
    // The same day is not after.
    expect(staleness(withFile(validTree(), countryWith('date: "2025-01-15"', 'date: "2026-06-01"')))).not.toMatch(/after the entry was last verified/);
  });

  it('a current contact that rests only on sources more than five years older than the verification', () => {
    // The postal address made current: it cites only the 2010 edition, 16 years before the 2026 verification.
    const tree = withFile(validTree(), countryWith('      status: historic\n      asOf: "2010"\n      cite: [old-guide]', '      cite: [old-guide]'));
    expect(staleness(tree)).toMatch(/contacts\[2\]: warning: postal "1 Example Street, 101 Example City" rests only on sources from 2010/);
    // Five years before the verification is not older than five years.
    const fiveYears = withFile(validTree(), { ...tree.find((f) => f.id === 'is')!, source: tree.find((f) => f.id === 'is')!.source.replace('date: "2010"', 'date: "2021"') });
    expect(staleness(fiveYears)).not.toMatch(/rests only on sources/);
    // As published, the address is historic: history, not a warning.
    expect(staleness(validTree())).not.toMatch(/rests only on sources/);
  });
});

describe('duplicates are found whatever the case or Unicode form', () => {
  const dupes = (mtSource: string) =>
    check(withFile(validTree(), { collection: 'countries', id: 'mt', source: mtSource }))
      .problems.filter((p) => p.rule === 'duplicates')
      .map(formatProblem)
      .join('\n');
  const mt = fixture('content/countries/mt.mdx');

  it.each([
    ['a name in capitals', mt.replace('name: Minimaland', 'name: FIXTURELAND'), /"FIXTURELAND" is already used by/],
    ['an alias that is another entry’s alias in lower case', mt.replace('name: Minimaland', 'name: Minimaland\naliases: [fxl]'), /"fxl" is already used by/],
    ['an alias that is another entry’s code', mt.replace('name: Minimaland', 'name: Minimaland\naliases: [IS]'), /"IS" is already used by/],
    ['a name in another Unicode form (full-width letters)', mt.replace('name: Minimaland', 'name: Ｆｉｘｔｕｒｅｌａｎｄ'), /is already used by/],
  ])('%s', (_what, source, message) => {
    expect(dupes(source)).toMatch(message);
  });

  it('a name used twice by the same entry is not a duplicate', () => {
    expect(dupes(mt.replace('name: Minimaland', 'name: Minimaland\naliases: [minimaland, MINIMALAND]'))).toBe('');
  });
});

describe('content security: malicious fixtures are rejected', () => {
  const dir = join(FIXTURES, 'malicious');
  const EXPECTED: Record<string, RegExp> = {
    script: /<script> is not allowed/,
    'script-block': /<script> is not allowed/,
    iframe: /<iframe> is not allowed/,
    object: /<object> is not allowed/,
    embed: /<embed> is not allowed/,
    style: /<style> is not allowed/,
    'event-handler': /event-handler attribute "onClick"/,
    'event-handler-lowercase': /event-handler attribute "onmouseover"/,
    'javascript-url': /"javascript:" URL/,
    'javascript-url-attribute': /attribute "href" on <a>: link to a "javascript:" URL is not allowed/,
    'javascript-url-entity': /attribute "href" on <a>: link to a "javascript:" URL is not allowed/,
    'data-url': /"data:" URL/,
    import: /import and export statements are not allowed/,
    export: /import and export statements are not allowed/,
    expression: /JavaScript expressions in braces are not allowed/,
    'attribute-expression': /uses a JavaScript expression/,
    spread: /spread attributes/,
    'unknown-component': /<Evil> is not an allowed component/,
    'remote-image': /images from other sites are not allowed/,
    'remote-image-html': /attribute "src" on <img>: images from other sites are not allowed/,
    'image-reference': /reference-style image: images from other sites are not allowed.*evil\.example/,
    'image-backslash': /images from other sites are not allowed.*evil\.example/,
    'image-tab': /images from other sites are not allowed.*evil\.example/,
    'image-scheme-relative': /images from other sites are not allowed.*evil\.example/,
    'image-srcset': /attribute "srcset" on <img>: images from other sites are not allowed.*evil\.example/,
    ping: /attribute "ping" on <a> is not allowed/,
    'link-userinfo': /holds a user name or password, which hides the real host \(evil\.example\)/,
    'javascript-url-hex-entity': /link to a "javascript:" URL is not allowed|"javascript:" URL/,
    'inline-style': /inline style/,
  };
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

  it('every malicious fixture has an expected message', () => {
    expect(files.map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    const name = file.replace(/\.mdx$/, '');
    it(`rejects ${name}`, () => {
      const body = readFileSync(join(dir, file), 'utf8');
      const result = check(withFile(validTree(), withBody(body)));
      const security = result.problems.filter((p) => p.rule === 'mdx-security' && p.severity === 'error');
      expect(security.map(formatProblem).join('\n')).toMatch(EXPECTED[name]!);
      expect(security[0]!.line).toBeGreaterThan(1);
    });
  }

  it('allows the documented components and plain Markdown', () => {
    const body = '<Guidance section="requirements">\nSee <Country code="is" section="preservation">the preservation section</Country>, <Term id="test-term" />, [a link](https://example.org/) and **bold** text<Cite ids="guide" />.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n</Guidance>';
    const result = check(withFile(validTree(), withBody(body)));
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});
