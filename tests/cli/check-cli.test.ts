/**
 * `npm run check` as contributors and CI use it. Each test copies the valid
 * fixture tree (tests/fixtures/content) to a temporary folder, breaks it on purpose, and
 * runs scripts/check.ts with MLAT_ROOT / MLAT_CONTENT_DIR pointing at the copy.
 */
import { formatGithub } from '../../src/lib/check/report.ts';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, TODAY } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/dist.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the valid fixture tree; returns the project root that holds it. */
function fixtureRoot(contentFolder = 'content'): string {
  const root = mkdtempSync(join(tmpdir(), 'mlat-check-cli-'));
  temps.push(root);
  cpSync(join(FIXTURES, 'content'), join(root, contentFolder), { recursive: true });
  return root;
}

/** One text substitution in a copied file; fails loudly when the fixture has changed. */
function edit(root: string, file: string, search: string | RegExp, replace: string): void {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  const changed = source.replace(search, replace);
  if (changed === source) throw new Error(`substitution did not apply to ${file}: ${String(search)}`);
  writeFileSync(path, changed);
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs the checker as `npm run check` does, with a fixed "today" and no CI variables leaking in. */
async function check(root: string, args: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  const base: Record<string, string | undefined> = { ...process.env, MLAT_ROOT: root, BUILD_DATE: TODAY };
  delete base['GITHUB_ACTIONS'];
  delete base['MLAT_CONTENT_DIR'];
  const result = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'check.ts'), ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  return { ...result, lines: result.stdout.split('\n').filter(Boolean) };
}

const MT_UNVERIFIED =
  'content/countries/mt.mdx:6 lastVerified: warning: entry has not been verified yet (expected the date you last checked every fact against its source)';
const REGION_ERROR = 'content/countries/is.mdx:6 region: got "Atlantis" (expected one of Africa, Americas, Asia, Europe, Oceania)';
/** `path:line field: [warning:] message (expected …)`, where the field and the expectation are optional. */
const PROBLEM_LINE = /^(content\/[a-z]+\/[a-z0-9-]+\.mdx):(\d+)(?: [^\s]+:)?(?: warning:)? .+$/;
const SUMMARY_LINE = /^\d+ errors?, \d+ warnings? in \d+ files?$/;

/** The valid tree with one or more problems in every collection. */
function brokenRoot(): string {
  const root = fixtureRoot();
  edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
  edit(root, 'content/countries/is.mdx', 'value: requests@example.org', 'value: requests-at-example.org');
  edit(root, 'content/countries/is.mdx', '<Cite ids="guide" />', '<Cite ids="nope" />');
  edit(root, 'content/glossary/test-term.mdx', 'term: Test term', 'term: "Test term');
  edit(root, 'content/instruments/test-convention.mdx', 'kind: multilateral', 'kind: treaty');
  edit(root, 'content/modules/fixture-module.mdx', '<Term id="test-term" />', '<Term id="no-term" />');
  return root;
}

describe('exit code', () => {
  it('is 0 on the valid fixture tree, whose only problem is a warning', async () => {
    const run = await check(fixtureRoot());
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([MT_UNVERIFIED, '0 errors, 1 warning in 5 files']);
  });

  it('is 1 with a single error', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
    const run = await check(root);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([REGION_ERROR, MT_UNVERIFIED, '1 error, 1 warning in 5 files']);
  });
});

