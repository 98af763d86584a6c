/**
 * References from MDX bodies to other entries (<Country>, <Instrument>, <Term>, <Module>):
 * what a module links to, and, inverted, which modules use an entry ("Used in training").
 */
import { attributeValue, parseMdx, walk } from './check/mdx.ts';

export type Reference =
  | { kind: 'country'; code: string; section: string | null }
  | { kind: 'instrument'; id: string; article: string | null }
  | { kind: 'term'; id: string }
  | { kind: 'module'; slug: string };

const str = (v: string | null | undefined) => (v ? v : null);

/** Every reference in an MDX body, in order of appearance, without duplicates. */
export function extractReferences(body: string): Reference[] {
  const parsed = parseMdx(body);
  if (!('tree' in parsed)) return [];
  const refs: Reference[] = [];
  const seen = new Set<string>();
  const add = (ref: Reference) => {
    const key = JSON.stringify(ref);
    if (!seen.has(key)) {
      seen.add(key);
      refs.push(ref);
    }
  };
  walk(parsed.tree, (node) => {
    switch (node.name) {
      case 'Country': {
        const code = str(attributeValue(node, 'code'));
        if (code) add({ kind: 'country', code, section: str(attributeValue(node, 'section')) });
        break;
      }
      case 'Instrument': {
        const id = str(attributeValue(node, 'id'));
        if (id) add({ kind: 'instrument', id, article: str(attributeValue(node, 'article')) });
        break;
      }
      case 'Term': {
        const id = str(attributeValue(node, 'id'));
        if (id) add({ kind: 'term', id });
        break;
      }
      case 'Module': {
        const slug = str(attributeValue(node, 'slug'));
        if (slug) add({ kind: 'module', slug });
        break;
      }
      default:
    }
  });
  return refs;
}

export interface ModuleRefs {
  slug: string;
  title: string;
  refs: Reference[];
}

/** Modules that reference a country, keyed by section id ("" for the country as a whole). */
export function countryBacklinks(modules: ModuleRefs[], code: string): Map<string, { slug: string; title: string }[]> {
  const out = new Map<string, { slug: string; title: string }[]>();
  for (const m of modules) {
    for (const r of m.refs) {
      if (r.kind !== 'country' || r.code !== code) continue;
      const key = r.section ?? '';
      const list = out.get(key) ?? [];
      if (!list.some((x) => x.slug === m.slug)) list.push({ slug: m.slug, title: m.title });
      out.set(key, list);
    }
  }
  return out;
}

/** Modules that reference an instrument (any article). */
export function instrumentBacklinks(modules: ModuleRefs[], id: string): { slug: string; title: string }[] {
  return modules.filter((m) => m.refs.some((r) => r.kind === 'instrument' && r.id === id)).map(({ slug, title }) => ({ slug, title }));
}

export interface ReferencedEntry {
  label: string;
  url: string;
  /** When the target was last verified (countries) or changed (git), whichever is newer. */
  updated: string | null;
  lastVerified: string | null;
}

/**
 * Targets updated after the module's review date: the trainer should re-read them.
 * A target with no known date is not flagged (nothing says it changed).
 */
export function staleReferences(reviewed: string, targets: ReferencedEntry[]): ReferencedEntry[] {
  return targets.filter((t) => t.updated !== null && t.updated > reviewed);
}
