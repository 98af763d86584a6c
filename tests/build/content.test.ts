/**
 * The real content tree is sound: every citation resolves, no two entries share
 * an ISO code or alias, every instrument reference resolves, nothing breaks a rule.
 */
import { expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/report.ts';
import { ROOT } from '../helpers/dist.ts';

const result = checkContent({ root: ROOT, ...(process.env['MLAT_CONTENT_DIR'] ? { contentDir: process.env['MLAT_CONTENT_DIR'] } : {}) });

it('the content tree has entries in every collection', () => {
  for (const c of ['countries', 'instruments', 'glossary', 'modules'] as const) expect(result.ctx.valid[c].length, c).toBeGreaterThan(0);
});

it.each(['schema', 'references', 'duplicates', 'mdx-components', 'mdx-security', 'mdx-syntax', 'file-name', 'frontmatter'])('no %s error in the content', (rule) => {
  expect(result.problems.filter((p) => p.rule === rule && p.severity === 'error').map(formatProblem)).toEqual([]);
});

it('every country code is unique and matches its file', () => {
  const codes = result.ctx.valid.countries.map((c) => c.data.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const { file, data } of result.ctx.valid.countries) expect(file.id).toBe(data.code);
});
