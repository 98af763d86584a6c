/** Schema of a glossary term: content/glossary/<id>.mdx frontmatter; the body is the explanation. */
import { z } from 'astro/zod';
import { slug, source } from './common.ts';
import { ALWAYS, checkCitations } from './refine.ts';

export const glossaryTerm = z
  .strictObject({
    term: z.string().min(2),
    aliases: z.array(z.string().min(2)).default([]).meta({ description: 'Other names and translations, e.g. "commission rogatoire".' }),
    short: z.string().min(10).meta({ description: 'One-sentence definition in the portal’s own words.' }),
    related: z.array(slug).default([]).meta({ description: 'Ids of related glossary terms.' }),
    instruments: z.array(slug).default([]).meta({ description: 'Ids of instruments that define or use the term.' }),
    sources: z.array(source).default([]),
  })
  .superRefine((entry, ctx) => checkCitations(entry, ctx), ALWAYS);

export type GlossaryTerm = z.output<typeof glossaryTerm>;
