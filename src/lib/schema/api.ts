/**
 * Shapes of the files published under /api/: the validated content entries (output
 * shape, defaults filled in) plus what the site derives from them. The builders in
 * src/lib/publish/api.ts produce exactly these; each API endpoint validates its output
 * against them, and /schema/api-<name>.json publishes them as JSON Schema.
 */
import { z } from 'astro/zod';
import { ANSWER_STATES, FIRST_QUESTIONS, type QuestionId } from '../country/answers.ts';
import { PARTY_STATUSES as STATUS_LIST, type PartyStatus } from '../parties.ts';
import { httpUrl, isoDate, partialDate, slug, source } from './common.ts';
import { CHANNEL_TYPES, REFUSAL_GROUNDS, country } from './country.ts';
import { glossaryTerm } from './glossary.ts';
import { INSTRUMENT_KINDS, INSTRUMENT_STATUSES, instrument } from './instrument.ts';

/** Bumped on any change that could break a consumer (a removed or renamed field, a changed meaning). */
export const API_VERSION = 2;

/** Every party status src/lib/parties.ts can return. */
export const PARTY_STATUSES = STATUS_LIST as readonly [PartyStatus, ...PartyStatus[]];

export const partyStatus = z.enum(PARTY_STATUSES).meta({
  description:
    'party: listed as a Party; member: bound as a member of a group the instrument binds (e.g. an EU Member State); excluded: a member the instrument expressly does not bind; former-member: left that group; signatory: signed, no ratification shown as of the source; signed: signed, ratification not documented; non-party: a source lists the State as a non-party; unconfirmed: the sources leave its standing in doubt; not-party: absent from a list its sources give as complete; presumed-party: a UN Member State not listed as a non-party of a near-universal convention (likely, not confirmed); unknown: absent from a partial list.',
});

/** The three answers: never two. */
export const answer = z.enum(['yes', 'no', 'unknown']).meta({
  description:
    'yes: the cited sources show the State bound, in force for it on the build date; no: a source says it is not (non-party, signature only, not yet in force, excepted, left the group, or absent from a complete list); unknown: absent from a partial list, ratification or standing not documented, or only presumed. Unknown never means no.',
});

const apiVersion = z.literal(API_VERSION).meta({ description: 'Version of the API shape; it changes only on a breaking change.' });

export const licence = z
  .strictObject({
    name: z.string(),
    url: httpUrl,
    attribution: z.string().meta({ description: 'How to credit the content when you reuse it.' }),
  })
  .meta({ description: 'Licence of the content in this file.' });

const pageUrl = httpUrl.meta({ description: 'Absolute URL of the page that shows this entry.' });
const dataUrl = httpUrl.meta({ description: 'Absolute URL of the JSON file with the full entry.' });

/** One instrument as it applies to one State, with the instrument entry's sources for that status. */
export const instrumentStatus = z.strictObject({
  instrument: slug.meta({ description: 'Id of the instrument (see /api/instruments/<id>.json).' }),
  shortTitle: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  instrumentStatus: z.enum(INSTRUMENT_STATUSES).meta({ description: 'Whether the instrument itself is in force.' }),
  status: partyStatus,
  bound: answer.meta({ description: 'Whether the instrument binds the State on the build date (the instrument itself in force included).' }),
  boundReason: z.string().meta({ description: 'Why, in words.' }),
  likely: z.boolean().meta({ description: 'Unknown only because the State is presumed a Party to a near-universal convention.' }),
  group: slug.nullable().meta({ description: 'For member, excluded and former-member: the id of the group (see /schema/group.json).' }),
  signed: partialDate.nullable(),
  ratified: partialDate.nullable(),
  inForce: partialDate.nullable().meta({ description: 'Entry into force for this State.' }),
  asOf: partialDate.nullable().meta({ description: 'For non-party: the date of the source that says so.' }),
  note: z.string().nullable(),
  sources: z.array(source).meta({
    description: 'Sources of the instrument entry that support this status (empty when it is derived, e.g. presumed-party).',
  }),
  url: pageUrl,
  data: dataUrl,
});

