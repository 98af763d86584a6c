/** Builds in-memory content trees for checker tests: a valid base tree plus one change. */
import { parseContentFile } from '../../src/lib/check/load.ts';
import { checkFiles } from '../../src/lib/check/index.ts';
import type { CollectionName } from '../../src/lib/contract/collections.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const TODAY = '2026-11-27';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface TreeFile {
  collection: CollectionName;
  id: string;
  source: string;
}

const DIRS: Record<CollectionName, string> = { countries: 'countries', instruments: 'instruments', modules: 'modules', glossary: 'glossary', groups: 'groups' };

/** The valid fixture tree in tests/fixtures/content. */
export function validTree(): TreeFile[] {
  const files: TreeFile[] = [];
  for (const [collection, dir] of Object.entries(DIRS) as [CollectionName, string][]) {
    const folder = join(FIXTURES, 'content', dir);
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.mdx'))) {
      files.push({ collection, id: name.replace(/\.mdx$/, ''), source: readFileSync(join(folder, name), 'utf8') });
    }
  }
  return files;
}

/** Replaces (or adds) files in the tree. */
export function withFile(tree: TreeFile[], ...files: TreeFile[]): TreeFile[] {
  return files.reduce((t, file) => [...t.filter((f) => !(f.collection === file.collection && f.id === file.id)), file], tree);
}

export function check(tree: TreeFile[], today = TODAY) {
  const files = tree.map((f) => parseContentFile(f.collection, `content/${DIRS[f.collection]}/${f.id}.mdx`, f.source));
  return checkFiles(files, today);
}

export function errors(tree: TreeFile[]) {
  return check(tree).problems.filter((p) => p.severity === 'error');
}

/** The valid country fixture with one text substitution. */
export function countryWith(search: string | RegExp, replace: string, id = 'is'): TreeFile {
  const source = fixture(`content/countries/${id}.mdx`);
  const changed = source.replace(search, replace);
  if (changed === source) throw new Error(`fixture substitution did not apply: ${String(search)}`);
  return { collection: 'countries', id, source: changed };
}
