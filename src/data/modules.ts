/** Module references resolved against the collections, for module pages and backlinks. */
import { countryUrl, instrumentUrl } from '../lib/contract/urls.ts';
import { countries, glossary, historyPath, instruments, modules } from './index.ts';
import { fileHistory } from '../lib/git-history.ts';
import { sectionTitle, type CountrySectionId } from '../lib/contract/sections.ts';
import { extractReferences, type ModuleRefs, type ReferencedEntry } from '../lib/references.ts';

let cache: Promise<ModuleRefs[]> | undefined;

/** Every module with the references its body makes. */
export function moduleRefs(): Promise<ModuleRefs[]> {
  cache ??= modules().then((all) => all.map((m) => ({ slug: m.id, title: m.data.title, refs: extractReferences(m.body ?? '') })));
  return cache;
}

const lastChange = (file: string) => fileHistory(file, process.cwd(), 1).changes[0]?.date ?? null;
const changed = (collection: 'countries' | 'instruments' | 'glossary' | 'modules', id: string) => lastChange(historyPath(collection, id));
const newest = (...dates: (string | null | undefined)[]) => dates.filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;

/** The targets of one module's references, grouped per entry, with their dates. */
export async function referencedEntries(slug: string): Promise<(ReferencedEntry & { kind: string; sections: string[] })[]> {
  const refs = (await moduleRefs()).find((m) => m.slug === slug)?.refs ?? [];
  const [c, i, g, m] = await Promise.all([countries(), instruments(), glossary(), modules()]);
  const out = new Map<string, ReferencedEntry & { kind: string; sections: string[] }>();
  for (const r of refs) {
    if (r.kind === 'country') {
      const entry = c.find((e) => e.id === r.code);
      if (!entry) continue;
      const key = `country:${r.code}`;
      const item = out.get(key) ?? {
        kind: 'Country',
        label: entry.data.name,
        url: countryUrl(r.code),
        lastVerified: entry.data.lastVerified,
        updated: newest(entry.data.lastVerified, changed('countries', r.code)),
        sections: [],
      };
      if (r.section && !item.sections.includes(r.section)) item.sections.push(r.section);
      out.set(key, item);
    } else if (r.kind === 'instrument') {
      const entry = i.find((e) => e.id === r.id);
      if (!entry || out.has(`instrument:${r.id}`)) continue;
      out.set(`instrument:${r.id}`, { kind: 'Instrument', label: entry.data.shortTitle, url: instrumentUrl(r.id), lastVerified: null, updated: changed('instruments', r.id), sections: [] });
    } else if (r.kind === 'term') {
      const entry = g.find((e) => e.id === r.id);
      if (!entry || out.has(`term:${r.id}`)) continue;
      out.set(`term:${r.id}`, { kind: 'Glossary term', label: entry.data.term, url: `/glossary/#${r.id}`, lastVerified: null, updated: changed('glossary', r.id), sections: [] });
    } else {
      const entry = m.find((e) => e.id === r.slug);
      if (!entry || out.has(`module:${r.slug}`)) continue;
      out.set(`module:${r.slug}`, { kind: 'Module', label: entry.data.title, url: `/modules/${r.slug}/`, lastVerified: null, updated: newest(entry.data.reviewed, changed('modules', r.slug)), sections: [] });
    }
  }
  return [...out.values()];
}

export function sectionLabel(id: string): string {
  try {
    return sectionTitle(id as CountrySectionId);
  } catch {
    return id;
  }
}
