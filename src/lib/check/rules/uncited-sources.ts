import { uncitedSources } from '../../citations.ts';
import type { Source } from '../../schema/common.ts';
import { attributeValue, bodyTree, walk } from '../mdx.ts';
import type { Problem, Rule } from '../types.ts';

export const uncitedSourcesRule: Rule = {
  name: 'uncited-sources',
  description: 'Warns about sources that no statement and no <Cite> in the body uses.',
  scope: 'tree',
  check(ctx) {
    const problems: Problem[] = [];
    const all = [...ctx.valid.countries, ...ctx.valid.instruments, ...ctx.valid.modules, ...ctx.valid.glossary];
    for (const { file, data } of all) {
      const unused = new Set(uncitedSources(data as { sources: Source[] }));
      if (unused.size === 0) continue;
      const parsed = bodyTree(file);
      if ('tree' in parsed) {
        walk(parsed.tree, (node) => {
          if (node.name === 'Cite') for (const id of (attributeValue(node, 'ids') ?? '').split(/\s+/)) unused.delete(id);
        });
      }
      const sources = (data as { sources: { id: string }[] }).sources;
      sources.forEach((s, i) => {
        if (unused.has(s.id)) {
          problems.push({
            file: file.file,
            line: file.lineOf(['sources', i]),
            field: `sources[${i}]`,
            message: `source "${s.id}" is not cited by any statement`,
            expected: 'cite it where it supports a fact, or remove it',
            severity: 'warning',
            rule: this.name,
          });
        }
      });
    }
    return problems;
  },
};
