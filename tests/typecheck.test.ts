/** Type checking is part of the test suite: astro check covers .astro, .ts and the tests themselves. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/dist.ts';

it('astro check reports no type errors', async () => {
  const result = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'astro'), ['check'], {
    cwd: ROOT,
    // The fixture tree keeps type checking independent of content being edited (content has its own tests).
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MLAT_CONTENT_DIR: join(ROOT, 'tests', 'fixtures', 'content'), MLAT_CACHE_DIR: join(ROOT, 'node_modules', '.astro-check') },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ ok: true, output: stdout }),
    (err: { stdout: string; stderr: string }) => ({ ok: false, output: `${err.stdout}\n${err.stderr}` }),
  );
  expect(result.ok, result.output).toBe(true);
  expect(result.output).toMatch(/- 0 errors/);
}, 180_000);
