/**
 * The instruments matrix: documented countries (rows) against multilateral, regional and
 * EU instruments (columns), each cell the State's standing as parties.ts gives it on the
 * build date. Which countries share which instruments is read along a column.
 */
import { LISTED_STATUSES, PARTY_STATUSES, stateBound, type Answer, type PartyContext, type PartyStatus } from '../parties.ts';
import type { Instrument } from '../schema/instrument.ts';

/** Column kinds, in column order. Bilateral treaties, schemes and agreements bind few States: left out. */
export const MATRIX_KINDS: readonly Instrument['kind'][] = ['multilateral', 'regional', 'eu-law'];

export interface MatrixColumn {
  id: string;
  shortTitle: string;
  kind: Instrument['kind'];
  partyList: Instrument['partyList'];
}

export interface MatrixCell {
  instrument: string;
  status: PartyStatus;
  /** Whether it binds the State on the date: yes, no, or unknown (never shown as no). */
  answer: Answer;
  /** The instrument page has a #party-<code> row for the State. */
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
  /** Per column: documented countries it binds (answer yes). */
  partyCounts: number[];
}

/**
 * Builds the matrix. Columns keep the given order within each kind (pass them sorted by
 * title); rows keep the given order of countries.
 */
export function buildMatrix(countries: readonly { code: string; name: string }[], instruments: readonly Instrument[], ctx: PartyContext, date: string): Matrix {
  const columns = MATRIX_KINDS.flatMap((kind) => instruments.filter((i) => i.kind === kind));
  const rows = countries.map(({ code, name }) => ({
    code,
    name,
    cells: columns.map((instrument): MatrixCell => {
      const v = stateBound(instrument, code, ctx, date);
      return { instrument: instrument.id, status: v.standing.status, answer: v.answer, listed: LISTED_STATUSES.has(v.standing.status) };
    }),
  }));
  const partyCounts = columns.map((_, i) => rows.filter((r) => r.cells[i]!.answer === 'yes').length);
  return {
    columns: columns.map(({ id, shortTitle, kind, partyList }) => ({ id, shortTitle, kind, partyList })),
    rows,
    partyCounts,
  };
}

/** Instruments (column ids) that bind both countries (answer yes for each). */
export function sharedInstruments(matrix: Matrix, a: string, b: string): string[] {
  const rowA = matrix.rows.find((r) => r.code === a);
  const rowB = matrix.rows.find((r) => r.code === b);
  if (!rowA || !rowB) return [];
  return matrix.columns.filter((_, i) => rowA.cells[i]!.answer === 'yes' && rowB.cells[i]!.answer === 'yes').map((c) => c.id);
}

/** Statuses that occur in the matrix, in a fixed order: the key lists only these. */
export function statusesInUse(matrix: Matrix): PartyStatus[] {
  const used = new Set(matrix.rows.flatMap((r) => r.cells.map((c) => c.status)));
  return PARTY_STATUSES.filter((s) => used.has(s));
}
