/**
 * Reads content files into ContentFile records: decoded strictly, split and parsed the way
 * the build does it (or refused), with line information for every frontmatter path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../contract/collections.ts';
import { decodeContent } from './decode.ts';
import { listContentFiles } from './files.ts';
import { parseFrontmatter, splitFrontmatter, type Located } from './frontmatter.ts';
import type { ContentFile, Problem } from './types.ts';

/**
 * One content file. `source` is the file's bytes (or its text, for tests). A file that
 * cannot be read as the build reads it gets `parseError`, and nothing of it is validated.
 */
export function parseContentFile(collection: CollectionName, file: string, source: string | Uint8Array): ContentFile {
  const id = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const base = { collection, id, file, lineOf: () => 1, body: '', bodyLine: 1, data: {} as unknown };
  const decoded = typeof source === 'string' ? decodeContent(new TextEncoder().encode(source)) : decodeContent(source);
  if ('problem' in decoded) return { ...base, source: '', parseError: [decoded.problem] };
  const text = decoded.text;
  const split = splitFrontmatter(text);
  if ('problem' in split) return { ...base, source: text, parseError: [split.problem] };
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(split.raw);
  } catch (err) {
    // A parser failure is a problem in the file, never a crash of the checker.
    parsed = { data: {}, lineOf: () => 1, problems: [{ line: 1, message: `could not read the frontmatter: ${String((err as Error)?.message ?? err).split('\n')[0]}` }] };
  }
  return {
    ...base,
    source: text,
    data: parsed.data,
    lineOf: parsed.lineOf,
    // The MDX source exactly as the build compiles it: frontmatter blanked, lines unchanged.
    body: split.content,
    bodyLine: 1,
    ...(parsed.problems.length ? { parseError: parsed.problems } : {}),
  };
}

export interface LoadResult {
  files: ContentFile[];
  problems: Problem[];
}

/** Every content file under `contentDir` (exactly the files the build may load), with paths relative to `rootDir`. */
export function loadContent(rootDir: string, contentDir = join(rootDir, 'content')): LoadResult {
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
    files.push(parseContentFile(entry.collection, entry.file, bytes));
  }
  return { files, problems };
}

export type { Located };
