/** Bad input stops the build with file, field and expectation; nothing is published, and nothing unchecked is compiled. */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES, fixture } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'mlat-invalid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('building an invalid content tree', () => {
  it('fails, lists the file, field and expected value, and writes no pages', async () => {
    const content = join(work, 'content');
    cpSync(join(FIXTURES, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'countries', 'is.mdx'), fixture('content/countries/is.mdx').replace('requests@example.org', 'requests-at-example'));
    const outDir = join(work, 'dist');
    const result = await buildSite(content, outDir, join(work, 'cache'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/countries\/is\.mdx:\d+ centralAuthority\.contacts\[0\]\.value: got "requests-at-example" \(expected an email address\)/);
    expect(existsSync(join(outDir, 'countries'))).toBe(false);
  }, 120_000);
});

describe('files the checker does not list as entries', () => {
  it('stop the build before any MDX is compiled: an _-prefixed file, a dot file and symbolic links', async () => {
    const root = join(work, 'unlisted');
    const content = join(root, 'content');
    cpSync(join(FIXTURES, 'content'), content, { recursive: true });
    const marker = join(root, 'code-ran');
    // If the build ever compiled and ran this file, the marker would appear.
    const payload = (code: string) =>
      `---\ncode: ${code}\nname: Evil\nregion: Europe\nlastVerified: null\ncentralAuthority: null\n---\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')\n\nText.\n`;
    writeFileSync(join(content, 'countries', '_lu.mdx'), payload('lu'));
    writeFileSync(join(content, 'countries', '.lv.mdx'), payload('lv'));
    writeFileSync(join(root, 'outside.mdx'), payload('lt'));
    symlinkSync(join(root, 'outside.mdx'), join(content, 'countries', 'lt.mdx'));
    symlinkSync(join(root, 'missing.mdx'), join(content, 'countries', 'ee.mdx'));
    const outDir = join(root, 'dist');
    const result = await buildSite(content, outDir, join(root, 'cache'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/countries\/_lu\.mdx:1 file name "_lu\.mdx" starts with "_"/);
    expect(result.output).toMatch(/countries\/\.lv\.mdx:1 hidden file/);
    expect(result.output).toMatch(/countries\/lt\.mdx:1 symbolic link/);
    expect(result.output).toMatch(/countries\/ee\.mdx:1 symbolic link/);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(outDir, 'countries'))).toBe(false);
  }, 120_000);
});
