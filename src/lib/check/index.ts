/**
 * The content checker: validates the whole content tree and reports every problem
 * at once. `npm run check` prints its report; the build runs it first and stops on errors.
 */
import type { CollectionName } from '../contract.ts';
import { todayIso } from '../staleness.ts';
import { loadContent } from './load.ts';
import { duplicatesRule } from './rules/duplicates.ts';
import { fileNameRule } from './rules/file-name.ts';
import { frontmatterRule } from './rules/frontmatter.ts';
import { mdxComponentsRule } from './rules/mdx-components.ts';
import { mdxSecurityRule } from './rules/mdx-security.ts';
import { mdxSyntaxRule } from './rules/mdx-syntax.ts';
import { referencesRule } from './rules/references.ts';
import { schemaRule, validateFile } from './rules/schema.ts';
import { stalenessRule } from './rules/staleness.ts';
import { uncitedSourcesRule } from './rules/uncited-sources.ts';
import type { CheckContext, ContentFile, Problem, Rule } from './types.ts';

export type { CheckContext, ContentFile, Problem, Rule } from './types.ts';

export const RULES: Rule[] = [
  frontmatterRule,
  fileNameRule,
  schemaRule,
  mdxSyntaxRule,
  mdxSecurityRule,
  mdxComponentsRule,
  referencesRule,
  duplicatesRule,
  uncitedSourcesRule,
  stalenessRule,
];

export interface CheckOptions {
  /** Project root; paths in problems are relative to it. */
  root: string;
  /** Content folder (default: <root>/content). */
  contentDir?: string;
  today?: string;
  /** Only report problems in these project-relative files (the whole tree is still loaded for references). */
  only?: string[];
}

export interface CheckResult {
  problems: Problem[];
  ctx: CheckContext;
  errors: number;
  warnings: number;
}

export function checkFiles(files: ContentFile[], today: string, loadProblems: Problem[] = []): CheckResult {
  const valid: CheckContext['valid'] = { countries: [], instruments: [], modules: [], glossary: [], groups: [] };
  for (const file of files) {
    const { data } = validateFile(file);
    if (data !== undefined) (valid[file.collection as CollectionName] as { file: ContentFile; data: unknown }[]).push({ file, data });
  }
  const ctx: CheckContext = { files, valid, today };
  const problems = [...loadProblems];
  for (const rule of RULES) {
    if (rule.scope === 'file') for (const file of files) problems.push(...rule.check(ctx, file));
    else problems.push(...rule.check(ctx));
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
  return {
    problems,
    ctx,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

export function checkContent(options: CheckOptions): CheckResult {
  const { files, problems } = loadContent(options.root, options.contentDir);
  const result = checkFiles(files, options.today ?? todayIso(), problems);
  if (options.only?.length) {
    const only = new Set(options.only.map((f) => f.replace(/^\.\//, '')));
    result.problems = result.problems.filter((p) => only.has(p.file));
    result.errors = result.problems.filter((p) => p.severity === 'error').length;
    result.warnings = result.problems.filter((p) => p.severity === 'warning').length;
  }
  return result;
}
