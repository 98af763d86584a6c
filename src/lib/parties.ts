/**
 * Party status: the single place that says whether a State is bound by an instrument.
 * Country pages, instrument pages, the route planner and the API all ask here, so
 * they cannot disagree.
 */
import type { Instrument, Party } from './schema/instrument.ts';

export type PartyStatus =
  /** Listed as a Party (ratified, accepted, approved or acceded). */
  | 'party'
  /** Signed but not ratified, as of the cited source. */
  | 'signatory'
  /** A source lists the State as a non-party. */
  | 'non-party'
  /** Near-universal convention: shared unless a source lists the State as a non-party. */
  | 'presumed-party'
  /** Not on a complete list: not a party. */
  | 'not-party'
  /** Not on a partial list: unknown. */
  | 'unknown';

export interface StateStatus {
  status: PartyStatus;
  record?: Party | undefined;
  nonPartyRecord?: Instrument['nonParties'][number] | undefined;
}

export function stateStatus(instrument: Pick<Instrument, 'parties' | 'signatories' | 'nonParties' | 'partyList'>, code: string): StateStatus {
  const party = instrument.parties.find((p) => p.code === code);
  if (party) return { status: 'party', record: party };
  const signatory = instrument.signatories.find((p) => p.code === code);
  if (signatory) return { status: 'signatory', record: signatory };
  const non = instrument.nonParties.find((p) => p.code === code);
  if (non) return { status: 'non-party', nonPartyRecord: non };
  if (instrument.partyList === 'near-universal') return { status: 'presumed-party' };
  if (instrument.partyList === 'complete') return { status: 'not-party' };
  return { status: 'unknown' };
}

export const STATUS_LABELS: Record<PartyStatus, string> = {
  party: 'Party',
  signatory: 'Signatory, not ratified',
  'non-party': 'Not a party',
  'presumed-party': 'Presumed party (near-universal; not listed)',
  'not-party': 'Not a party',
  unknown: 'Not documented',
};

/** Is the State bound, as far as the sources say, on `today`? */
export function isBound(instrument: Instrument, code: string, today: string): boolean {
  const { status, record } = stateStatus(instrument, code);
  if (status === 'presumed-party') return true;
  if (status !== 'party') return false;
  return !record?.inForce || record.inForce <= today;
}

/**
 * Can the instrument serve as a legal basis between two States? Only an instrument in
 * force, binding both of them: a signatory that has not ratified gives no legal basis.
 */
export function isLegalBasisBetween(instrument: Instrument, a: string, b: string, today: string): boolean {
  if (instrument.status !== 'in-force') return false;
  if (instrument.inForce && instrument.inForce > today) return false;
  return isBound(instrument, a, today) && isBound(instrument, b, today);
}

/** Every instrument that mentions the State (any status but unknown/not-party), in a stable order. */
export function instrumentsOfState<T extends Instrument>(instruments: T[], code: string): { instrument: T; state: StateStatus }[] {
  return instruments
    .map((instrument) => ({ instrument, state: stateStatus(instrument, code) }))
    .filter(({ state }) => state.status !== 'unknown' && state.status !== 'not-party')
    .sort((x, y) => KIND_ORDER.indexOf(x.instrument.kind) - KIND_ORDER.indexOf(y.instrument.kind) || x.instrument.shortTitle.localeCompare(y.instrument.shortTitle));
}

const KIND_ORDER: Instrument['kind'][] = ['multilateral', 'regional', 'eu-law', 'agreement', 'scheme', 'bilateral'];
