/** A training module is its body, and a glossary term's body is its explanation: neither may be empty. */
import type { Rule } from '../types.ts';

export const bodyRequiredRule: Rule = {
  name: 'body-required',
  description: 'Training modules and glossary terms have a body (the module text, the explanation of the term).',
  scope: 'file',
  check(_ctx, file) {
    if (!file || file.parseError || (file.collection !== 'modules' && file.collection !== 'glossary')) return [];
    if (file.body.trim() !== '') return [];
    const what = file.collection === 'modules' ? 'the module text' : 'the explanation of the term';
    return [{ file: file.file, line: file.source.split('\n').length, field: 'body', message: `the body is empty`, expected: `${what} below the frontmatter`, severity: 'error', rule: this.name }];
  },
};
