/** Schema of a country entry: content/countries/<iso2>.mdx frontmatter. */
import { z } from 'astro/zod';
import { COUNTRY_SECTION_IDS, type CountrySectionId } from '../contract/sections.ts';
import { MEASURE_IDS, REGIONS, RESEARCH_TOPIC_IDS } from '../vocabulary.ts';
import { ALWAYS, checkCitations } from './refine.ts';
import { cite, fact, facts, httpUrl, iso2, isoDate, partialDate, slug, sources } from './common.ts';

const contactBase = {
  label: z.string().optional().meta({ description: 'What this contact is for, e.g. "road traffic offences only".' }),
  asOf: partialDate.optional().meta({ description: 'Date of the source that gives this contact (shown as "as of …").' }),
  status: z.enum(['current', 'historic']).default('current').meta({
    description: 'historic: superseded by a newer source; kept only to show the change.',
  }),
  cite,
  note: z.string().optional(),
};

/** A phone or fax number as printed by its source: digits with + ( ) . / - and spaces, at least six digits. */
export const PHONE_PATTERN = /^(?=(?:\D*\d){6})[+(]?[0-9][0-9 ()./+-]*[0-9]$/;

export const contact = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('email'),
      value: z.email({ error: 'expected an email address' }),
      ...contactBase,
    }),
    z.strictObject({
      type: z.enum(['phone', 'fax']),
      value: z.string().regex(PHONE_PATTERN, {
        error: 'expected a phone number as printed by the source, e.g. "+353 1 408 6108" (digits, spaces, + ( ) . / -)',
      }),
      ...contactBase,
    }),
    z.strictObject({
      type: z.literal('postal'),
      value: z.string().min(10, { error: 'expected a full postal address' }),
      ...contactBase,
    }),
    z.strictObject({
      type: z.enum(['web', 'online-service']),
      value: httpUrl,
      ...contactBase,
    }),
  ],
  { error: 'expected a contact with type email, phone, fax, postal, web or online-service' },
);

export const AUTHORITY_ROLES = [
  'central-authority',
  'sub-national-central-authority',
  '24-7-point-of-contact',
  'budapest-art27',
  'budapest-art24',
  'untoc-art18',
  'uncac-art46',
  'executing-authority',
  'prosecution',
  'police',
  'tax-and-customs',
  'asset-recovery',
  'cloud-act-designated',
  'other',
] as const;

export const authority = z
  .strictObject({
    name: z.string().min(2, { error: 'expected the authority’s name' }),
    acronym: z.string().optional(),
    parent: z.string().optional().meta({ description: 'The ministry or body the authority belongs to.' }),
    unit: z.string().optional().meta({ description: 'The unit or desk that handles requests.' }),
    scope: z
      .string()
      .optional()
      .meta({ description: 'What it handles, when narrower than all MLA (e.g. "Scotland", "tax offences").' }),
    roles: z.array(z.enum(AUTHORITY_ROLES)).default([]),
    cite,
    facts: facts.meta({ description: 'Statements about the authority: role, tasks, what not to call it.' }),
    contacts: z.array(contact).default([]),
  })
  .meta({ description: 'An authority with its contacts; every contact cites its source.' });

export const CHANNEL_TYPES = [
  'central-authority',
  'diplomatic',
  'direct-judicial',
  'interpol',
  'police-cooperation',
  '24-7-network',
  'eurojust-ejn',
  'online-service',
  'email',
  'post',
  'other',
] as const;

export const channel = fact.extend({
  type: z.enum(CHANNEL_TYPES).meta({ description: 'The kind of channel, used for comparison and the route planner.' }),
});

export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export const languages = z.strictObject({
  accepted: z
    .array(z.string().regex(LANGUAGE_CODE, { error: 'expected an ISO 639 language code such as "en"' }))
    .default([])
    .meta({ description: 'Languages in which requests are accepted (ISO 639-1 codes).' }),
  cite: cite.optional().meta({ description: 'Sources for the `accepted` list (required when it is not empty).' }),
  notes: facts,
});

