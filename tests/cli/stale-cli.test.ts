/**
 * `npm run stale` lists country entries from the least recently verified, never-verified
 * first. It runs scripts/stale.ts on a temporary copy of the fixture tree with extra countries,
 * and BUILD_DATE as a fixed "today".
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, TODAY } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/dist.ts';

let root = '';

/** A country like the minimal fixture (mt.mdx), with its own code, name and verification date. */
function addCountry(code: string, name: string, lastVerified: string | null): void {
  const source = readFileSync(join(FIXTURES, 'content', 'countries', 'mt.mdx'), 'utf8')
    .replace('code: mt', `code: ${code}`)
    .replace('name: Minimaland', `name: ${name}`)
    .replace('lastVerified: null', `lastVerified: ${lastVerified ? `"${lastVerified}"` : 'null'}`);
  writeFileSync(join(root, 'content', 'countries', `${code}.mdx`), source);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlat-stale-cli-'));
  cpSync(join(FIXTURES, 'content'), join(root, 'content'), { recursive: true });
  // Fixtures already there: is.mdx "Fixtureland" verified 2026-06-01, mt.mdx "Minimaland" never verified.
  addCountry('ad', 'Zedland', null);
  addCountry('ba', 'Betaland', null);
  addCountry('de', 'Oldland', '2024-01-15');
  addCountry('ee', 'Yearland', '2025-11-27');
  addCountry('fi', 'Freshland', TODAY);
  addCountry('fr', 'Tieland', '2026-06-01');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function stale(args: string[] = [], today = TODAY) {
  const env: Record<string, string | undefined> = { ...process.env, MLAT_ROOT: root, BUILD_DATE: today };
  delete env['MLAT_CONTENT_DIR'];
  const result = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'stale.ts'), ...args], { cwd: ROOT, env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const all = result.stdout.split('\n').filter(Boolean);
  // The report ends with two summary lines: verification, then the first five questions.
  return { ...result, lines: all.slice(0, -1), answersLine: all.at(-1) ?? '' };
}

/** A report line without its "n/5 answered (open: …)" part. */
const withoutAnswers = (line: string) => line.replace(/ +/g, ' ').replace(/ \d\/5 answered(?: \(open: [^)]*\))?/, '');

/** The entry file named at the end of each report line. */
const filesOf = (lines: string[]) => lines.map((l) => l.trim().split(/\s+/).at(-1));

interface Entry {
  file: string;
  name: string;
  lastVerified: string | null;
  state: 'unverified' | 'fresh' | 'stale';
  months: number | null;
}

describe('text report', () => {
  it('lists never-verified entries first, then the oldest verification first, and ends with a count', async () => {
    const run = await stale();
    expect(run.code).toBe(0);
    const rows = run.lines.slice(0, -1);
    expect(rows).toHaveLength(8);
    expect(new Set(filesOf(rows.slice(0, 3)))).toEqual(new Set(['content/countries/ad.mdx', 'content/countries/ba.mdx', 'content/countries/mt.mdx']));
    expect(filesOf(rows.slice(3))).toEqual([
      'content/countries/de.mdx', // 2024-01-15
      'content/countries/ee.mdx', // 2025-11-27: exactly 12 months, stale
      'content/countries/is.mdx', // 2026-06-01, Fixtureland
      'content/countries/fr.mdx', // 2026-06-01, Tieland: same age, so by name
      'content/countries/fi.mdx', // today
    ]);
    expect(run.lines.at(-1)).toBe('8 entries; 5 stale or unverified (stale after 12 months)');
  });

  it('shows the date, the age and a flag on each line', async () => {
    const rows = (await stale()).lines.map(withoutAnswers);
    expect(rows).toContain('Zedland never verified UNVERIFIED content/countries/ad.mdx');
    expect(rows).toContain('Oldland 2024-01-15 2 years ago STALE content/countries/de.mdx');
    expect(rows).toContain('Yearland 2025-11-27 12 months ago STALE content/countries/ee.mdx');
    expect(rows).toContain('Fixtureland 2026-06-01 5 months ago content/countries/is.mdx');
    expect(rows).toContain(`Freshland ${TODAY} this month content/countries/fi.mdx`);
  });

  it('sorts never-verified entries by name', async () => {
    const rows = (await stale()).lines.slice(0, 3);
    expect(filesOf(rows)).toEqual(['content/countries/ba.mdx', 'content/countries/mt.mdx', 'content/countries/ad.mdx']);
  });

  it('takes "today" from BUILD_DATE', async () => {
    // One year and a day later, every dated entry but the freshest is stale.
    const run = await stale([], '2027-06-02');
    expect(run.lines.map(withoutAnswers)).toContain('Fixtureland 2026-06-01 12 months ago STALE content/countries/is.mdx');
    expect(run.lines.at(-1)).toBe('8 entries; 7 stale or unverified (stale after 12 months)');
  });
});

