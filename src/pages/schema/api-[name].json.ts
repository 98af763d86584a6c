/** /schema/api-<name>.json: JSON Schema of each /api/ file shape (src/lib/schema/api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_SCHEMA_NAMES, apiJsonSchema, type ApiSchemaName } from '../../lib/schema/api.ts';
import { SITE } from '../../site.config.ts';

export const getStaticPaths: GetStaticPaths = () => API_SCHEMA_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(apiJsonSchema(params['name'] as ApiSchemaName, SITE.url), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
