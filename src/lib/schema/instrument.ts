/** Schema of an instrument entry: content/instruments/<id>.mdx frontmatter. */
import { z } from 'astro/zod';
import { cite, facts, partialDate, partyCode, slug, sources } from './common.ts';
import { ALWAYS, checkCitations } from './refine.ts';

export const party = z.strictObject({
  code: partyCode,
  name: z.string().optional().meta({ description: 'Name as the source gives it (defaults to the English short name).' }),
  signed: partialDate.nullable().optional(),
  ratified: partialDate
    .nullable()
    .optional()
    .meta({ description: 'Deposit of ratification, acceptance, approval or accession (say otherwise in `note`).' }),
  inForce: partialDate.nullable().optional().meta({ description: 'Entry into force for this State.' }),
  note: z.string().optional(),
  cite,
});

export const nonParty = z.strictObject({
  code: partyCode,
  name: z.string().optional(),
  asOf: partialDate.optional(),
  cite,
});

export const INSTRUMENT_KINDS = ['multilateral', 'regional', 'bilateral', 'eu-law', 'scheme', 'agreement'] as const;
export const INSTRUMENT_STATUSES = ['in-force', 'not-in-force', 'non-binding', 'unknown'] as const;

export const instrument = z
  .strictObject({
    id: slug.meta({ description: 'Must equal the file name.' }),
    title: z.string().min(3),
    shortTitle: z.string().min(2),
    aliases: z.array(z.string().min(2)).default([]),
    kind: z.enum(INSTRUMENT_KINDS),
    organisation: z.string().optional().meta({ description: 'Body under whose auspices it was made (Council of Europe, UN, OAS...).' }),
    treatyNumber: z.string().optional().meta({ description: 'Treaty series number, e.g. "ETS No. 185".' }),
    parent: slug.optional().meta({ description: 'For a protocol: id of the instrument it supplements.' }),
    adopted: partialDate.nullable().optional(),
    openedForSignature: partialDate.nullable().optional(),
    inForce: partialDate.nullable().optional().meta({ description: 'Date it entered into force (or applies from).' }),
    status: z.enum(INSTRUMENT_STATUSES).meta({
      description:
        'in-force: usable as a legal basis between its parties; not-in-force, non-binding and unknown (no source says whether it is in force) are shown but never offered as a legal basis.',
    }),
    statusNote: z.string().optional(),
    partyList: z
      .enum(['complete', 'partial', 'near-universal'])
      .meta({
        description:
          'partial: a State missing from `parties` is not a confirmed non-party. near-universal: treat as shared unless a State is listed in `nonParties`.',
      }),
    summary: z.string().min(10).meta({ description: 'One or two sentences: what it is for.' }),
    coverage: facts.meta({ description: 'What it covers.' }),
    channels: facts.meta({ description: 'Channels it creates (central authorities, 24/7 network, direct transmission...).' }),
    safeguards: z
      .strictObject({ contains: facts, lacks: facts })
      .prefault({})
      .meta({ description: 'Safeguards it contains, and notable ones it lacks.' }),
    parties: z.array(party).default([]),
    signatories: z.array(party).default([]).meta({ description: 'Signed but not ratified, as of the cited source.' }),
    nonParties: z.array(nonParty).default([]),
    facts,
    caveats: z.array(z.strictObject({ text: z.string().min(2), cite: cite.optional() })).default([]),
    sources,
  })
  .superRefine((entry, ctx) => {
    checkCitations(entry, ctx);
    const seen = new Map<string, string>();
    const lists = ['parties', 'signatories', 'nonParties'] as const;
    for (const list of lists) {
      const items = Array.isArray(entry[list]) ? entry[list] : [];
      items.forEach((p, i) => {
        if (typeof p?.code !== 'string') return;
        const other = seen.get(p.code);
        if (other) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'code'],
            message: `"${p.code}" is listed twice (also in ${other}); a State has one status per instrument`,
          });
        }
        seen.set(p.code, list);
      });
    }
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    if (entry.kind === 'bilateral' && count(entry.parties) + count(entry.signatories) !== 2) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: 'expected exactly two States for a bilateral instrument' });
    }
  }, ALWAYS);

export type Instrument = z.output<typeof instrument>;
export type Party = z.output<typeof party>;
