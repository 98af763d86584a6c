/**
 * Links glossary terms in running text: "dual criminality" in a fact becomes a link to
 * /glossary/#dual-criminality. Pure; longest names win, whole words only.
 */

export interface TermName {
  id: string;
  names: string[];
}

export type Segment = { text: string } | { text: string; term: string };

export interface TermMatcher {
  pattern: RegExp | null;
  byName: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names shorter than this are too ambiguous to link automatically (e.g. "MLA"). */
export const MIN_TERM_LENGTH = 5;

export function termMatcher(terms: TermName[]): TermMatcher {
  const byName = new Map<string, string>();
  for (const t of terms) for (const n of t.names) if (n.length >= MIN_TERM_LENGTH && !byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), t.id);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${names.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu') : null;
  return { pattern, byName };
}

/**
 * Splits text into plain and term segments. `seen` holds term ids already linked in the
 * surrounding list, so each term is linked once, at its first use.
 */
export function linkTerms(text: string, matcher: TermMatcher, seen: Set<string> = new Set()): Segment[] {
  if (!matcher.pattern) return [{ text }];
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.byName.get(match[0].toLowerCase());
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ text: match[0], term: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** A glossary term's wording in another UN language, from a convention text (schema: glossary `equivalents`). */
export interface TermEquivalent {
  lang: string;
  text: string;
  instrument: string;
  article: string;
  cite: readonly string[];
}

/**
 * The headword of a term on a page in `locale`: the first equivalent in that language when
 * one is sourced, otherwise the English term (never a translation of our own).
 */
export function headword<E extends TermEquivalent>(term: string, equivalents: readonly E[], locale: string): { text: string; lang: string; equivalent: E | null } {
  const found = locale === 'en' ? undefined : equivalents.find((e) => e.lang === locale);
  return found ? { text: found.text, lang: found.lang, equivalent: found } : { text: term, lang: 'en', equivalent: null };
}

/** Equivalents in the order of `languages` (the UN order), each language's first one only. */
export function equivalentsInOrder<E extends TermEquivalent>(equivalents: readonly E[], languages: readonly string[]): E[] {
  return languages.flatMap((l) => {
    const e = equivalents.find((x) => x.lang === l);
    return e ? [e] : [];
  });
}
