/**
 * Who can be chosen in the route planner, and what the planner answers for a pair it will
 * not compute a route for: the same State twice, a code that is not a State or a documented
 * jurisdiction, a requested jurisdiction without an entry.
 */
import { UN_GROUP, type PartyContext } from '../parties.ts';
import { MEASURES, type MeasureId } from '../vocabulary.ts';
import type { RouteRefusal, State } from './types.ts';

/**
 * The requesting list: every documented jurisdiction and every UN Member State the portal's
 * group list names (uninhabited territories are neither), by name.
 */
export function requestingStates(documented: readonly State[], ctx: PartyContext, nameOf: (code: string) => string): State[] {
  const codes = new Map(documented.map((s) => [s.code, s.name]));
  for (const m of ctx.groups.get(UN_GROUP)?.members ?? []) if (!m.left && !codes.has(m.code)) codes.set(m.code, nameOf(m.code));
  return [...codes].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export type RouteRequest = { ok: true; from: State; to: State; measure: MeasureId } | { ok: false; refusal: RouteRefusal };

/** Reads from, to and measure, and says plainly why there is no route to compute. */
export function routeRequest(params: { from: string; to: string; measure: string }, requesting: readonly State[], documented: readonly State[]): RouteRequest {
  const from = requesting.find((s) => s.code === params.from.toLowerCase());
  const to = documented.find((s) => s.code === params.to.toLowerCase());
  if (!MEASURES.some((m) => m.id === params.measure)) {
    return { ok: false, refusal: { kind: 'unknown-measure', message: `“${params.measure}” is not a measure the planner knows: choose one from the list.` } };
  }
  if (!from) {
    return { ok: false, refusal: { kind: 'not-a-jurisdiction', message: `“${params.from}” is not a State or jurisdiction the portal knows as a requesting State.` } };
  }
  if (!to) {
    return { ok: false, refusal: { kind: 'no-entry', message: `There is no entry for “${params.to}” as the requested State: choose a documented State or jurisdiction.` } };
  }
  if (from.code === to.code) {
    return { ok: false, refusal: { kind: 'domestic', message: `Domestic matter: the evidence is in ${to.name}, where you are. No mutual legal assistance is needed; use the domestic procedure.` } };
  }
  return { ok: true, from, to, measure: params.measure as MeasureId };
}
