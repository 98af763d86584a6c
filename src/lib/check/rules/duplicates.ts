import type { CheckContext, Problem, Rule } from '../types.ts';

/** Names people search for must lead to one country: a shared alias or code is ambiguous. */
export const duplicatesRule: Rule = {
  name: 'duplicates',
  description: 'No two country entries share an ISO code, a name or an alias.',
  scope: 'tree',
  check(ctx: CheckContext) {
    const problems: Problem[] = [];
    const owners = new Map<string, string>();
    for (const { file, data } of ctx.valid.countries) {
      const names = [
        { value: data.code, path: ['code'] },
        { value: data.name, path: ['name'] },
        ...data.aliases.map((a, i) => ({ value: a, path: ['aliases', i] })),
      ];
      const own = new Set<string>();
      for (const { value, path } of names) {
        const key = value.toLowerCase();
        if (own.has(key)) continue;
        own.add(key);
        const owner = owners.get(key);
        if (owner && owner !== file.file) {
          problems.push({
            file: file.file,
            line: file.lineOf(path),
            field: path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace('.[', '['),
            message: `${JSON.stringify(value)} is already used by ${owner}`,
            expected: 'a code, name or alias unique to this jurisdiction',
            severity: 'error',
            rule: this.name,
          });
        } else owners.set(key, file.file);
      }
    }
    return problems;
  },
};
