import type { APIRoute, GetStaticPaths } from 'astro';
import { countries, instruments } from '../../../data/index.ts';
import { countryRecord } from '../../../lib/api.ts';

export const getStaticPaths: GetStaticPaths = async () => (await countries()).map((e) => ({ params: { code: e.id }, props: { entry: e } }));

export const GET: APIRoute = async ({ props }) => {
  const inst = (await instruments()).map((i) => i.data);
  return new Response(JSON.stringify(countryRecord(props['entry'].data, inst), null, 2), { headers: { 'content-type': 'application/json' } });
};
