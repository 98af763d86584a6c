import { isIso2 } from '../../schema/common.ts';
import type { Rule } from '../types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const fileNameRule: Rule = {
  name: 'file-name',
  description: 'The file name is the entry key: an ISO code for countries, a slug elsewhere, and it matches the key inside.',
  scope: 'file',
  check(_ctx, file) {
    if (!file) return [];
    const problems = [];
    const data = (file.data ?? {}) as Record<string, unknown>;
    if (file.collection === 'countries') {
      if (!isIso2(file.id)) {
        problems.push({
          file: file.file,
          line: 1,
          message: `file name "${file.id}" is not an ISO 3166-1 alpha-2 code`,
          expected: 'content/countries/<iso2>.mdx with a lower-case code such as ie.mdx',
        });
      } else if (typeof data['code'] === 'string' && isIso2(data['code']) && data['code'] !== file.id) {
        problems.push({
          file: file.file,
          line: file.lineOf(['code']),
          field: 'code',
          message: `code "${data['code']}" does not match the file name`,
          expected: `"${file.id}"`,
        });
      }
    } else if (!SLUG.test(file.id)) {
      problems.push({
        file: file.file,
        line: 1,
        message: `file name "${file.id}" is not a slug`,
        expected: 'lower-case letters, digits and single hyphens',
      });
    } else if (file.collection === 'instruments' && typeof data['id'] === 'string' && data['id'] !== file.id) {
      problems.push({
        file: file.file,
        line: file.lineOf(['id']),
        field: 'id',
        message: `id "${data['id']}" does not match the file name`,
        expected: `"${file.id}"`,
      });
    }
    return problems.map((p) => ({ ...p, severity: 'error' as const, rule: this.name }));
  },
};
