import type { z } from 'astro/zod';
import { schemas } from '../../schema/index.ts';
import { issuesToProblems } from '../issues.ts';
import type { ContentFile, Problem, Rule } from '../types.ts';

export function validateFile(file: ContentFile): { problems: Problem[]; data?: unknown } {
  if (file.parseError) return { problems: [] };
  const schema = schemas[file.collection] as z.ZodType;
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { problems: [], data: result.data };
  return { problems: issuesToProblems(file, result.error.issues, schema) };
}

export const schemaRule: Rule = {
  name: 'schema',
  description: 'Frontmatter matches the collection schema: required fields, types, formats, known source ids.',
  scope: 'file',
  check(_ctx, file) {
    return file ? validateFile(file).problems : [];
  },
};
