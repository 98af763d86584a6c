/** Issue 2 "Bad input": an invalid entry stops the build with file, field and expectation; nothing is published. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { FIXTURES, fixture } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'mlat-invalid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('building an invalid content tree', () => {
  it('fails, lists the file, field and expected value, and writes no pages', async () => {
    const content = join(work, 'content');
    cpSync(join(FIXTURES, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'countries', 'is.mdx'), fixture('content/countries/is.mdx').replace('requests@example.org', 'requests-at-example'));
    const outDir = join(work, 'dist');
    const result = await run(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, MLAT_CONTENT_DIR: content, MLAT_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    }).then(
      () => ({ ok: true, output: '' }),
      (err: { stdout: string; stderr: string }) => ({ ok: false, output: `${err.stdout}\n${err.stderr}` }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/countries\/is\.mdx:\d+ centralAuthority\.contacts\[0\]\.value: got "requests-at-example" \(expected an email address\)/);
    expect(existsSync(join(outDir, 'countries'))).toBe(false);
  }, 120_000);
});
