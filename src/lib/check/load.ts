/**
 * Reads content files into ContentFile records: decoded strictly, split and parsed the way
 * the build does it (or refused), with line information for every frontmatter path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../contract/collections.ts';
import { decodeContent } from './decode.ts';
import { listContentFiles } from './files.ts';
import { lazyLineOf, parseFrontmatter, splitFrontmatter, type Located } from './frontmatter.ts';
import type { ContentFile, Problem } from './types.ts';
import { fileKey, type CachedFile, type CheckCache } from './cache.ts';
import { bodyTree, seedBodyTree } from './mdx.ts';
import { seedValidation, validateFile } from './rules/schema.ts';

/**
 * One content file. `source` is the file's bytes (or its text, for tests). A file that
 * cannot be read as the build reads it gets `parseError`, and nothing of it is validated.
 */
export function parseContentFile(collection: CollectionName, file: string, source: string | Uint8Array, cache?: FileCache): ContentFile {
  const id = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const base = { collection, id, file, lineOf: () => 1, body: '', bodyLine: 1, data: {} as unknown };
  const decoded = typeof source === 'string' ? decodeContent(new TextEncoder().encode(source)) : decodeContent(source);
  if ('problem' in decoded) return { ...base, source: '', parseError: [decoded.problem] };
  const text = decoded.text;
  const split = splitFrontmatter(text);
  if ('problem' in split) return { ...base, source: text, parseError: [split.problem] };
  const key = cache ? fileKey(collection, file, text) : '';
  const hit = cache?.get(key);
  if (hit) {
    const cached: ContentFile = { ...base, source: text, data: hit.data, lineOf: lazyLineOf(split.raw), body: split.content, bodyLine: 1 };
    seedValidation(cached, hit.validation);
    seedBodyTree(cached, hit.mdx);
    return cached;
  }
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(split.raw);
  } catch (err) {
    // A parser failure is a problem in the file, never a crash of the checker.
    parsed = { data: {}, lineOf: () => 1, problems: [{ line: 1, message: `could not read the frontmatter: ${String((err as Error)?.message ?? err).split('\n')[0]}` }] };
  }
  const read: ContentFile = {
    ...base,
    source: text,
    data: parsed.data,
    lineOf: parsed.lineOf,
    // The MDX source exactly as the build compiles it: frontmatter blanked, lines unchanged.
    body: split.content,
    bodyLine: 1,
    ...(parsed.problems.length ? { parseError: parsed.problems } : {}),
  };
  // Only files read without a problem are cached; their lines are read again from the text when a problem needs one.
  if (cache && !read.parseError) cache.pending.push({ key, file: read });
  return read;
}

/** The cache as the loader uses it: records of files read in this run are completed after the check. */
export interface FileCache {
  get(key: string): CachedFile | undefined;
  pending: { key: string; file: ContentFile }[];
}

/** Stores what the check computed for the files read in this run (their schema verdict and MDX tree). */
export function completeCache(fileCache: FileCache, cache: CheckCache): void {
  for (const { key, file } of fileCache.pending) cache.put(key, { data: file.data, validation: validateFile(file), mdx: bodyTree(file) });
  fileCache.pending = [];
  cache.save();
}

export interface LoadResult {
  files: ContentFile[];
  problems: Problem[];
}

/** Every content file under `contentDir` (exactly the files the build may load), with paths relative to `rootDir`. */
export function loadContent(rootDir: string, contentDir = join(rootDir, 'content'), cache?: FileCache): LoadResult {
  const listing = listContentFiles(rootDir, contentDir);
  const files: ContentFile[] = [];
  const problems = [...listing.problems];
  for (const entry of listing.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(entry.path);
    } catch (err) {
      problems.push({ file: entry.file, line: 1, message: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, severity: 'error', rule: 'frontmatter' });
      continue;
    }
    files.push(parseContentFile(entry.collection, entry.file, bytes, cache));
  }
  return { files, problems };
}

export type { Located };
