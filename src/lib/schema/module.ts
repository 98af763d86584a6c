/** Schema of a training module: content/modules/<slug>.mdx frontmatter. */
import { z } from 'astro/zod';
import { isoDate, slug, source } from './common.ts';
import { ALWAYS, checkCitations } from './refine.ts';

export const AUDIENCES = ['prosecutors', 'liaison-officers', 'investigators', 'judges', 'central-authority-staff', 'defence-lawyers', 'trainers'] as const;
export const LEVELS = ['introductory', 'intermediate', 'advanced'] as const;

export const trainingModule = z
  .strictObject({
    title: z.string().min(3),
    summary: z.string().min(10),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    level: z.enum(LEVELS),
    durationMinutes: z.number().int().positive(),
    objectives: z.array(z.string().min(5)).min(1, { error: 'expected at least one learning objective' }),
    prerequisites: z.array(slug).default([]).meta({ description: 'Slugs of modules to take first.' }),
    reviewed: isoDate.meta({ description: 'Date the module was last reviewed against the entries it links to.' }),
    authors: z.array(z.string().min(2)).min(1),
    sources: z.array(source).default([]).meta({ description: 'Sources cited by `<Cite>` in the body, beyond the linked entries.' }),
  })
  .superRefine((entry, ctx) => checkCitations(entry, ctx), ALWAYS);

export type TrainingModule = z.output<typeof trainingModule>;