export const domesticLaw = z.strictObject({
  title: z.string().min(3, { error: 'expected the title of the statute' }),
  text: z.string().optional().meta({ description: 'What it provides for MLA, in the portal’s words.' }),
  cite,
  status: z.enum(['current', 'historic']).default('current'),
});

export const instrumentNote = z.strictObject({
  instrument: slug.meta({ description: 'Id of an entry in content/instruments/.' }),
  text: z.string().min(2).meta({ description: 'What this country declared, reserved or designated under it.' }),
  cite,
  asOf: partialDate.optional(),
  status: z.enum(['current', 'historic']).default('current'),
});

export const legalBases = z.strictObject({
  domestic: z.array(domesticLaw).default([]),
  instruments: z
    .array(instrumentNote)
    .default([])
    .meta({
      description:
        'Country-specific notes on instruments (declarations, reservations, designations). Party status itself comes from the instrument entry.',
    }),
  reciprocity: facts.meta({ description: 'Assistance without a treaty: reciprocity, comity, case-by-case.' }),
  notes: facts,
});

export const measures = z.partialRecord(z.enum(MEASURE_IDS), facts).default({});

export const preservation = z.strictObject({
  maxDays: z
    .strictObject({
      days: z.number().int().positive(),
      text: z.string().optional(),
      cite,
    })
    .optional()
    .meta({ description: 'Longest period data is kept on a preservation request, in days, where a source gives it.' }),
  facts,
});

export const REFUSAL_GROUNDS = [
  'political-offence',
  'discrimination',
  'death-penalty',
  'human-rights',
  'double-jeopardy',
  'sovereignty-security',
  'military-offence',
  'fiscal-offence',
  'bank-secrecy',
  'dual-criminality',
  'de-minimis',
  'no-treaty',
  'other',
] as const;

export const refusalGround = fact.extend({
  ground: z.enum(REFUSAL_GROUNDS),
  kind: z.enum(['mandatory', 'discretionary']).optional(),
});

export const safeguards = z.strictObject({
  refusalGrounds: z
    .array(refusalGround)
    .default([])
    .meta({ description: 'Most relevant first: the first three appear in the at-a-glance card.' }),
  dualCriminality: facts,
  deMinimis: facts,
  authorisation: facts.meta({ description: 'What authorises a coercive measure (court order, prosecutor...).' }),
  oversight: facts.meta({ description: 'Oversight, appeal and review bodies.' }),
  speciality: facts.meta({ description: 'Limits on using the evidence for other purposes.' }),
  dataProtection: facts,
});

export const PROCEDURE_STEP_IDS = ['prepare', 'transmit', 'central-authority-review', 'domestic-authorisation', 'execution', 'return'] as const;

export const timeline = fact.extend({
  measure: z.enum(MEASURE_IDS).optional(),
  step: z
    .enum(PROCEDURE_STEP_IDS)
    .optional()
    .meta({ description: 'The procedure step the duration belongs to (prepare, transmit, central-authority-review, domestic-authorisation, execution, return).' }),
  days: z
    .strictObject({ min: z.number().int().nonnegative().optional(), max: z.number().int().positive().optional() })
    .optional()
    .meta({ description: 'Typical duration in days where the source gives a figure.' }),
});

export const template = z.strictObject({
  title: z.string().min(3),
  url: httpUrl.optional(),
  languages: z.array(z.string().regex(LANGUAGE_CODE)).default([]),
  text: z.string().optional().meta({ description: 'What the document is and covers.' }),
  cite,
  asOf: partialDate.optional(),
  status: z.enum(['current', 'historic']).default('current'),
});

export const CAVEAT_AUDIENCES = ['users', 'sources'] as const;

export const caveatAudience = z.enum(CAVEAT_AUDIENCES).default('users').meta({
  description:
    'users (default): what a reader must check before relying on a fact; shown in its section. sources: how the sources were read (copies, cut-off tables, translations); shown in the collapsed "About these sources" block.',
});