describe('the first five questions', () => {
  it('gives each entry the number it answers and names the open ones, then the totals', async () => {
    const run = await stale();
    const line = (code: string) => run.lines.find((l) => l.endsWith(`content/countries/${code}.mdx`))!.replace(/ +/g, ' ');
    // The minimal entry answers nothing; Fixtureland answers where it has contacts, languages and safeguards.
    expect(line('mt')).toContain(' 0/5 answered (open: send-to, languages, channels, safeguards, preservation) ');
    expect(line('is')).toMatch(/ [1-5]\/5 answered/);
    expect(run.answersLine).toMatch(/^\d+ of 8 answer all five first questions: send-to \d+, languages \d+, channels \d+, safeguards \d+, preservation \d+$/);
  });

  it('--json carries the state of each answer', async () => {
    const report = JSON.parse((await stale(['--json'])).stdout) as { entries: (Entry & { firstAnswers: Record<string, string> })[] };
    const mt = report.entries.find((e) => e.file === 'content/countries/mt.mdx')!;
    expect(mt.firstAnswers).toEqual({ 'send-to': 'gap', languages: 'gap', channels: 'gap', safeguards: 'gap', preservation: 'gap' });
  });
});

describe('--json', () => {
  it('prints today, the threshold and every entry in report order', async () => {
    const run = await stale(['--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { today: string; staleAfterMonths: number; entries: (Entry & { firstAnswers: unknown })[] };
    expect(report.today).toBe(TODAY);
    expect(report.staleAfterMonths).toBe(12);
    expect(report.entries).toHaveLength(8);
    expect(report.entries.slice(0, 3).every((e) => e.state === 'unverified' && e.months === null && e.lastVerified === null)).toBe(true);
    expect(report.entries.slice(3).map(({ firstAnswers: _, ...e }) => e)).toEqual([
      { file: 'content/countries/de.mdx', name: 'Oldland', lastVerified: '2024-01-15', state: 'stale', months: 34 },
      { file: 'content/countries/ee.mdx', name: 'Yearland', lastVerified: '2025-11-27', state: 'stale', months: 12 },
      { file: 'content/countries/is.mdx', name: 'Fixtureland', lastVerified: '2026-06-01', state: 'fresh', months: 5 },
      { file: 'content/countries/fr.mdx', name: 'Tieland', lastVerified: '2026-06-01', state: 'fresh', months: 5 },
      { file: 'content/countries/fi.mdx', name: 'Freshland', lastVerified: TODAY, state: 'fresh', months: 0 },
    ]);
  });
});

describe('--older-than', () => {
  it('keeps never-verified entries and those verified at least that many months ago', async () => {
    const six = await stale(['--older-than', '6', '--json']);
    const files = (JSON.parse(six.stdout) as { entries: Entry[] }).entries.map((e) => e.file);
    expect(files).toHaveLength(5);
    expect(files.slice(3)).toEqual(['content/countries/de.mdx', 'content/countries/ee.mdx']);

    const five = await stale(['--older-than', '5']);
    expect(filesOf(five.lines.slice(0, -1)).slice(3)).toEqual([
      'content/countries/de.mdx',
      'content/countries/ee.mdx',
      'content/countries/is.mdx',
      'content/countries/fr.mdx',
    ]);
    expect(five.lines.at(-1)).toBe('7 entries; 5 stale or unverified (stale after 12 months)');
  });

  it.each([[['--older-than', 'soon']], [['--older-than']]])('refuses %j with exit code 2 and a message', async (args) => {
    const run = await stale(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--older-than takes a number of months/);
    expect(run.stdout).toBe('');
  });
});
