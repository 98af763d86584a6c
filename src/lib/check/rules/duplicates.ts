/**
 * Names people search for must lead to one entry: a code, name, alias or title shared by
 * two entries of a collection is ambiguous. Compared case-insensitively, after Unicode
 * normalisation (NFKC), so "ÉIRE" and "Éire" are the same name.
 */
import type { PathSegment } from '../../citations.ts';
import { formatPath } from '../path.ts';
import type { CheckContext, ContentFile, Problem, Rule } from '../types.ts';

export const nameKey = (value: string) => value.normalize('NFKC').toLocaleLowerCase('en').trim();

type Named = { file: ContentFile; names: { value: string; path: PathSegment[] }[] };

function namesOf(ctx: CheckContext): Record<string, Named[]> {
  return {
    'country entry': ctx.valid.countries.map(({ file, data }) => ({
      file,
      names: [{ value: data.code, path: ['code'] }, { value: data.name, path: ['name'] }, ...data.aliases.map((a, i) => ({ value: a, path: ['aliases', i] }))],
    })),
    'glossary term': ctx.valid.glossary.map(({ file, data }) => ({
      file,
      names: [{ value: data.term, path: ['term'] }, ...data.aliases.map((a, i) => ({ value: a, path: ['aliases', i] }))],
    })),
    instrument: ctx.valid.instruments.map(({ file, data }) => ({
      file,
      names: [{ value: data.title, path: ['title'] }, { value: data.shortTitle, path: ['shortTitle'] }, ...data.aliases.map((a, i) => ({ value: a, path: ['aliases', i] }))],
    })),
    'training module': ctx.valid.modules.map(({ file, data }) => ({ file, names: [{ value: data.title, path: ['title'] }] })),
    group: ctx.valid.groups.map(({ file, data }) => ({ file, names: [{ value: data.name, path: ['name'] }, ...(data.shortName ? [{ value: data.shortName, path: ['shortName'] }] : [])] })),
  };
}

export const duplicatesRule: Rule = {
  name: 'duplicates',
  description: 'No two entries of a collection share a code, name, alias or title (case-insensitive): countries, glossary terms, instruments, modules, groups.',
  scope: 'tree',
  check(ctx: CheckContext) {
    const problems: Problem[] = [];
    for (const [what, entries] of Object.entries(namesOf(ctx))) {
      const owners = new Map<string, string>();
      for (const { file, names } of entries) {
        const own = new Set<string>();
        for (const { value, path } of names) {
          const key = nameKey(value);
          if (own.has(key)) continue;
          own.add(key);
          const owner = owners.get(key);
          if (owner && owner !== file.file) {
            problems.push({
              file: file.file,
              line: file.lineOf(path),
              field: formatPath(path),
              message: `${JSON.stringify(value)} is already used by ${owner}`,
              expected: `a name unique to this ${what}`,
              severity: 'error',
              rule: this.name,
            });
          } else owners.set(key, file.file);
        }
      }
    }
    return problems;
  },
};
