/**
 * The instrument data the route planner needs in the browser: party lists and the
 * channels and safeguards it cites. Same values as the instrument entries.
 */
import type { APIRoute } from 'astro';
import { instruments } from '../../data/index.ts';

export const GET: APIRoute = async () => {
  const rows = (await instruments()).map(({ data: i }) => {
    const cited = new Set([...i.coverage, ...i.channels, ...i.safeguards.contains, ...i.safeguards.lacks].flatMap((f) => f.cite));
    return {
      id: i.id,
      shortTitle: i.shortTitle,
      kind: i.kind,
      status: i.status,
      inForce: i.inForce ?? null,
      partyList: i.partyList,
      parties: i.parties.map((p) => ({ code: p.code, signed: p.signed ?? null, ratified: p.ratified ?? null, inForce: p.inForce ?? null, cite: p.cite })),
      signatories: i.signatories.map((p) => ({ code: p.code, signed: p.signed ?? null, cite: p.cite })),
      nonParties: i.nonParties.map((p) => ({ code: p.code, cite: p.cite })),
      coverage: i.kind === 'bilateral' ? [] : i.coverage,
      channels: i.channels,
      safeguards: i.safeguards,
      sources: i.sources.filter((s) => cited.has(s.id)).map((s) => ({ id: s.id, title: s.title, url: s.url, date: s.date })),
    };
  });
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json' } });
};
