/** Choosing the States of /compare/: parsing the query, the default pair, the query that reproduces a comparison. */

export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 4;
/**
 * Query parameter that names the compared States: `?c=ie,us` (what the island writes), or
 * repeated. The form's selectors are c1…c4 (HTML wants distinct names); they are read too.
 */
export const COUNTRY_PARAM = 'c';
/** Compared when the query names none: two well-documented entries, else the first two by name. */
export const DEFAULT_PAIR = ['ie', 'us'] as const;

export function defaultSelection(codesByName: readonly string[]): string[] {
  if (DEFAULT_PAIR.every((c) => codesByName.includes(c))) return [...DEFAULT_PAIR];
  return codesByName.slice(0, MIN_COUNTRIES);
}

export interface Selection {
  /** Valid, distinct codes in the order given, at most MAX_COUNTRIES. */
  codes: string[];
  /** What was ignored or is missing, in words for the page. */
  problems: string[];
  /** Enough States to compare. */
  ok: boolean;
}

/**
 * Reads the compared States from query values (`?c=ie,us`, or `?c=ie&c=us`). Empty values
 * (an unused selector) are skipped; unknown codes, repeats and a fifth State are ignored
 * with a problem that says so.
 */
export function parseSelection(values: readonly string[], known: ReadonlyMap<string, string>): Selection {
  const codes: string[] = [];
  const problems: string[] = [];
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  for (const code of names) {
    if (!known.has(code)) problems.push(`There is no entry for “${code}”: it was left out.`);
    else if (codes.includes(code)) problems.push(`${known.get(code)} was chosen more than once.`);
    else if (codes.length === MAX_COUNTRIES) problems.push(`At most ${MAX_COUNTRIES} countries can be compared: ${known.get(code)} was left out.`);
    else codes.push(code);
  }
  const ok = codes.length >= MIN_COUNTRIES;
  if (!ok) problems.push(`Choose at least ${MIN_COUNTRIES} different countries.`);
  return { codes, problems, ok };
}

/** The values that name States in a query: every `c`, then the selectors `c1`…`c4` in order. */
export function selectionParams(params: URLSearchParams): string[] {
  const numbered = Array.from({ length: MAX_COUNTRIES }, (_, i) => params.getAll(`${COUNTRY_PARAM}${i + 1}`)).flat();
  return [...params.getAll(COUNTRY_PARAM), ...numbered];
}

/** The query string that reproduces a comparison: "?c=ie,us". */
export function selectionQuery(codes: readonly string[]): string {
  const safe = codes.filter((c) => /^[a-z]{2}$/.test(c));
  return safe.length ? `?${COUNTRY_PARAM}=${safe.join(',')}` : '';
}
