import { bodyTree, nodeLine, nodeSource, walk } from '../mdx.ts';
import type { Problem, Rule } from '../types.ts';

export const mdxSyntaxRule: Rule = {
  name: 'mdx-syntax',
  description: 'The body parses as MDX (closed tags, no bare "<" in text, no stray braces).',
  scope: 'file',
  check(_ctx, file) {
    if (!file) return [];
    const parsed = bodyTree(file);
    if ('tree' in parsed) {
      // "< 30 days" parses as text today, but one edit away ("<30") it is a tag: reject it everywhere.
      const problems: Problem[] = [];
      walk(parsed.tree, (node) => {
        if (node.type === 'text' && nodeSource(file.body, node).includes('<')) {
          problems.push({
            file: file.file,
            line: nodeLine(node),
            field: 'body',
            message: 'a bare "<" in text can be read as the start of a tag',
            expected: '"under", "less than" or &lt;',
            severity: 'error',
            rule: this.name,
          });
        }
      });
      return problems;
    }
    return [
      {
        file: file.file,
        line: parsed.error.line,
        field: 'body',
        message: parsed.error.message,
        severity: 'error',
        rule: this.name,
      },
    ];
  },
};
