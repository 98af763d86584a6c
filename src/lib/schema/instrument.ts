/** Schema of an instrument entry: content/instruments/<id>.mdx frontmatter. */
import { z } from 'astro/zod';
import { cite, fact, facts, partialDate, partyCode, slug, sources } from './common.ts';
import { caveatAudience, changeNote } from './country.ts';
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

/** A signature. Whether the State went on to ratify is what the three answers turn on. */
export const signatory = party.extend({
  ratification: z
    .enum(['not-shown', 'unknown'])
    .default('not-shown')
    .meta({
      description:
        'not-shown (default): the source is a status list that shows no ratification as of its date, so the State is not bound. unknown: the source records the signature only (a signing ceremony, a list of signatories) and says nothing of ratification.',
    }),
});

/** A State whose standing the sources leave in doubt (e.g. after an expulsion or a denunciation no source confirms). */
export const unconfirmedParty = z.strictObject({
  code: partyCode,
  name: z.string().optional(),
  note: z.string().min(10).meta({ description: 'What the sources say and why the status is unconfirmed.' }),
  asOf: partialDate.optional(),
  cite,
});

export const nonParty = z.strictObject({
  code: partyCode,
  name: z.string().optional(),
  asOf: partialDate.optional(),
  cite,
});

export const INSTRUMENT_KINDS = ['multilateral', 'regional', 'bilateral', 'eu-law', 'scheme', 'agreement'] as const;
export const PARTY_LISTS = ['complete', 'partial', 'near-universal'] as const;
export const INSTRUMENT_STATUSES = ['in-force', 'not-in-force', 'non-binding', 'in-negotiation', 'unknown'] as const;

/**
 * Binding by membership: "binds the members of group G, except …, from D". The group's
 * member list (content/groups/<id>.mdx) gives who and since when; an explicit entry in
 * parties, signatories or nonParties always wins over the expansion.
 */
export const membershipRule = z
  .strictObject({
    group: slug.meta({ description: 'Id of an entry in content/groups/ (e.g. eu).' }),
    except: z.array(partyCode).default([]).meta({ description: 'Members the instrument does not bind (e.g. dk, ie for the EIO).' }),
    from: partialDate.optional().meta({ description: 'Date from which it binds the members (default: the instrument’s own date of application).' }),
    text: z.string().optional().meta({ description: 'The rule in words, as the source states it.' }),
    cite,
  })
  .meta({ description: 'The instrument binds every member of a group (with exceptions), as its sources say.' });

/** What a Party must provide under the instrument, which still helps when a country entry lacks it. */
export const FALLBACK_NEEDS = ['central-authority', 'contacts', '24-7-point-of-contact', 'languages', 'requirements', 'refusal-grounds'] as const;

export const fallbackRule = fact
  .extend({
    need: z.enum(FALLBACK_NEEDS).meta({
      description: 'The gap in a country entry that this rule helps with: central-authority, contacts, 24-7-point-of-contact, languages, requirements or refusal-grounds.',
    }),
  })
  .meta({ description: 'A rule of the instrument that tells a requester what to do when a country entry lacks a fact (e.g. Art. 35: ask your own 24/7 point).' });

/** A page title stays within 70 characters with the site name; tables stay readable on a phone. */
export const SHORT_TITLE_MAX = 64;

export const instrument = z
  .strictObject({
    id: slug.meta({ description: 'Must equal the file name.' }),
    title: z.string().min(3),
    shortTitle: z
      .string()
      .min(2)
      .max(SHORT_TITLE_MAX, { error: `at most ${SHORT_TITLE_MAX} characters: it is the page title and the label in tables (the full name goes in title)` })
      .meta({ description: `Name used in page titles, tables and the route planner; at most ${SHORT_TITLE_MAX} characters.` }),
    aliases: z.array(z.string().min(2)).default([]),
    kind: z.enum(INSTRUMENT_KINDS),
    organisation: z.string().optional().meta({ description: 'Body under whose auspices it was made (Council of Europe, UN, OAS...).' }),
    treatyNumber: z.string().optional().meta({ description: 'Treaty series number, e.g. "ETS No. 185".' }),
    parent: slug.optional().meta({ description: 'For a protocol: id of the instrument it supplements.' }),
    adopted: partialDate.nullable().optional(),
    openedForSignature: partialDate.nullable().optional(),
    inForce: partialDate.nullable().optional().meta({ description: 'Date it entered into force.' }),
    appliesFrom: partialDate
      .optional()
      .meta({ description: 'Date from which it applies, when later than its entry into force (e.g. an EU regulation); not a legal basis before it.' }),
    status: z.enum(INSTRUMENT_STATUSES).meta({
      description:
        'in-force: a legal basis between States it binds. unknown (no source says whether it is in force): offered only as a possible basis, to check. not-in-force, non-binding and in-negotiation: shown, never a basis.',
    }),
    statusNote: z.string().optional(),
    partyList: z
      .enum(PARTY_LISTS)
      .meta({
        description:
          'complete: a State missing from the lists is not a party (no). partial: a State missing is unknown, not a confirmed non-party. near-universal: a UN Member State missing from the lists is likely a party (unknown, shown as likely), never confirmed.',
      }),
    summary: z.string().min(10).meta({ description: 'One or two sentences: what it is for.' }),
    coverage: facts.meta({ description: 'What it covers.' }),
    channels: facts.meta({ description: 'Channels it creates (central authorities, 24/7 network, direct transmission...).' }),
    safeguards: z
      .strictObject({ contains: facts, lacks: facts })
      .prefault({})
      .meta({ description: 'Safeguards it contains, and notable ones it lacks.' }),
    binds: z.array(membershipRule).default([]).meta({ description: 'Membership rules: the instrument binds the members of a group.' }),
    parties: z.array(party).default([]),
    signatories: z.array(signatory).default([]).meta({ description: 'Signed; not ratified as of the cited source, or with ratification unknown (see `ratification`).' }),
    nonParties: z.array(nonParty).default([]),
    unconfirmed: z.array(unconfirmedParty).default([]).meta({ description: 'States whose standing the sources leave in doubt: shown as unknown, never as Party or non-party.' }),
    fallbacks: z.array(fallbackRule).default([]).meta({ description: 'Rules that help a requester when a country entry lacks a fact.' }),
    facts,
    caveats: z.array(z.strictObject({ text: z.string().min(2), cite: cite.optional(), audience: caveatAudience })).default([]),
    changes: z.array(changeNote).default([]).meta({ description: 'User-facing change log, newest first.' }),
    sources,
  })
  .superRefine((entry, ctx) => {
    checkCitations(entry, ctx);
    const seen = new Map<string, string>();
    const lists = ['parties', 'signatories', 'nonParties', 'unconfirmed'] as const;
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
export type Signatory = z.output<typeof signatory>;
export type NonParty = z.output<typeof nonParty>;
export type UnconfirmedParty = z.output<typeof unconfirmedParty>;
export type MembershipRule = z.output<typeof membershipRule>;
export type FallbackRule = z.output<typeof fallbackRule>;
