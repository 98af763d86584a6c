/**
 * The one list of content files. The checker reads exactly these files, and the build's
 * loaders (src/content.config.ts) load only those of them the checker accepts, so the two
 * can never disagree on what content is. Anything else found in content/ is an error that
 * names it: a file the loaders would skip is a file nobody reviewed.
 */
import { lstatSync, readdirSync, readlinkSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../contract/collections.ts';
import type { Problem } from './types.ts';

/** An entry file name: its key (lower-case letters, digits, single hyphens) and the collection's extension. */
export const ENTRY_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

export interface ListedFile {
  collection: CollectionName;
  /** Entry id: the file name without extension. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Project-relative path with forward slashes, as problems name it. */
  file: string;
}

export interface Listing {
  files: ListedFile[];
  problems: Problem[];
}

const rel = (rootDir: string, path: string) => relative(rootDir, path).split('\\').join('/');

function problem(file: string, message: string, expected: string): Problem {
  return { file, line: 1, message, expected, severity: 'error', rule: 'file-name' };
}

function entries(folder: string): Dirent[] | null {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return null;
  }
}

/** Why a name in a collection folder is not an entry, or null when it is one. */
export function nameProblem(name: string, ext: string): string | null {
  if (ENTRY_FILE_NAME.test(name) && name.endsWith(ext)) return null;
  if (name.startsWith('_')) return `file name "${name}" starts with "_"`;
  if (name.startsWith('.')) return `hidden file "${name}"`;
  if (!name.endsWith(ext)) return `"${name}" is not a ${ext} file`;
  return `file name "${name}" is not an entry key`;
}

/**
 * Every entry file of every collection under `contentDir`, and a problem for everything
 * else there: symbolic links (also dangling ones), folders inside a collection folder, names
 * that are not entry keys (including `_` and `.` names), and items outside the collection folders.
 */
export function listContentFiles(rootDir: string, contentDir = join(rootDir, 'content')): Listing {
  const files: ListedFile[] = [];
  const problems: Problem[] = [];
  const collectionDirs = new Map<string, { collection: CollectionName; ext: string }>(
    (Object.entries(COLLECTIONS) as [CollectionName, { dir: string; ext: string }][]).map(([collection, { dir, ext }]) => [dir, { collection, ext }]),
  );
  const top = entries(contentDir) ?? [];
  for (const item of top) {
    const full = join(contentDir, item.name);
    const target = collectionDirs.get(item.name);
    if (item.isSymbolicLink()) {
      problems.push(problem(rel(rootDir, full), `symbolic link in content/ (points to ${readlinkSafe(full)})`, 'plain files and folders only; copy the file instead of linking it'));
    } else if (!target || !item.isDirectory()) {
      problems.push(
        problem(rel(rootDir, full), `"${item.name}" is not a collection folder`, `content/ holds only the folders ${[...collectionDirs.keys()].join(', ')}`),
      );
    }
  }
  for (const [dir, { collection, ext }] of collectionDirs) {
    const folder = join(contentDir, dir);
    if (top.some((d) => d.name === dir && !d.isDirectory())) continue; // reported above
    for (const item of entries(folder) ?? []) {
      const full = join(folder, item.name);
      const file = rel(rootDir, full);
      if (item.isSymbolicLink()) {
        problems.push(problem(file, `symbolic link (points to ${readlinkSafe(full)}): the build would load a file nobody reviewed here`, 'a plain file; copy the content instead of linking it'));
        continue;
      }
      if (item.isDirectory()) {
        problems.push(problem(file, `folder inside content/${dir}/: entries are never loaded from sub-folders`, `one file per entry directly in content/${dir}/`));
        continue;
      }
      if (!item.isFile()) {
        problems.push(problem(file, `"${item.name}" is not a regular file`, `a ${ext} file`));
        continue;
      }
      const why = nameProblem(item.name, ext);
      if (why) {
        problems.push(problem(file, `${why}: every file in content/${dir}/ must be an entry`, `<key>${ext}, the key in lower-case letters, digits and single hyphens (rename it, or remove it)`));
        continue;
      }
      files.push({ collection, id: item.name.slice(0, -ext.length), path: full, file });
    }
  }
  return { files, problems };
}

function readlinkSafe(path: string): string {
  try {
    return JSON.stringify(readlinkSync(path));
  } catch {
    return 'an unreadable target';
  }
}

/** A cheap fingerprint of the listed files (path, size, modification time), to tell when a check result is stale. */
export function fingerprint(files: readonly ListedFile[]): string {
  return files
    .map((f) => {
      try {
        const s = lstatSync(f.path);
        return `${f.file}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${f.file}:missing`;
      }
    })
    .join('\n');
}
