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
