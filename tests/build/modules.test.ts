/** Backlinks appear on referenced sections; a module shows when an entry changed after its review. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'mlat-modules-'));
const dist = join(work, 'dist');
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('modules built from the fixture tree', () => {
  beforeAll(async () => {
    cpSync(join(FIXTURES, 'content'), join(work, 'content'), { recursive: true });
    const built = await buildSite(join(work, 'content'), dist, join(work, 'cache'));
    expect(built.ok, built.output.slice(-3000)).toBe(true);
  }, 180_000);

  it('the module page lists its referenced entries with their last verification', () => {
    const doc = page('modules/fixture-module');
    const rows = doc.querySelectorAll('#referenced-entries + .table-wrap tbody tr').map((r) => r.text);
    expect(rows.some((r) => r.includes('Fixtureland') && r.includes('1 June 2026'))).toBe(true);
    expect(rows.some((r) => r.includes('Test Convention'))).toBe(true);
  });

  it('the module warns that Fixtureland was verified after the module was reviewed', () => {
    const notice = page('modules/fixture-module').querySelector('#stale-references');
    expect(notice?.text).toMatch(/Entries changed since this module was reviewed on 1 January 2026/);
    expect(notice?.text).toMatch(/Fixtureland \(verified 1 June 2026\)/);
  });

  it('the referenced country section and instrument show the module under "Used in training"', () => {
    const section = page('countries/is').querySelector('section[aria-labelledby="preservation"]');
    expect(section?.querySelector('.used-in-training a')?.getAttribute('href')).toBe('/modules/fixture-module/');
    const other = page('countries/is').querySelector('section[aria-labelledby="channels"]');
    expect(other?.querySelector('.used-in-training')).toBeNull();
    expect(page('instruments/test-convention').querySelector('.used-in-training a')?.text).toBe('Fixture module on preservation');
  });

  it('no notice when the module was reviewed after every change', async () => {
    const fresh = join(work, 'fresh');
    cpSync(join(work, 'content'), join(fresh, 'content'), { recursive: true });
    const file = join(fresh, 'content', 'modules', 'fixture-module.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reviewed: "2026-01-01"', 'reviewed: "2026-07-01"'));
    const built = await buildSite(join(fresh, 'content'), join(fresh, 'dist'), join(fresh, 'cache'));
    expect(built.ok, built.output.slice(-2000)).toBe(true);
    const doc = parse(readFileSync(join(fresh, 'dist', 'modules', 'fixture-module', 'index.html'), 'utf8'));
    expect(doc.querySelector('#stale-references')).toBeNull();
  }, 180_000);

  it('a module with a broken link stops the build, naming the file and the bad value', async () => {
    const broken = join(work, 'broken');
    cpSync(join(work, 'content'), join(broken, 'content'), { recursive: true });
    const file = join(broken, 'content', 'modules', 'fixture-module.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('section="preservation"', 'section="preservaton"'));
    const built = await buildSite(join(broken, 'content'), join(broken, 'dist'), join(broken, 'cache'));
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/modules\/fixture-module\.mdx:\d+ body: unknown section "preservaton"/);
  }, 180_000);
});
