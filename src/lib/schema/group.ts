/**
 * Schema of a group of States (content/groups/<id>.mdx): the European Union, the Council
 * of Europe, the United Nations, the Commonwealth… Instruments that bind "the members of
 * G" read their members from here, with join and leave dates, so membership is data.
 */
import { z } from 'astro/zod';
import { cite, partialDate, partyCode, sources } from './common.ts';
import { ALWAYS, checkCitations } from './refine.ts';

export const member = z.strictObject({
  code: partyCode,
  joined: partialDate.nullable().optional().meta({ description: 'Date the State became a member; null or absent when the source gives none.' }),
  left: partialDate.optional().meta({ description: 'Date the State ceased to be a member (withdrawal, expulsion).' }),
  note: z.string().optional(),
  cite,
});

export const group = z
  .strictObject({
    name: z.string().min(2),
    shortName: z.string().min(2).optional(),
    kind: z.enum(['organisation', 'network', 'scheme']).meta({ description: 'What the group is.' }),
    memberList: z.enum(['complete', 'partial']).meta({
      description: 'complete: a source gives the whole list as of its date. partial: a State missing here is not a confirmed non-member.',
    }),
    summary: z.string().min(10).optional(),
    members: z.array(member).default([]),
    caveats: z.array(z.strictObject({ text: z.string().min(2), cite: cite.optional() })).default([]),
    sources,
  })
  .superRefine((entry, ctx) => {
    checkCitations(entry, ctx);
    const seen = new Set<string>();
    (Array.isArray(entry.members) ? entry.members : []).forEach((m, i) => {
      if (typeof m?.code !== 'string') return;
      if (seen.has(m.code)) ctx.addIssue({ code: 'custom', path: ['members', i, 'code'], message: `"${m.code}" is listed twice` });
      seen.add(m.code);
      if (m.joined && m.left && m.left < m.joined) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'left'], message: 'expected a leaving date on or after the joining date' });
      }
    });
  }, ALWAYS);

export type Group = z.output<typeof group>;
export type Member = z.output<typeof member>;
