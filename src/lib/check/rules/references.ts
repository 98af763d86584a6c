import { formatPath } from '../path.ts';
import type { CheckContext, Problem, Rule } from '../types.ts';

export function knownIds(ctx: CheckContext) {
  const ids = (c: string) => new Set(ctx.files.filter((f) => f.collection === c).map((f) => f.id));
  return { countries: ids('countries'), instruments: ids('instruments'), modules: ids('modules'), glossary: ids('glossary') };
}

function nearest(value: string, known: Set<string>): string {
  const list = [...known].sort();
  const close = list.filter((k) => k.startsWith(value.slice(0, 3)) || value.startsWith(k.slice(0, 3)));
  const show = (close.length ? close : list).slice(0, 8);
  return show.length ? `one of: ${show.join(', ')}${list.length > show.length && !close.length ? ', …' : ''}` : 'an existing entry';
}

export const referencesRule: Rule = {
  name: 'references',
  description: 'Every reference to another entry (instrument, parent instrument, glossary term, module) names one that exists.',
  scope: 'tree',
  check(ctx) {
    const known = knownIds(ctx);
    const problems: Problem[] = [];
    const ref = (file: (typeof ctx.files)[number], path: (string | number)[], value: string, set: Set<string>, what: string) => {
      if (set.has(value)) return;
      problems.push({
        file: file.file,
        line: file.lineOf(path),
        field: formatPath(path),
        message: `unknown ${what} "${value}"`,
        expected: nearest(value, set),
        severity: 'error',
        rule: 'references',
      });
    };
    for (const { file, data } of ctx.valid.countries) {
      data.legalBases.instruments.forEach((n, i) =>
        ref(file, ['legalBases', 'instruments', i, 'instrument'], n.instrument, known.instruments, 'instrument'),
      );
    }
    for (const { file, data } of ctx.valid.instruments) {
      if (data.parent) ref(file, ['parent'], data.parent, known.instruments, 'instrument');
    }
    for (const { file, data } of ctx.valid.glossary) {
      data.related.forEach((id, i) => ref(file, ['related', i], id, known.glossary, 'glossary term'));
      data.instruments.forEach((id, i) => ref(file, ['instruments', i], id, known.instruments, 'instrument'));
      data.equivalents.forEach((e, i) => ref(file, ['equivalents', i, 'instrument'], e.instrument, known.instruments, 'instrument'));
    }
    for (const { file, data } of ctx.valid.modules) {
      data.prerequisites.forEach((slug, i) => ref(file, ['prerequisites', i], slug, known.modules, 'module'));
    }
    return problems;
  },
};
