import type { APIRoute } from 'astro';
import { glossary } from '../../data/index.ts';
import { apiJson, glossaryIndex } from '../../lib/publish/api.ts';
import { glossaryFile } from '../../lib/schema/api.ts';
import { PUBLICATION, jsonResponse } from './_publication.ts';

export const GET: APIRoute = async () => {
  const terms = (await glossary()).map((t) => ({ id: t.id, data: t.data, body: t.body }));
  return jsonResponse(apiJson(glossaryFile, glossaryIndex(terms, PUBLICATION), '/api/glossary.json'));
};