/** The jurisdiction-comparison values, one per CSV column (see src/lib/publish/countries-csv.ts). */
export const comparison = z
  .strictObject({
    centralAuthority: z.string().nullable().meta({ description: 'Name of the central authority; null when not yet documented.' }),
    languages: z.array(z.string()).meta({ description: 'ISO 639 codes of the languages requests are accepted in.' }),
    channelTypes: z.array(z.enum(CHANNEL_TYPES)).meta({ description: 'Types of the current documented channels, in the order a requester would try them.' }),
    electronicSubmission: z.enum(['yes', 'undocumented']).meta({
      description:
        'yes: a current channel of type online-service or email is documented with a source. undocumented: none is; this never means that electronic submission is refused.',
    }),
    preservationMaxDays: z.number().int().positive().nullable(),
    pointsOfContact247: z.array(z.string()).meta({ description: 'Names of the authorities documented as 24/7 points of contact.' }),
    keyInstruments: z
      .record(slug, z.strictObject({ status: partyStatus, bound: answer }))
      .meta({ description: 'Standing of the State in each key instrument the portal documents (ids in src/lib/publish/api.ts KEY_INSTRUMENTS), and whether it binds the State.' }),
    refusalGrounds: z.array(z.enum(REFUSAL_GROUNDS)).meta({ description: 'Refusal grounds documented as current, without repeats, most relevant first.' }),
    refusalGroundsDocumented: z.boolean(),
    dualCriminalityDocumented: z.boolean(),
    contactsNewestSource: partialDate.nullable().meta({
      description: 'Date of the newest source behind the current contacts (what the staleness badge follows); null when none is dated or no contact is documented.',
    }),
    completenessPercent: z.number().int().min(0).max(100),
  })
  .meta({ description: 'Values derived from the entry for comparison between jurisdictions; the CSV has the same values.' });

const answerState = z.enum(ANSWER_STATES).meta({
  description: 'documented: the entry answers the question with sources; partial: part of it; searched: not answered, and the entry records where it was searched for; gap: not yet researched.',
});

export const completenessSummary = z.strictObject({
  percent: z.number().int().min(0).max(100),
  documented: z.array(z.string()).meta({ description: 'Ids of the parts of the content model with at least one sourced statement.' }),
  missing: z.array(z.string()),
  firstAnswers: z
    .strictObject(Object.fromEntries(FIRST_QUESTIONS.map((q) => [q.id, answerState.meta({ description: q.label })])) as Record<QuestionId, typeof answerState>)
    .meta({ description: 'The five first questions of a requester (src/lib/country/answers.ts), and how far the entry answers each.' }),
});

/** /api/countries/<code>.json: the full structured entry with its sources, plus derived values. */
export const countryFile = country
  .safeExtend({
    apiVersion,
    licence,
    url: pageUrl,
    data: dataUrl,
    instrumentStatus: z.array(instrumentStatus).meta({
      description: 'Party status in every instrument that names the State, derived from the instrument entries (the single source of party status).',
    }),
    completeness: completenessSummary,
    comparison,
  })
  .meta({ description: 'One jurisdiction: the entry as validated from content/countries/<code>.mdx, with its sources and derived values.' });

export const countryIndexRow = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.string(),
  region: country.shape.region,
  centralAuthority: z.string().nullable().meta({ description: 'Name of the central authority; null when not yet documented.' }),
  instruments: z
    .array(z.strictObject({ id: slug, status: partyStatus, bound: answer }))
    .meta({ description: 'Instruments that say something about the State (any status except not-party and unknown).' }),
  lastVerified: isoDate.nullable(),
  url: pageUrl,
  data: dataUrl,
});

/** /api/countries.json */
export const countriesIndexFile = z.strictObject({
  apiVersion,
  licence,
  count: z.number().int().nonnegative(),
  countries: z.array(countryIndexRow),
});

/** One State's status in an instrument, for every published country entry. */
export const countryStatus = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.string(),
  status: partyStatus,
  bound: answer,
  url: pageUrl,
  data: dataUrl,
});

