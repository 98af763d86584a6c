/** Builds a content tree into a temporary folder (for tests that need their own site). */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './dist.ts';

export async function buildSite(contentDir: string, outDir: string, cacheDir: string, extraEnv: Record<string, string> = {}): Promise<{ ok: boolean; output: string }> {
  return promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, MLAT_CONTENT_DIR: contentDir, MLAT_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', MLAT_BUILD_ID: '', MLAT_BUILD_TIME: '', ...extraEnv },
    maxBuffer: 32 * 1024 * 1024,
  }).then(
    (r) => ({ ok: true, output: r.stdout + r.stderr }),
    (e: { stdout: string; stderr: string }) => ({ ok: false, output: `${e.stdout}\n${e.stderr}` }),
  );
}