describe('text output', () => {
  it('prints one line per problem, path:line field: message (expected …), sorted by file then line', async () => {
    const run = await check(brokenRoot());
    expect(run.code).toBe(1);
    const summary = run.lines.at(-1)!;
    const problems = run.lines.slice(0, -1);
    expect(summary).toMatch(SUMMARY_LINE);
    expect(summary).toBe(`${problems.length - 1} errors, 1 warning in 5 files`);
    expect(problems.filter((line) => line.includes(' warning: '))).toEqual([MT_UNVERIFIED]);
    for (const line of problems) expect(line).toMatch(PROBLEM_LINE);

    const keys = problems.map((line) => {
      const [, file, lineNo] = PROBLEM_LINE.exec(line)!;
      return { file: file!, line: Number(lineNo) };
    });
    const sorted = [...keys].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    expect(keys).toEqual(sorted);
    expect([...new Set(keys.map((k) => k.file))]).toEqual([
      'content/countries/is.mdx',
      'content/countries/mt.mdx',
      'content/glossary/test-term.mdx',
      'content/instruments/test-convention.mdx',
      'content/modules/fixture-module.mdx',
    ]);

    expect(problems).toEqual(
      expect.arrayContaining([
        REGION_ERROR,
        'content/countries/is.mdx:14 centralAuthority.contacts[0].value: got "requests-at-example.org" (expected an email address)',
        'content/countries/is.mdx:77 body: unknown source id "nope" in <Cite> (expected one of: guide, old-guide)',
        'content/instruments/test-convention.mdx:5 kind: got "treaty" (expected one of: "multilateral", "regional", "bilateral", "eu-law", "scheme", "agreement")',
        'content/modules/fixture-module.mdx:15 body: unknown glossary term "no-term" (expected one of: test-term)',
      ]),
    );
    expect(problems.some((line) => /^content\/glossary\/test-term\.mdx:\d+ YAML syntax error/.test(line))).toBe(true);
  });

  it('names misspelled fields with a hint', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', 'lastVerified:', 'lastVerifed:');
    const run = await check(root);
    expect(run.code).toBe(1);
    expect(run.lines).toContainEqual(expect.stringMatching(/^content\/countries\/is\.mdx:7 lastVerifed: unknown field \(did you mean "lastVerified"\?\) \(expected one of: /));
    expect(run.lines).toContainEqual('content/countries/is.mdx:1 lastVerified: missing (expected a date written YYYY-MM-DD: Date the entry was last checked against its sources; null until it has been)');
  });

  it('reports paths relative to MLAT_ROOT when MLAT_CONTENT_DIR points elsewhere', async () => {
    const root = fixtureRoot('data');
    edit(root, 'data/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
    const run = await check(root, [], { MLAT_CONTENT_DIR: join(root, 'data') });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([REGION_ERROR.replace('content/', 'data/'), MT_UNVERIFIED.replace('content/', 'data/'), '1 error, 1 warning in 5 files']);
  });
});

describe('--json', () => {
  it('prints valid JSON with errors, warnings, files and every problem, and nothing else', async () => {
    const run = await check(brokenRoot(), ['--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      errors: number;
      warnings: number;
      files: number;
      problems: { file: string; line?: number; field?: string; message: string; expected?: string; rule: string; severity: string }[];
    };
    expect(report.files).toBe(5);
    expect(report.warnings).toBe(1);
    expect(report.errors).toBe(report.problems.filter((p) => p.severity === 'error').length);
    expect(report.errors).toBeGreaterThanOrEqual(6);
    expect(report.problems).toContainEqual({
      file: 'content/countries/is.mdx',
      line: 6,
      field: 'region',
      message: 'got "Atlantis"',
      expected: 'one of Africa, Americas, Asia, Europe, Oceania',
      severity: 'error',
      rule: 'schema',
    });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: 'content/modules/fixture-module.mdx', line: 15, field: 'body', rule: 'mdx-components', severity: 'error' }),
    );
  });

  it('reports warnings with their severity, and exit code 0 when there is no error', async () => {
    const run = await check(fixtureRoot(), ['--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ errors: 0, warnings: 1, files: 5 });
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'content/countries/mt.mdx', line: 6, field: 'lastVerified', rule: 'staleness', severity: 'warning' }),
    ]);
  });

  it('stays JSON under GitHub Actions (no workflow commands mixed in)', async () => {
    const run = await check(brokenRoot(), ['--json'], { GITHUB_ACTIONS: 'true' });
    expect(run.stdout).not.toMatch(/^::/m);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('GitHub Actions annotations', () => {
  it('prints ::error and ::warning workflow commands with file, line and title, then the text report', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
    const run = await check(root, [], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      '::error file=content/countries/is.mdx,line=6,title=schema%3A region::got "Atlantis" (expected one of Africa, Americas, Asia, Europe, Oceania)',
      '::warning file=content/countries/mt.mdx,line=6,title=staleness%3A lastVerified::entry has not been verified yet (expected the date you last checked every fact against its source)',
      REGION_ERROR,
      MT_UNVERIFIED,
      '1 error, 1 warning in 5 files',
    ]);
  });

  it('escapes commas, colons and percent signs in titles', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Europe\n"odd,key: 100%": 1');
    const run = await check(root, [], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(1);
    const annotation = run.lines.find((l) => l.startsWith('::error '));
    expect(annotation).toMatch(/^::error file=content\/countries\/is\.mdx,line=7,title=schema%3A odd%2Ckey%3A 100%25::unknown field \(expected one of: code, name, /);
    // The properties part (between "::error " and the next "::") holds exactly two commas: file=,line=,title=.
    const properties = annotation!.slice('::error '.length, annotation!.indexOf('::', 2));
    expect(properties.split(',')).toHaveLength(3);
  });

  it('escapes newlines in messages so each annotation stays on one line', () => {
    const line = formatGithub([{ file: 'content/countries/mt.mdx', line: 4, field: 'name', message: 'first line\nsecond line', expected: 'one line', severity: 'error', rule: 'schema' }]);
    expect(line).toBe('::error file=content/countries/mt.mdx,line=4,title=schema%3A name::first line%0Asecond line (expected one line)');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('a name written on two lines is rejected', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', 'name: Fixtureland', 'name: "Fixture\\nland"');
    const run = await check(root, []);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/is\.mdx:\d+ name: got "Fixture\\nland" \(expected a name on one line\)/);
  });

  it('prints no workflow commands outside GitHub Actions', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
    for (const env of [{}, { GITHUB_ACTIONS: 'false' }]) {
      const run = await check(root, [], env);
      expect(run.stdout).not.toMatch(/^::/m);
    }
  });
});

