import type { z } from 'astro/zod';
import { unresolvedCitations } from '../citations.ts';
import type { Source } from './common.ts';

/** Adds an issue at each `cite` entry that names no source of the entry. */
export function checkCitations(entry: { sources?: Source[] }, ctx: z.RefinementCtx): void {
  const sources = Array.isArray(entry?.sources) ? entry.sources.filter((s) => typeof s?.id === 'string') : [];
  const known = sources.map((s) => s.id);
  for (const c of unresolvedCitations({ ...entry, sources })) {
    ctx.addIssue({
      code: 'custom',
      path: c.path,
      message: `unknown source id "${c.id}"`,
      params: { expected: known.length ? `one of the ids in sources: ${known.join(', ')}` : 'a source listed in sources' },
    });
  }
}

/**
 * Refinement options: run even when other fields already failed, so a contributor
 * sees every problem in one pass (Zod skips refinements on invalid objects by default).
 */
export const ALWAYS = { when: () => true } as const;
