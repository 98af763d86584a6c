import type { Rule } from '../types.ts';

export const frontmatterRule: Rule = {
  name: 'frontmatter',
  description: 'The file starts with YAML frontmatter between --- lines that parses.',
  scope: 'file',
  check(_ctx, file) {
    if (!file?.parseError) return [];
    return [{ file: file.file, line: file.parseError.line, message: file.parseError.message, severity: 'error', rule: this.name }];
  },
};
