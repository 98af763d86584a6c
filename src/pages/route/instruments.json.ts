/**
 * What the route planner needs in the browser, besides the requested State's API record:
 * every instrument's party lists, membership rules, fallback rules and the statements it
 * cites, and the groups those rules name. Same values as the entries; nothing else.
 */
import type { APIRoute } from 'astro';
import { groups, instruments } from '../../data/index.ts';

export const GET: APIRoute = async () => {
  const rows = (await instruments()).map(({ data: i }) => {
    const facts = [...(i.kind === 'bilateral' ? [] : i.coverage), ...i.channels, ...i.safeguards.contains, ...i.safeguards.lacks, ...i.fallbacks];
    const lists = [...i.parties, ...i.signatories, ...i.nonParties, ...i.unconfirmed, ...i.binds];
    const cited = new Set([...facts, ...lists].flatMap((f) => f.cite));
    return {
      ...i,
      coverage: i.kind === 'bilateral' ? [] : i.coverage,
      facts: [],
      caveats: [],
      changes: [],
      sources: i.sources.filter((s) => cited.has(s.id) || s.kind === 'depositary'),
    };
  });
  const groupRows = Object.fromEntries((await groups()).map((g) => [g.id, { ...g.data, caveats: [], sources: [] }]));
  return new Response(JSON.stringify({ instruments: rows, groups: groupRows }), { headers: { 'content-type': 'application/json' } });
};