/** /api/instruments/<id>.json */
export const instrumentFile = instrument
  .safeExtend({
    apiVersion,
    licence,
    url: pageUrl,
    data: dataUrl,
    countryStatus: z.array(countryStatus).meta({
      description: 'Status of every jurisdiction that has a country entry, derived from the lists above by the same rules as the country files.',
    }),
  })
  .meta({ description: 'One instrument as validated from content/instruments/<id>.mdx, with its parties and sources.' });

export const instrumentIndexRow = z.strictObject({
  id: slug,
  title: z.string(),
  shortTitle: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  status: z.enum(INSTRUMENT_STATUSES),
  inForce: partialDate.nullable(),
  partyList: instrument.shape.partyList,
  parties: z.array(z.string()).meta({ description: 'Codes of the Parties listed by the entry.' }),
  signatories: z.array(z.string()),
  url: pageUrl,
  data: dataUrl,
});

/** /api/instruments.json */
export const instrumentsIndexFile = z.strictObject({
  apiVersion,
  licence,
  count: z.number().int().nonnegative(),
  instruments: z.array(instrumentIndexRow),
});

export const glossaryEntry = glossaryTerm.safeExtend({
  id: slug,
  body: z.string().meta({ description: 'The explanation, as MDX source text.' }),
  url: pageUrl,
});

/** /api/glossary.json */
export const glossaryFile = z.strictObject({
  apiVersion,
  licence,
  count: z.number().int().nonnegative(),
  terms: z.array(glossaryEntry),
});

export type Licence = z.output<typeof licence>;
export type InstrumentStatusItem = z.output<typeof instrumentStatus>;
export type Comparison = z.output<typeof comparison>;
export type CountryFile = z.output<typeof countryFile>;
export type CountryIndexRow = z.output<typeof countryIndexRow>;
export type CountriesIndexFile = z.output<typeof countriesIndexFile>;
export type InstrumentFile = z.output<typeof instrumentFile>;
export type InstrumentIndexRow = z.output<typeof instrumentIndexRow>;
export type InstrumentsIndexFile = z.output<typeof instrumentsIndexFile>;
export type GlossaryFile = z.output<typeof glossaryFile>;

/** The published API JSON Schemas: /schema/api-<name>.json describes the file(s) at `path`. */
export const API_SCHEMAS = {
  countries: { schema: countriesIndexFile, path: '/api/countries.json', title: 'MLAT Navigator API: index of countries (/api/countries.json)' },
  country: { schema: countryFile, path: '/api/countries/<code>.json', title: 'MLAT Navigator API: one country (/api/countries/<code>.json)' },
  instruments: { schema: instrumentsIndexFile, path: '/api/instruments.json', title: 'MLAT Navigator API: index of instruments (/api/instruments.json)' },
  instrument: { schema: instrumentFile, path: '/api/instruments/<id>.json', title: 'MLAT Navigator API: one instrument (/api/instruments/<id>.json)' },
  glossary: { schema: glossaryFile, path: '/api/glossary.json', title: 'MLAT Navigator API: glossary (/api/glossary.json)' },
} as const;

export type ApiSchemaName = keyof typeof API_SCHEMAS;
export const API_SCHEMA_NAMES = Object.keys(API_SCHEMAS) as ApiSchemaName[];

export function apiSchemaFile(name: ApiSchemaName): string {
  return `api-${name}.json`;
}

/**
 * JSON Schema (draft 2020-12) of one API file, in its output shape: what a consumer
 * receives, with every defaulted field present.
 */
export function apiJsonSchema(name: ApiSchemaName, baseUrl = 'https://mlat-navigator.org'): Record<string, unknown> {
  const schema = z.toJSONSchema(API_SCHEMAS[name].schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: (ctx) => {
      // Source URLs are copied exactly as published, which can include non-ASCII paths (IRIs).
      if (ctx.jsonSchema.format === 'uri') ctx.jsonSchema.format = 'iri';
    },
  }) as Record<string, unknown>;
  return { ...schema, $id: new URL(`/schema/${apiSchemaFile(name)}`, baseUrl).toString(), title: API_SCHEMAS[name].title };
}
