/**
 * Values that go into /api/countries.csv and start with =, +, -, @, TAB or CR are run as
 * formulas by spreadsheet programs. The CSV writer neutralises them (src/lib/publish/csv.ts); this
 * warning asks the contributor whether the character belongs there at all.
 */
import { FORMULA_START } from '../../publish/csv.ts';
import type { Problem, Rule } from '../types.ts';

export const csvCellsRule: Rule = {
  name: 'csv-cells',
  description: 'Warns when a value published in the comparison CSV (names of the jurisdiction and its authorities) starts with a spreadsheet formula character.',
  scope: 'tree',
  check(ctx) {
    const problems: Problem[] = [];
    for (const { file, data } of ctx.valid.countries) {
      const values: { path: (string | number)[]; value: string }[] = [
        { path: ['name'], value: data.name },
        ...(data.centralAuthority ? [{ path: ['centralAuthority', 'name'], value: data.centralAuthority.name }] : []),
        ...data.otherAuthorities.map((a, i) => ({ path: ['otherAuthorities', i, 'name'], value: a.name })),
      ];
      for (const { path, value } of values) {
        if (!FORMULA_START.test(value)) continue;
        problems.push({
          file: file.file,
          line: file.lineOf(path),
          field: path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace('.[', '['),
          message: `${JSON.stringify(value)} starts with ${JSON.stringify(value[0])}, which spreadsheets run as a formula (the CSV neutralises it with a leading ')`,
          expected: 'a name that starts with a letter or digit',
          severity: 'warning',
          rule: this.name,
        });
      }
    }
    return problems;
  },
};
