/**
 * The sort island of /compare/<field>/: turns each column header of a table[data-sortable]
 * into a button that sorts the rows by that column (again: the other way round). The order
 * comes from src/lib/compare/sort.ts; aria-sort and the caption say how the table is sorted.
 * Without JavaScript the table stays as built: sorted by country name.
 */
import { msg } from './messages.ts';
import { nextDirection, parseSortValue, sortOrder, type SortDirection, type SortType } from '../lib/compare/sort.ts';

const ICONS: Record<SortDirection | 'none', string> = { ascending: '▲', descending: '▼', none: '↕' };

function sortKey(row: HTMLTableRowElement, column: number): string | null {
  return row.cells[column]?.getAttribute('data-sort') ?? null;
}

function describe(label: string, column: number, direction: SortDirection, type: SortType): string {
  const az = direction === 'ascending' ? msg('sort.ui.az') : msg('sort.ui.za');
  if (column === 0) return msg('sort.ui.byName', { column: label.toLowerCase(), order: az });
  const how = type === 'number' ? (direction === 'ascending' ? msg('sort.ui.lowest') : msg('sort.ui.highest')) : az;
  return msg('sort.ui.byValue', { column: label.toLowerCase(), order: how });
}

export function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  if (!body || headers.length === 0) return;
  const note = table.querySelector<HTMLElement>('[data-sort-note]');
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  table.after(live);

  const buttons = headers.map((th, column) => {
    const label = th.textContent?.trim() ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(label, icon);
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const currentSort = th.getAttribute('aria-sort');
      const direction = nextDirection(currentSort === 'ascending' || currentSort === 'descending', currentSort as SortDirection | null);
      sortBy(column, label, direction);
    });
    return { th, icon };
  });

  function paint(): void {
    for (const { th, icon } of buttons) {
      const state = th.getAttribute('aria-sort');
      icon.textContent = ICONS[state === 'ascending' || state === 'descending' ? state : 'none'];
    }
  }

  function sortBy(column: number, label: string, direction: SortDirection): void {
    const type = (headers[column]!.dataset['sortType'] === 'number' ? 'number' : 'text') as SortType;
    const rows = [...body!.rows];
    const keyed = rows.map((row) => ({ value: parseSortValue(sortKey(row, column), type), name: sortKey(row, 0) ?? '' }));
    body!.append(...sortOrder(keyed, direction).map((i) => rows[i]!));
    headers.forEach((th, i) => (i === column ? th.setAttribute('aria-sort', direction) : th.removeAttribute('aria-sort')));
    const text = describe(label, column, direction, type);
    if (note) note.textContent = text;
    live.textContent = text;
    paint();
  }

  paint();
}
