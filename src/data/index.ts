/** Collections as pages need them: sorted, with lookups. Rendering code only reads from here. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join, relative } from 'node:path';
import { COLLECTIONS } from '../lib/contract/collections.ts';
import type { PartyContext } from '../lib/parties.ts';
import type { Group } from '../lib/schema/group.ts';
import { contentRoot } from '../lib/paths.ts';
import { stateName } from '../lib/format.ts';
import { termMatcher, type TermMatcher } from '../lib/terms.ts';

export type CountryEntry = CollectionEntry<'countries'>;
export type InstrumentEntry = CollectionEntry<'instruments'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type GroupEntry = CollectionEntry<'groups'>;

export async function countries(): Promise<CountryEntry[]> {
  return (await getCollection('countries')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

export async function instruments(): Promise<InstrumentEntry[]> {
  return (await getCollection('instruments')).sort((a, b) => a.data.shortTitle.localeCompare(b.data.shortTitle, 'en'));
}

export async function modules(): Promise<ModuleEntry[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

export async function groups(): Promise<GroupEntry[]> {
  return (await getCollection('groups')).sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

let context: Promise<PartyContext> | undefined;

/** The groups by id, for membership rules and the UN presumption (see src/lib/parties.ts). */
export function partyContext(): Promise<PartyContext> {
  context ??= groups().then((all) => ({ groups: new Map<string, Group>(all.map((g) => [g.id, g.data])) }));
  return context;
}

export async function glossary(): Promise<TermEntry[]> {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
}

/** Path of an entry's file, relative to the repository, for "Edit this page". */
export function entryFile(collection: keyof typeof COLLECTIONS, id: string): string {
  return `content/${COLLECTIONS[collection].dir}/${id}${COLLECTIONS[collection].ext}`;
}

/**
 * Path of the file the build actually read, relative to the working directory, for its
 * git history: when MLAT_CONTENT_DIR points outside the repository there is none.
 */
export function historyPath(collection: keyof typeof COLLECTIONS, id: string): string {
  const path = relative(process.cwd(), join(contentRoot(), COLLECTIONS[collection].dir, `${id}${COLLECTIONS[collection].ext}`));
  return path.split('\\').join('/');
}

export interface Lookups {
  countryName(code: string): string;
  hasCountry(code: string): boolean;
  instrumentTitle(id: string): string;
  termTitle(id: string): string;
  moduleTitle(slug: string): string;
}

export async function lookups(): Promise<Lookups> {
  const [c, i, g, m] = await Promise.all([countries(), instruments(), glossary(), modules()]);
  const cn = new Map(c.map((e) => [e.id, e.data.name]));
  const it = new Map(i.map((e) => [e.id, e.data.shortTitle]));
  const gt = new Map(g.map((e) => [e.id, e.data.term]));
  const mt = new Map(m.map((e) => [e.id, e.data.title]));
  return {
    countryName: (code) => cn.get(code) ?? stateName(code),
    hasCountry: (code) => cn.has(code),
    instrumentTitle: (id) => it.get(id) ?? id,
    termTitle: (id) => gt.get(id) ?? id,
    moduleTitle: (slug) => mt.get(slug) ?? slug,
  };
}

let matcher: Promise<TermMatcher> | undefined;

/** Matcher for glossary terms and their aliases, to link them in entry text. */
export function glossaryMatcher(): Promise<TermMatcher> {
  matcher ??= glossary().then((terms) => termMatcher(terms.map((t) => ({ id: t.id, names: [t.data.term, ...t.data.aliases] }))));
  return matcher;
}
