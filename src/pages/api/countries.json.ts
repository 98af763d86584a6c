import type { APIRoute } from 'astro';
import { countries, instruments } from '../../data/index.ts';
import { API_VERSION, countryIndexRow } from '../../lib/api.ts';

export const GET: APIRoute = async () => {
  const inst = (await instruments()).map((i) => i.data);
  const rows = (await countries()).map((e) => countryIndexRow(e.data, inst));
  return new Response(JSON.stringify({ apiVersion: API_VERSION, count: rows.length, countries: rows }, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