describe('--errors-only', () => {
  it('hides warnings but keeps errors and the exit code', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
    const run = await check(root, ['--errors-only']);
    expect(run.code).toBe(1);
    expect(run.lines.slice(0, -1)).toEqual([REGION_ERROR]);
    expect(run.stdout).not.toMatch(/warning:/);
  });

  it('prints no problem line on a tree with warnings only, and exits 0', async () => {
    const run = await check(fixtureRoot(), ['--errors-only']);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(SUMMARY_LINE);
  });

  it('applies to --json and to annotations', async () => {
    const json = JSON.parse((await check(fixtureRoot(), ['--json', '--errors-only'])).stdout);
    expect(json.problems).toEqual([]);
    const github = await check(fixtureRoot(), ['--errors-only'], { GITHUB_ACTIONS: 'true' });
    expect(github.stdout).not.toMatch(/^::warning/m);
  });
});

describe('file arguments', () => {
  it('restrict the output, summary and exit code to those files', async () => {
    const root = brokenRoot();
    const mt = await check(root, ['content/countries/mt.mdx']);
    expect(mt.code).toBe(0);
    expect(mt.lines).toEqual([MT_UNVERIFIED, '0 errors, 1 warning in 1 file']);

    const two = await check(root, ['content/countries/is.mdx', './content/instruments/test-convention.mdx']);
    expect(two.code).toBe(1);
    const files = new Set(two.lines.slice(0, -1).map((l) => l.split(':')[0]));
    expect([...files]).toEqual(['content/countries/is.mdx', 'content/instruments/test-convention.mdx']);
    expect(two.lines.at(-1)).toMatch(/ in 2 files$/);
  });

  it('still resolve references against the whole tree', async () => {
    // is.mdx links to the test convention and the glossary term; checking it alone must not report them missing.
    const run = await check(fixtureRoot(), ['content/countries/is.mdx']);
    expect(run.code).toBe(0);
    expect(run.lines).toEqual(['0 errors, 0 warnings in 1 file']);
  });

  it('accept absolute paths', async () => {
    const root = fixtureRoot();
    edit(root, 'content/countries/is.mdx', /^region: Europe$/m, 'region: Atlantis');
    const run = await check(root, [join(root, 'content', 'countries', 'is.mdx')]);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([REGION_ERROR, '1 error, 0 warnings in 1 file']);
  });
});
