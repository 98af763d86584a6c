/**
 * Which instruments link the two States, in three answers: confirmed bases (yes), possible
 * ones to check with the depositary (unknown), and instruments that name both but are no
 * basis between them (no), each with its reason. The answers come from src/lib/parties.ts.
 */
import { instrumentUrl } from '../contract/urls.ts';
import { appliesWhy, basisBetween, boundWhy, newestListDate, NAMED_STATUSES, standing, type PartyContext, type Reason } from '../parties.ts';
import type { Instrument, Party } from '../schema/instrument.ts';
import type { LegalBasis } from './types.ts';

const side = (v: ReturnType<typeof basisBetween>['requesting']) => ({
  record: (v.standing.record as Party | undefined) ?? null,
  reason: v.reason,
  answer: v.answer,
  since: v.since,
});

function reasonOf(b: ReturnType<typeof basisBetween>, names: { requesting: string; requested: string }): string {
  if (b.instrument.answer !== 'yes') return b.instrument.reason;
  const parts = [
    b.requesting.answer !== 'yes' ? `${names.requesting}: ${b.requesting.reason}` : null,
    b.requested.answer !== 'yes' ? `${names.requested}: ${b.requested.reason}` : null,
  ].filter(Boolean);
  return parts.join('; ') || 'both bound';
}

/** A basis's reason as ids (the instrument's, or each side's that is not bound), for pages in other languages; `reasonOf` gives the English. */
export type BasisReason = { instrument: Reason } | { sides: { name: string; why: Reason }[] };

/** The structured form of a LegalBasis's `reason` (empty `sides`: both bound). */
export function basisReason(instrument: Instrument, requesting: { code: string; name: string }, requested: { code: string; name: string }, ctx: PartyContext, date: string): BasisReason {
  const inst = appliesWhy(instrument, date);
  if (inst.answer !== 'yes') return { instrument: inst.why };
  const sides = [requesting, requested].flatMap((s) => {
    const v = boundWhy(standing(instrument, s.code, ctx, date), date, instrument.appliesFrom);
    return v.answer !== 'yes' ? [{ name: s.name, why: v.why }] : [];
  });
  return { sides };
}

export interface LegalBasesResult {
  confirmed: LegalBasis[];
  possible: LegalBasis[];
  not: LegalBasis[];
}

/**
 * Every instrument, sorted into the three answers. Possible bases are offered only where the
 * instrument itself applies; an instrument that says nothing of either State (a bilateral
 * treaty between others, a partial list that names neither) is left out altogether.
 */
export function legalBases(
  instruments: readonly Instrument[],
  requesting: { code: string; name: string },
  requested: { code: string; name: string },
  ctx: PartyContext,
  date: string,
): LegalBasesResult {
  const out: LegalBasesResult = { confirmed: [], possible: [], not: [] };
  for (const i of instruments) {
    const b = basisBetween(i, requesting.code, requested.code, ctx, date);
    const namesBoth = NAMED_STATUSES.has(b.requesting.standing.status) && NAMED_STATUSES.has(b.requested.standing.status);
    const namesOne = NAMED_STATUSES.has(b.requesting.standing.status) || NAMED_STATUSES.has(b.requested.standing.status);
    const basis: LegalBasis = {
      id: i.id,
      title: i.shortTitle,
      kind: i.kind,
      answer: b.answer,
      likely: b.likely,
      requesting: side(b.requesting),
      requested: side(b.requested),
      reason: reasonOf(b, { requesting: requesting.name, requested: requested.name }),
      listDate: newestListDate(i),
      href: instrumentUrl(i.id),
      partiesHref: instrumentUrl(i.id, 'parties'),
    };
    if (b.answer === 'yes') out.confirmed.push(basis);
    else if (b.answer === 'unknown') {
      // A bilateral treaty that names only one of them links the other only if it is a party: never "possible".
      if (i.kind === 'bilateral' && !namesBoth) continue;
      if (namesOne || i.partyList === 'near-universal') out.possible.push(basis);
    } else if (namesBoth) out.not.push(basis);
  }
  // Likely (presumed) bases after those with some evidence; then by title.
  out.possible.sort((x, y) => Number(x.likely) - Number(y.likely) || x.title.localeCompare(y.title, 'en'));
  return out;
}
