import type { APIRoute } from 'astro';
import { glossary } from '../../data/index.ts';
import { API_VERSION } from '../../lib/api.ts';

export const GET: APIRoute = async () => {
  const terms = (await glossary()).map((t) => ({ id: t.id, ...t.data, body: t.body ?? '', url: `/glossary/#${t.id}` }));
  return new Response(JSON.stringify({ apiVersion: API_VERSION, count: terms.length, terms }, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
