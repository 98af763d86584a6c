/** File-system helpers for the benchmark: sizes of built folders, writing generated trees. */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FolderSize {
  bytes: number;
  files: number;
  /** Files whose name ends in .html. */
  htmlFiles: number;
}

export function folderSize(dir: string): FolderSize {
  const total: FolderSize = { bytes: 0, files: 0, htmlFiles: 0 };
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        total.bytes += statSync(full).size;
        total.files++;
        if (entry.name.endsWith('.html')) total.htmlFiles++;
      }
    }
  };
  walk(dir);
  return total;
}

export interface PagefindSize {
  /** Everything in dist/pagefind, including Pagefind's bundled UIs that a site may not use. */
  bytes: number;
  files: number;
  /** The index proper: word index chunks, fragments, filters and metadata. */
  dataBytes: number;
}

export function pagefindSize(dir: string): PagefindSize {
  const all = folderSize(dir);
  let dataBytes = 0;
  for (const sub of ['index', 'fragment', 'filter']) {
    if (existsSync(join(dir, sub))) dataBytes += folderSize(join(dir, sub)).bytes;
  }
  for (const name of readdirSync(dir)) if (name.endsWith('.pf_meta')) dataBytes += statSync(join(dir, name)).size;
  return { bytes: all.bytes, files: all.files, dataBytes };
}

/** Writes `files` (paths relative to `root`) under `root`, creating folders as needed. */
export function writeTree(root: string, files: Iterable<{ path: string; source: string }>): void {
  for (const file of files) {
    const full = join(root, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.source);
  }
}

/** Content types a web server compresses; everything else is counted as served. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(javascript|json|xml|manifest\+json|wasm)|image\/svg\+xml)/.test(contentType);
}

/** Bytes on the wire for a body: gzip (level 6, the usual server default) when the type is compressible. */
export function wireBytes(body: Uint8Array, contentType: string): number {
  return isCompressible(contentType) ? gzipSync(body, { level: 6 }).length : body.length;
}
