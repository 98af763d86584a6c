import type { APIRoute } from 'astro';
import { instruments } from '../../data/index.ts';
import { API_VERSION } from '../../lib/api.ts';

export const GET: APIRoute = async () => {
  const rows = (await instruments()).map(({ data: d }) => ({
    id: d.id,
    title: d.title,
    shortTitle: d.shortTitle,
    kind: d.kind,
    status: d.status,
    inForce: d.inForce ?? null,
    partyList: d.partyList,
    parties: d.parties.map((p) => p.code),
    signatories: d.signatories.map((p) => p.code),
    url: `/instruments/${d.id}/`,
    data: `/api/instruments/${d.id}.json`,
  }));
  return new Response(JSON.stringify({ apiVersion: API_VERSION, count: rows.length, instruments: rows }, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
