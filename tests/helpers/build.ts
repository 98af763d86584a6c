/** Builds a content tree into a temporary folder (for tests that need their own site). */
import { execFile } from 'node:child_process';
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './dist.ts';

/**
 * Astro writes prerender chunks under the project's .astro/ folder whatever the outDir, so
 * two test builds at once would delete each other's: a directory lock runs them one by one.
 */
async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'mlat-test-build.lock');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a crashed test run is stale after five minutes (a test build takes seconds).
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmdirSync(lock);
      } catch {
        /* taken or released meanwhile */
      }
      if (waited > 600_000) throw new Error(`test build lock ${lock} held for 10 minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await run();
  } finally {
    rmdirSync(lock);
  }
}

export async function buildSite(contentDir: string, outDir: string, cacheDir: string, extraEnv: Record<string, string> = {}): Promise<{ ok: boolean; output: string }> {
  return withBuildLock(() => buildUnlocked(contentDir, outDir, cacheDir, extraEnv));
}

function buildUnlocked(contentDir: string, outDir: string, cacheDir: string, extraEnv: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  return promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, MLAT_CONTENT_DIR: contentDir, MLAT_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', MLAT_BUILD_ID: '', MLAT_BUILD_TIME: '',
      // Fixture trees test content and build behaviour, which do not depend on the language: English only.
      MLAT_LOCALES: 'en',
      ...extraEnv },
    maxBuffer: 32 * 1024 * 1024,
  }).then(
    (r) => ({ ok: true, output: r.stdout + r.stderr }),
    (e: { stdout: string; stderr: string }) => ({ ok: false, output: `${e.stdout}\n${e.stderr}` }),
  );
}
