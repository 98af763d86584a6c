import type { Rule } from '../types.ts';

export const frontmatterRule: Rule = {
  name: 'frontmatter',
  description:
    'The file is UTF-8 text that starts with YAML frontmatter between --- lines, which parses the same way in the checker and in the build (no tags, anchors, aliases, merge keys or unquoted dates).',
  scope: 'file',
  check(_ctx, file) {
    return (file?.parseError ?? []).map((e) => ({
      file: file!.file,
      line: e.line,
      ...(e.field ? { field: e.field } : {}),
      message: e.message,
      ...(e.expected ? { expected: e.expected } : {}),
      severity: 'error' as const,
      rule: this.name,
    }));
  },
};
