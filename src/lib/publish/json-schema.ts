/**
 * The content schemas as JSON Schema (Zod 4's own conversion), for editors, the
 * published /schema/ files and API consumers. Input shape: what a contributor writes.
 */
import { z } from 'astro/zod';
import { schemas } from '../schema/index.ts';

export const SCHEMA_FILES = {
  countries: 'country.json',
  instruments: 'instrument.json',
  modules: 'module.json',
  glossary: 'glossary-term.json',
  groups: 'group.json',
} as const;

const TITLES: Record<keyof typeof SCHEMA_FILES, string> = {
  countries: 'MLAT Navigator country entry (frontmatter of content/countries/<iso2>.mdx)',
  instruments: 'MLAT Navigator instrument entry (frontmatter of content/instruments/<id>.mdx)',
  modules: 'MLAT Navigator training module (frontmatter of content/modules/<slug>.mdx)',
  glossary: 'MLAT Navigator glossary term (frontmatter of content/glossary/<id>.mdx)',
  groups: 'MLAT Navigator group of States (frontmatter of content/groups/<id>.mdx)',
};

export function jsonSchema(collection: keyof typeof SCHEMA_FILES, baseUrl = 'https://mlat-navigator.org'): Record<string, unknown> {
  const schema = z.toJSONSchema(schemas[collection], {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: (ctx) => {
      // Source URLs are copied exactly as published, which can include non-ASCII paths (IRIs).
      if (ctx.jsonSchema.format === 'uri') ctx.jsonSchema.format = 'iri';
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `${baseUrl}/schema/${SCHEMA_FILES[collection]}`,
    title: TITLES[collection],
    // Editors may add a $schema key to a file; allow it.
    properties: { $schema: { type: 'string' }, ...(schema['properties'] as object) },
  };
}
