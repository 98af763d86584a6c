import type { APIRoute, GetStaticPaths } from 'astro';
import { instruments } from '../../../data/index.ts';
import { instrumentRecord } from '../../../lib/api.ts';

export const getStaticPaths: GetStaticPaths = async () => (await instruments()).map((e) => ({ params: { id: e.id }, props: { entry: e } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(instrumentRecord(props['entry'].data), null, 2), { headers: { 'content-type': 'application/json' } });
