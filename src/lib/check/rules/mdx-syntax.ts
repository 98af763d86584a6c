import { bodyTree } from '../mdx.ts';
import type { Rule } from '../types.ts';

export const mdxSyntaxRule: Rule = {
  name: 'mdx-syntax',
  description: 'The body parses as MDX (closed tags, no bare "<" in text, no stray braces).',
  scope: 'file',
  check(_ctx, file) {
    if (!file) return [];
    const parsed = bodyTree(file);
    if ('tree' in parsed) return [];
    return [
      {
        file: file.file,
        line: file.bodyLine + parsed.error.line - 1,
        field: 'body',
        message: parsed.error.message,
        severity: 'error',
        rule: this.name,
      },
    ];
  },
};
