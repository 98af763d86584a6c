import type { APIRoute, GetStaticPaths } from 'astro';
import { SCHEMA_FILES, jsonSchema } from '../../lib/publish/json-schema.ts';
import { SITE } from '../../site.config.ts';

export const getStaticPaths: GetStaticPaths = () =>
  (Object.entries(SCHEMA_FILES) as [keyof typeof SCHEMA_FILES, string][]).map(([collection, file]) => ({ params: { file }, props: { collection } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(jsonSchema(props['collection'] as keyof typeof SCHEMA_FILES, SITE.url), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
