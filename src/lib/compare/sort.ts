/** Sorting the one-field tables: the value order, gaps last, ties by name. Shared by the page and its island. */

export type SortType = 'text' | 'number';
export type SortValue = string | number | null;

export type SortDirection = 'ascending' | 'descending';

/** A cell's data-sort attribute read back: empty is a gap; a number column parses numbers. */
export function parseSortValue(raw: string | null | undefined, type: SortType): SortValue {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  if (type === 'text') return raw;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Orders two values; gaps (null) go last whichever the direction, so documented values stay on top. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : -order;
}

/** Row order for a sort: by value, ties by name (A to Z), so every sort is stable and reproducible. */
export function sortOrder(rows: readonly { value: SortValue; name: string }[], direction: SortDirection): number[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => compareSortValues(x.row.value, y.row.value, direction) || x.row.name.localeCompare(y.row.name, 'en') || x.index - y.index)
    .map((x) => x.index);
}

/** Next direction when a column header is pressed: a new column starts ascending, the same one flips. */
export function nextDirection(active: boolean, currentDirection: SortDirection | null): SortDirection {
  return active && currentDirection === 'ascending' ? 'descending' : 'ascending';
}
