/** Reads content/ into ContentFile records with line information for every frontmatter path. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../contract.ts';
import type { PathSegment } from '../citations.ts';
import type { ContentFile, Problem } from './types.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export function parseContentFile(collection: CollectionName, file: string, source: string): ContentFile {
  const id = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const match = FRONTMATTER.exec(source);
  const yamlText = match?.[1] ?? '';
  const body = match ? source.slice(match[0].length) : source;
  const bodyLine = match ? match[0].split('\n').length : 1;
  const lineCounter = new LineCounter();
  // No timestamp tag: js-yaml (Astro's parser) rolls an unquoted 2026-13-01 over into 2027-01-01;
  // keeping dates as text lets the schema reject impossible dates before Astro sees them.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (path: PathSegment[]): number => {
    for (let n = path.length; n >= 1; n--) {
      const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        // For a key with a map or list value, point at the key's line rather than the first child.
        const start = isMap(node) || isSeq(node) ? keyLine(doc.contents, path.slice(0, n)) ?? node.range[0] : node.range[0];
        return lineCounter.linePos(start).line + 1; // +1: the opening --- line
      }
    }
    return 1;
  };
  let parseError: ContentFile['parseError'];
  if (!match) {
    parseError = { line: 1, message: 'expected frontmatter between --- lines at the top of the file' };
  } else if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    parseError = { line: lineCounter.linePos(err.pos[0]).line + 1, message: `YAML syntax error: ${err.message.split('\n')[0]}` };
  }
  let data: unknown = {};
  if (!parseError) {
    data = doc.toJS() ?? {};
  }
  return { collection, id, file, source, data, lineOf, body, bodyLine, ...(parseError ? { parseError } : {}) };
}

function keyLine(contents: unknown, path: PathSegment[]): number | undefined {
  if (path.length === 0) return undefined;
  let node: unknown = contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) return undefined;
      if (i === path.length - 1) return (pair.key as { range?: [number, number, number] }).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else return undefined;
  }
  return undefined;
}

export interface LoadResult {
  files: ContentFile[];
  problems: Problem[];
}

/** Every content file under `contentDir`, with paths relative to `rootDir`. */
export function loadContent(rootDir: string, contentDir = join(rootDir, 'content')): LoadResult {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const [collection, { dir, ext }] of Object.entries(COLLECTIONS) as [CollectionName, { dir: string; ext: string }][]) {
    const folder = join(contentDir, dir);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue; // an absent collection folder is an empty collection
    }
    for (const name of names) {
      const full = join(folder, name);
      const rel = relative(rootDir, full).split('\\').join('/');
      if (name.startsWith('.') || name.startsWith('_') || statSync(full).isDirectory()) continue;
      if (!name.endsWith(ext)) {
        problems.push({
          file: rel,
          line: 1,
          message: `file is not part of the ${collection} collection (expected a ${ext} file)`,
          severity: 'error',
          rule: 'file-name',
        });
        continue;
      }
      files.push(parseContentFile(collection, rel, readFileSync(full, 'utf8')));
    }
  }
  return { files, problems };
}
