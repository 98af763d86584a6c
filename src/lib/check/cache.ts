/**
 * A cache of the per-file work of the checker, keyed by content hash: the frontmatter as
 * both YAML parsers read it (with the line of every field), the schema's verdict and the
 * MDX tree. Each of these is a pure function of the file's collection, path and text and of
 * the checker's code, so a file whose hash is in the cache is not parsed again. Rules still
 * run on every file each time (they are cheap, and the tree rules depend on other files).
 *
 * Sound by construction: the cache file is named by the content folder and discarded when
 * its code fingerprint (every source file of src/lib, the lockfile, the Node version and
 * the format below) differs; a file that could not be read is never cached; a value that
 * does not survive a JSON round trip exactly is never cached; an unreadable cache file is
 * ignored. `npm run check -- --no-cache` and MLAT_CHECK_CACHE=0 turn it off.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { ParseResult } from './mdx.ts';
import type { Problem } from './types.ts';

/** Bump when the shape of a cached record changes. */
const FORMAT = 2;

export interface Validation {
  problems: Problem[];
  data?: unknown;
}

/** What the checker keeps of a file it read without a parse error. */
export interface CachedFile {
  data: unknown;
  validation: Validation;
  mdx: ParseResult;
}

/** The cache key of a file: its collection, project-relative path and text. */
export function fileKey(collection: string, file: string, text: string): string {
  return createHash('sha256').update(`${collection}\0${file}\0`).update(text).digest('base64url');
}

const LIB = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|mjs|js|json)$/.test(name)) out.push(path);
  }
  return out;
}

/** Fingerprint of the code whose output is cached: src/lib, the lockfile (parser and schema library versions), Node. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\0node ${process.version}\0`);
  for (const path of sourceFiles(LIB)) hash.update(path.slice(LIB.length)).update('\0').update(readFileSync(path)).update('\0');
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('base64url');
}

/** True when `value` reads back from JSON as exactly the same value. */
export function jsonExact(value: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
  } catch {
    return false;
  }
}

export interface CheckCache {
  get(key: string): CachedFile | undefined;
  /** Records a file read in this run; only JSON-exact records are kept. */
  put(key: string, record: CachedFile): void;
  /** Writes the records of this run (and only those) if anything changed. */
  save(): void;
  readonly stats: { hits: number; misses: number };
}

interface CacheFile {
  fingerprint: string;
  files: Record<string, CachedFile>;
}

/** The cache of one content folder, in `dir` (node_modules/.cache/mlat-check by default). */
export function openCache(root: string, contentDir: string, dir = join(root, 'node_modules', '.cache', 'mlat-check')): CheckCache | undefined {
  let fingerprint: string;
  try {
    fingerprint = codeFingerprint(root);
  } catch {
    // The checker's own sources are not where they should be (a bundled copy): no cache.
    return undefined;
  }
  const path = join(dir, `${createHash('sha256').update(contentDir).digest('hex').slice(0, 16)}.json`);
  let stored: Record<string, CachedFile> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (parsed && parsed.fingerprint === fingerprint && parsed.files && typeof parsed.files === 'object') stored = parsed.files;
  } catch {
    // Missing or unreadable: start empty.
  }
  const used: Record<string, CachedFile> = {};
  let changed = false;
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(key) {
      const hit = Object.hasOwn(stored, key) ? stored[key] : undefined;
      if (hit) {
        stats.hits++;
        used[key] = hit;
      } else stats.misses++;
      return hit;
    },
    put(key, record) {
      if (!jsonExact(record)) return;
      used[key] = record;
      changed = true;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ fingerprint, files: used } satisfies CacheFile));
        renameSync(tmp, path);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

/** Whether the cache is on: not when MLAT_CHECK_CACHE=0. */
export const cacheEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => env['MLAT_CHECK_CACHE'] !== '0';
