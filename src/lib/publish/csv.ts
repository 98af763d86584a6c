/** CSV (RFC 4180) writing, safe to open in a spreadsheet. */

export type CsvValue = string | number | null | undefined;

/** Separator inside a cell that holds several values. */
export const LIST_SEPARATOR = '; ';

/** Text a spreadsheet would run as a formula: it starts with =, +, -, @, TAB or CR. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: quoted when it holds a comma, a double quote, CR or LF, with inner quotes
 * doubled. Text that a spreadsheet would run as a formula gets a leading ' and quotes
 * (OWASP's advice on CSV injection); numbers are written as numbers.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to a CSV field`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: header line, then one line per row, each ended by CRLF (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  if (header.length === 0) throw new Error('a CSV file needs at least one column');
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
  });
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
