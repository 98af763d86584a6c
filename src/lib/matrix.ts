/**
 * The instruments matrix: documented countries (rows) against multilateral, regional and
 * EU instruments (columns), each cell the State's status as parties.ts gives it. Which
 * countries share which instruments is read along a column.
 */
import { stateStatus, type PartyStatus } from './parties.ts';
import type { Instrument } from './schema/instrument.ts';

/** Column kinds, in column order. Bilateral treaties, schemes and agreements bind few States: left out. */
export const MATRIX_KINDS: readonly Instrument['kind'][] = ['multilateral', 'regional', 'eu-law'];

/** Short cell texts: the table is wide, and every cell states its status in words. */
export const CELL_LABELS: Record<PartyStatus, string> = {
  party: 'Party',
  'presumed-party': 'Presumed party',
  signatory: 'Signatory',
  'non-party': 'Non-party',
  'not-party': 'Not a party',
  unknown: 'Not documented',
};

/** What each cell text means, for the key shown with the table. */
export const CELL_MEANINGS: Record<PartyStatus, string> = {
  party: 'listed as a Party (ratified, accepted, approved or acceded)',
  'presumed-party': 'not listed, but the convention has near-universal participation and no source lists the State as a non-party',
  signatory: 'signed but not ratified: not bound',
  'non-party': 'a source lists the State as a non-party',
  'not-party': 'not on a list its sources give as complete',
  unknown: 'not on a partial list: not a confirmed non-party',
};

type MatrixInstrument = Pick<Instrument, 'id' | 'shortTitle' | 'kind' | 'parties' | 'signatories' | 'nonParties' | 'partyList'>;

export interface MatrixColumn {
  id: string;
  shortTitle: string;
  kind: Instrument['kind'];
  partyList: Instrument['partyList'];
}

export interface MatrixCell {
  instrument: string;
  status: PartyStatus;
  /** The instrument entry names the State (its page has a #party-<code> row). */
  listed: boolean;
}

export interface MatrixRow {
  code: string;
  name: string;
  cells: MatrixCell[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Per column: documented countries that are parties (listed or presumed). */
  partyCounts: number[];
}

/**
 * Builds the matrix. Columns keep the given order within each kind (pass them sorted by
 * title); rows keep the given order of countries.
 */
export function buildMatrix(countries: readonly { code: string; name: string }[], instruments: readonly MatrixInstrument[]): Matrix {
  const columns = MATRIX_KINDS.flatMap((kind) => instruments.filter((i) => i.kind === kind));
  const rows = countries.map(({ code, name }) => ({
    code,
    name,
    cells: columns.map((instrument): MatrixCell => {
      const state = stateStatus(instrument, code);
      return { instrument: instrument.id, status: state.status, listed: Boolean(state.record ?? state.nonPartyRecord) };
    }),
  }));
  const partyCounts = columns.map((_, i) => rows.filter((r) => isParty(r.cells[i]!.status)).length);
  return {
    columns: columns.map(({ id, shortTitle, kind, partyList }) => ({ id, shortTitle, kind, partyList })),
    rows,
    partyCounts,
  };
}

function isParty(status: PartyStatus): boolean {
  return status === 'party' || status === 'presumed-party';
}

/** Instruments (column ids) to which both countries are parties, listed or presumed. */
export function sharedInstruments(matrix: Matrix, a: string, b: string): string[] {
  const rowA = matrix.rows.find((r) => r.code === a);
  const rowB = matrix.rows.find((r) => r.code === b);
  if (!rowA || !rowB) return [];
  return matrix.columns.filter((_, i) => isParty(rowA.cells[i]!.status) && isParty(rowB.cells[i]!.status)).map((c) => c.id);
}

/** Statuses that occur in the matrix, in a fixed order: the key lists only these. */
export function statusesInUse(matrix: Matrix): PartyStatus[] {
  const used = new Set(matrix.rows.flatMap((r) => r.cells.map((c) => c.status)));
  return (Object.keys(CELL_LABELS) as PartyStatus[]).filter((s) => used.has(s));
}
