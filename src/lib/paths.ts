/**
 * Where content is read from. MLAT_CONTENT_DIR points the build at another tree
 * (test fixtures, the benchmark's synthetic content); by default it is ./content.
 */
import { resolve } from 'node:path';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['MLAT_CONTENT_DIR'] ?? 'content');
}