export const caveat = z.strictObject({
  text: z.string().min(2),
  cite: cite.optional(),
  section: z
    .enum(COUNTRY_SECTION_IDS as [CountrySectionId, ...CountrySectionId[]], {
      error: `expected a section id of the anchor contract: ${COUNTRY_SECTION_IDS.join(', ')}`,
    })
    .optional()
    .meta({ description: 'Section id the caveat belongs to (default: at-a-glance).' }),
  audience: caveatAudience,
});

/** One line of the user-facing change log kept in the entry. */
export const changeNote = z
  .strictObject({
    date: isoDate.meta({ description: 'Day the change was made (YYYY-MM-DD).' }),
    text: z.string().min(5, { error: 'expected what changed, in a sentence for users' }),
  })
  .meta({ description: 'What changed in the entry, for its readers (not a commit message).' });

/** A search that found nothing: shown in the gap line, so the next contributor does not repeat it. */
export const researchNote = z
  .strictObject({
    topics: z
      .array(z.enum(RESEARCH_TOPIC_IDS, { error: `expected a topic id: ${RESEARCH_TOPIC_IDS.join(', ')}` }))
      .min(1, { error: 'expected at least one topic that was searched for' }),
    where: z.string().min(5, { error: 'expected what was searched, e.g. "EJN, CoE declarations, UNCAC review"' }),
    date: partialDate.meta({ description: 'When the search was made (YYYY-MM or YYYY-MM-DD).' }),
  })
  .meta({ description: 'Topics searched for without finding a source, where, and when.' });

/** A jurisdiction that is part of a sovereign State (a territory, a special administrative region). */
export const partOf = z
  .strictObject({
    code: iso2.meta({ description: 'ISO code of the sovereign State.' }),
    relation: z.string().min(3).meta({ description: 'The relationship as the source names it, e.g. "British Overseas Territory".' }),
    cite,
  })
  .meta({ description: 'For a jurisdiction that is not a sovereign State: the State it belongs to. Treaties of that State bind it only where extended to it.' });

export const country = z
  .strictObject({
    code: iso2.meta({ description: 'ISO 3166-1 alpha-2, lower case; must equal the file name.' }),
    name: z
      .string()
      .min(2, { error: 'expected the common English name of the jurisdiction' })
      .regex(/^[^\n]+$/, { error: 'expected a name on one line' }),
    officialName: z.string().optional(),
    aliases: z
      .array(z.string().min(2).regex(/^[^\n]+$/, { error: 'expected each alias on one line' }))
      .default([])
      .meta({ description: 'Other names people search for: short names, names in other languages, acronyms.' }),
    region: z.enum(REGIONS, { error: `expected one of ${REGIONS.join(', ')}` }),
    partOf: partOf.optional(),
    subregion: z.string().optional(),
    lastVerified: isoDate.nullable().meta({
      description: 'Date the entry was last checked against its sources; null until it has been.',
    }),
    verification: z.string().optional().meta({ description: 'How it was checked (e.g. against stored copies of the sources).' }),
    centralAuthority: authority.nullable().meta({
      description: 'The central authority for MLA requests; null when not yet documented.',
    }),
    otherAuthorities: z.array(authority).default([]),
    channels: z.array(channel).default([]),
    languages: languages.prefault({}),
    legalBases: legalBases.prefault({}),
    measures,
    preservation: preservation.prefault({}),
    urgent: facts,
    requirements: facts,
    safeguards: safeguards.prefault({}),
    timelines: z.array(timeline).default([]),
    statistics: facts,
    templates: z.array(template).default([]),
    caveats: z.array(caveat).default([]),
    searched: z.array(researchNote).default([]).meta({ description: 'Searches that found nothing, shown in the gap lines.' }),
    changes: z.array(changeNote).default([]).meta({ description: 'User-facing change log, newest first.' }),
    sources,
  })
  .superRefine((entry, ctx) => {
    checkCitations(entry, ctx);
    if ((entry.languages?.accepted?.length ?? 0) > 0 && !entry.languages?.cite) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages', 'cite'],
        message: 'missing',
        params: { expected: 'source ids for the accepted languages' },
      });
    }
  }, ALWAYS);

export type Country = z.output<typeof country>;
export type Authority = z.output<typeof authority>;
export type Contact = z.output<typeof contact>;
