/**
 * Building blocks shared by every collection schema. Plain module: imports only
 * `astro/zod`, so the content checker, the JSON Schema export and the unit tests
 * use exactly the schemas Astro uses.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';

const ISO_ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()).map((c) => c.toLowerCase()));

/** True for an assigned ISO 3166-1 alpha-2 code written in lower case. */
export function isIso2(code: string): boolean {
  return ISO_ALPHA2.has(code);
}

/** js-yaml (Astro's frontmatter parser) turns unquoted dates into Date objects; accept both. */
function dateToIsoString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

function isRealDate(text: string): boolean {
  const [y, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, YYYY-MM-DD. */
export const SOURCE_KINDS = ['official', 'legislation', 'treaty', 'depositary', 'parliamentary', 'court', 'copy', 'archive', 'secondary', 'news'] as const;

export const isoDate = z.preprocess(
  dateToIsoString,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' })
    .refine(isRealDate, { error: 'expected a real calendar date (YYYY-MM-DD)' }),
);

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  dateToIsoString,
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isRealDate, { error: 'expected a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD)' }),
);

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case slug (letters, digits and single hyphens)' });

/** ISO 3166-1 alpha-2, lower case. */
export const iso2 = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 code such as "ie"' })
  .refine(isIso2, { error: 'expected an assigned ISO 3166-1 alpha-2 code in lower case, such as "ie"' });

/** Party codes: an ISO code, or "eu" for the European Union as a party to a treaty. */
export const partyCode = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 code such as "ie" (or "eu")' })
  .refine((c) => c === 'eu' || isIso2(c), {
    error: 'expected an assigned ISO 3166-1 alpha-2 code in lower case, or "eu"',
  });

export const sourceId = z
  .string({ error: 'expected a source id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a source id: lower-case letters, digits and hyphens' });

/** Ids of entries in this file's `sources` that support the statement. */
export const cite = z
  .array(sourceId, { error: 'expected a list of source ids, e.g. [govie-2023]' })
  .min(1, { error: 'expected at least one source id: every fact needs a source' })
  .meta({ description: 'Ids of entries in `sources` that support this statement.' });

/** True when the URL names a user or password before its host (https://gov.ie@evil.example/ goes to evil.example). */
export function hasUserinfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

export const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: 'expected a full http(s) URL',
  })
  .refine((url) => !hasUserinfo(url), {
    error: 'expected a URL without a user name or password before the host (https://name@host/ hides the real host)',
  });

export const source = z
  .strictObject({
    id: sourceId.meta({ description: 'Short id used in `cite` lists, unique within the file.' }),
    url: httpUrl.meta({ description: 'Where the source can be read (the copy actually used).' }),
    title: z.string().min(3, { error: 'expected the title of the source' }),
    publisher: z.string().optional().meta({ description: 'Who published it (ministry, treaty office, court...).' }),
    date: partialDate.nullable().meta({
      description: 'The source’s own date or edition (YYYY, YYYY-MM or YYYY-MM-DD); null when the source is undated.',
    }),
    dateNote: z
      .string()
      .optional()
      .meta({ description: 'How the date was read, e.g. "archive capture", "last updated", "status as of".' }),
    kind: z
      .enum(SOURCE_KINDS)
      .meta({
        description:
          'official: the authority’s own page; copy: a mirror or third-party copy of an official text; archive: a web-archive capture; secondary: commentary or research.',
      }),
    note: z.string().optional().meta({ description: 'Anything a reader should know about this source (old, partial, mirror...).' }),
  })
  .meta({ description: 'A source that statements in this file cite by id.' });

export type Source = z.output<typeof source>;

/** Every source an entry cites. Empty only while the entry states no fact (e.g. a fresh scaffold). */
export const sources = z
  .array(source)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    });
  });

/**
 * A single cited statement. `text` is written in the portal's own words;
 * names, numbers, dates and titles are copied exactly from the source.
 */
export const fact = z
  .strictObject({
    text: z.string().min(2, { error: 'expected the statement text' }),
    cite,
    asOf: partialDate.optional().meta({ description: 'Date the statement was true according to its source.' }),
    status: z
      .enum(['current', 'historic'])
      .default('current')
      .meta({ description: 'historic: superseded by a newer source; shown only as history.' }),
  })
  .meta({ description: 'One statement with the ids of the sources that support it.' });

export type Fact = z.output<typeof fact>;

export const facts = z.array(fact).default([]);
