/** Citation resolution: every `cite` list in an entry points at that entry's `sources`. */
import type { Source } from './schema/common.ts';

export type PathSegment = string | number;

export interface Citation {
  path: PathSegment[];
  id: string;
}

/** Every source id cited anywhere in `value`, with the path of the citing `cite` entry. */
export function collectCitations(value: unknown, path: PathSegment[] = []): Citation[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectCitations(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const found: Citation[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources') continue;
    if (key === 'cite' && Array.isArray(child)) {
      child.forEach((id, i) => {
        if (typeof id === 'string') found.push({ path: [...path, key, i], id });
      });
    } else {
      found.push(...collectCitations(child, [...path, key]));
    }
  }
  return found;
}

/** Citations whose id is not among `sources`. */
export function unresolvedCitations(entry: { sources?: Source[] }): Citation[] {
  const known = new Set((entry.sources ?? []).map((s) => s.id));
  return collectCitations(entry).filter((c) => !known.has(c.id));
}

/** Source ids that no statement cites. */
export function uncitedSources(entry: { sources?: Source[] }): string[] {
  const used = new Set(collectCitations(entry).map((c) => c.id));
  return (Array.isArray(entry.sources) ? entry.sources : []).map((s) => s.id).filter((id) => !used.has(id));
}

/**
 * Numbers sources in order of first citation, so footnote markers read 1, 2, 3
 * down the page; uncited sources follow in file order.
 */
export function numberSources(entry: { sources: Source[] }, citationOrder: string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of [...citationOrder, ...entry.sources.map((s) => s.id)]) {
    if (!numbers.has(id) && entry.sources.some((s) => s.id === id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** How strongly a statement is supported: only copies, only secondary sources, or (null) a primary source among its sources. */
export type Support = 'copy' | 'secondary' | null;

const COPY_KINDS = new Set<Source['kind']>(['copy', 'archive']);
const SECONDARY_KINDS = new Set<Source['kind']>(['copy', 'archive', 'secondary', 'news']);

/** A statement that rests only on copies, or only on copies and secondary sources, says so next to its citation. */
export function supportOf(kinds: readonly (Source['kind'] | undefined)[]): Support {
  const known = kinds.filter((k): k is Source['kind'] => k !== undefined);
  if (known.length === 0) return null;
  if (known.every((k) => COPY_KINDS.has(k))) return 'copy';
  if (known.every((k) => SECONDARY_KINDS.has(k))) return 'secondary';
  return null;
}

/** The sources of one page, numbered for footnotes, with their kinds. */
export interface CitationIndex {
  number(id: string): number | undefined;
  kind(id: string): Source['kind'] | undefined;
  /** Fragment of the source's entry in the page's source list, e.g. "#src-ejn-ie". */
  href(id: string): string;
}

export function citationIndex(sources: readonly Pick<Source, 'id' | 'kind'>[], prefix = 'src-'): CitationIndex {
  const numbers = new Map(sources.map((s, i) => [s.id, i + 1]));
  const kinds = new Map(sources.map((s) => [s.id, s.kind]));
  return { number: (id) => numbers.get(id), kind: (id) => kinds.get(id), href: (id) => `#${prefix}${id}` };
}

export interface CitationMarks {
  /** One mark per distinct known source, in the order cited: [1, 3]. */
  marks: { n: number; href: string }[];
  support: Support;
}

/**
 * The footnote marks of a `cite` list. The one implementation behind every marker: the
 * Cite component, the MDX <Cite>, and the route island (which numbers its own list).
 */
export function citationMarks(ids: readonly string[], index: CitationIndex): CitationMarks {
  const seen = new Set<number>();
  const marks: CitationMarks['marks'] = [];
  for (const id of ids) {
    const n = index.number(id);
    if (n === undefined || seen.has(n)) continue;
    seen.add(n);
    marks.push({ n, href: index.href(id) });
  }
  return { marks, support: supportOf(ids.filter((id) => index.number(id) !== undefined).map((id) => index.kind(id))) };
}

export const SUPPORT_LABELS: Record<Exclude<Support, null>, string> = {
  copy: 'copy only',
  secondary: 'secondary sources only',
};

/** Source ids cited by `<Cite ids="a b" />` in an MDX body. */
export function bodyCitations(body: string): Set<string> {
  return new Set([...body.matchAll(/<Cite\s+ids=["']([^"']*)["']/g)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean)));
}

/**
 * Sources cited only under the given top-level fields (parts that a printed brief leaves
 * out) and nowhere else in the entry or its body: the brief's source list leaves them out.
 * An uncited source is not among them (it prints, as on screen).
 */
export function citedOnlyUnder(entry: { sources?: Source[] }, roots: readonly string[], body = ''): Set<string> {
  const inBody = bodyCitations(body);
  const under = new Set<string>();
  const elsewhere = new Set<string>(inBody);
  for (const c of collectCitations(entry)) (roots.includes(String(c.path[0])) ? under : elsewhere).add(c.id);
  return new Set([...under].filter((id) => !elsewhere.has(id)));
}
