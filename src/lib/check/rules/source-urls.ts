/** Sources should be read over https: a page fetched over plain http can be altered on the way. */
import type { Source } from '../../schema/common.ts';
import type { Problem, Rule } from '../types.ts';

export const sourceUrlsRule: Rule = {
  name: 'source-urls',
  description: 'Warns about source URLs served over plain http: (the schema already refuses other schemes and user names in URLs).',
  scope: 'tree',
  check(ctx) {
    const problems: Problem[] = [];
    const all = [...ctx.valid.countries, ...ctx.valid.instruments, ...ctx.valid.modules, ...ctx.valid.glossary, ...ctx.valid.groups];
    for (const { file, data } of all) {
      ((data as { sources?: Source[] }).sources ?? []).forEach((s, i) => {
        if (!s.url.toLowerCase().startsWith('http:')) return;
        problems.push({
          file: file.file,
          line: file.lineOf(['sources', i, 'url']),
          field: `sources[${i}].url`,
          message: `source "${s.id}" is read over plain http:, so what a reader gets can be altered on the way`,
          expected: 'an https: address only if you read the page there; keep the address you actually read',
          severity: 'warning',
          rule: this.name,
        });
      });
    }
    return problems;
  },
};
