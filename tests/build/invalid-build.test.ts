/** Issue 2 "Bad input": an invalid entry stops the build with file, field and expectation; nothing is published. */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
