/** /instruments/<id>/map.svg: the instrument's world map of party status on the build date, a static image built once. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { instruments } from '../../../data/index.ts';
import { publishContext } from '../../../data/records.ts';
import { hasMap, mapStatuses, renderWorldMap } from '../../../lib/publish/map.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await instruments()).filter((e) => hasMap(e.data.kind)).map((e) => ({ params: { id: e.id }, props: { entry: e } }));

export const GET: APIRoute = async ({ props }) => {
  const data = props['entry'].data;
  const { parties, date } = await publishContext();
  const svg = renderWorldMap(mapStatuses(data, parties, date), { title: `Party status, ${data.shortTitle}` });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
