/** Schema of a glossary term: content/glossary/<id>.mdx frontmatter; the body is the explanation. */
import { z } from 'astro/zod';
import { slug, source } from './common.ts';
import { ALWAYS, checkCitations } from './refine.ts';
import { LOCALES } from '../i18n/locales.ts';

const TRANSLATED = LOCALES.filter((l) => l !== 'en') as [Exclude<(typeof LOCALES)[number], 'en'>, ...Exclude<(typeof LOCALES)[number], 'en'>[]];

/** The term as an official language version of a UN convention words it. */
export const equivalent = z
  .strictObject({
    lang: z.enum(TRANSLATED).meta({ description: `Language of the version: ${TRANSLATED.join(', ')}.` }),
    text: z.string().trim().min(1, { error: 'expected the term as that language version has it' }).meta({ description: 'The term exactly as that language version has it (headword form, words that occur in the text).' }),
    instrument: slug.meta({ description: 'Id of the instrument whose text it is (e.g. untoc, uncac, uncc).' }),
    article: z.string().min(2).meta({ description: 'Where the text uses it, e.g. "Art. 18(9)".' }),
    cite: z.array(z.string()).min(1, { error: 'expected the id of at least one source (the language version read)' }).meta({ description: 'Ids of the sources (the language version read) in `sources`.' }),
  })
  .meta({ description: 'An equivalent of the term in another UN language, from a convention text.' });

export type Equivalent = z.output<typeof equivalent>;

export const glossaryTerm = z
  .strictObject({
    term: z.string().min(2),
    aliases: z.array(z.string().min(2)).default([]).meta({ description: 'Other names and translations, e.g. "commission rogatoire".' }),
    short: z.string().min(10).meta({ description: 'One-sentence definition in the portal’s own words.' }),
    related: z.array(slug).default([]).meta({ description: 'Ids of related glossary terms.' }),
    instruments: z.array(slug).default([]).meta({ description: 'Ids of instruments that define or use the term.' }),
    equivalents: z
      .array(equivalent)
      .default([])
      .meta({ description: 'The term in the other UN languages, from the official language versions of UNTOC, UNCAC or the UN Cybercrime Convention; the first per language is shown on that language’s pages.' }),
    sources: z.array(source).default([]),
  })
  .superRefine((entry, ctx) => checkCitations(entry, ctx), ALWAYS);

export type GlossaryTerm = z.output<typeof glossaryTerm>;
