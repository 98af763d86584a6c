import type { z } from 'astro/zod';
import { schemas } from '../../schema/index.ts';
import type { Validation } from '../cache.ts';
import { issuesToProblems } from '../issues.ts';
import type { ContentFile, Rule } from '../types.ts';

const validated = new WeakMap<ContentFile, Validation>();

/** Gives a file its schema verdict from the checker's cache (src/lib/check/cache.ts). */
export function seedValidation(file: ContentFile, validation: Validation): void {
  validated.set(file, validation);
}

/** The schema's verdict on a file, computed once however many times it is asked. */
export function validateFile(file: ContentFile): Validation {
  if (file.parseError) return { problems: [] };
  let verdict = validated.get(file);
  if (!verdict) {
    const schema = schemas[file.collection] as z.ZodType;
    const result = schema.safeParse(file.data, { reportInput: true });
    verdict = result.success ? { problems: [], data: result.data } : { problems: issuesToProblems(file, result.error.issues, schema) };
    validated.set(file, verdict);
  }
  return verdict;
}

export const schemaRule: Rule = {
  name: 'schema',
  description: 'Frontmatter matches the collection schema: required fields, types, formats, known source ids.',
  scope: 'file',
  check(_ctx, file) {
    return file ? validateFile(file).problems : [];
  },
};
