/**
 * The content checker: validates the whole content tree and reports every problem
 * at once. `npm run check` prints its report; the build runs it first and stops on errors.
 */
import type { CollectionName } from '../contract/collections.ts';
import { todayIso } from '../country/staleness.ts';
import { join } from 'node:path';
import { openCache } from './cache.ts';
import { completeCache, loadContent, type FileCache } from './load.ts';
import { anchorsRule } from './rules/anchors.ts';
import { bodyRequiredRule } from './rules/body-required.ts';
import { csvCellsRule } from './rules/csv-cells.ts';
import { duplicatesRule } from './rules/duplicates.ts';
import { futureDatesRule } from './rules/future-dates.ts';
import { invisibleCharactersRule } from './rules/invisible-characters.ts';
import { sourceUrlsRule } from './rules/source-urls.ts';
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
  invisibleCharactersRule,
  schemaRule,
  futureDatesRule,
  sourceUrlsRule,
  mdxSyntaxRule,
  mdxSecurityRule,
  mdxComponentsRule,
  anchorsRule,
  bodyRequiredRule,
  referencesRule,
  duplicatesRule,
  csvCellsRule,
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
  /** Keep per-file work in the content-hash cache (src/lib/check/cache.ts); the CLI and the build turn it on. */
  cache?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  ctx: CheckContext;
  errors: number;
  warnings: number;
  /** Files found in and missing from the cache, when the check ran with it. */
  cache?: { hits: number; misses: number };
}

export function checkFiles(files: ContentFile[], today: string, loadProblems: Problem[] = []): CheckResult {
  const valid: CheckContext['valid'] = { countries: [], instruments: [], modules: [], glossary: [], groups: [] };
  const problems = [...loadProblems];
  for (const file of files) {
    const { data } = guarded('schema', file.file, problems, () => validateFile(file)) ?? {};
    if (data !== undefined) (valid[file.collection as CollectionName] as { file: ContentFile; data: unknown }[]).push({ file, data });
  }
  const ctx: CheckContext = { files, valid, today };
  for (const rule of RULES) {
    if (rule.scope === 'file') for (const file of files) problems.push(...(guarded(rule.name, file.file, problems, () => rule.check(ctx, file)) ?? []));
    else problems.push(...(guarded(rule.name, 'content', problems, () => rule.check(ctx)) ?? []));
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
  return {
    problems,
    ctx,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/**
 * Runs one rule; a rule that throws on strange input reports it as a problem of that file
 * (and the file is refused), so the checker never ends in a stack trace.
 */
function guarded<T>(rule: string, file: string, problems: Problem[], run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    const message = String((err as Error)?.message ?? err).split('\n')[0];
    problems.push({ file, line: 1, message: `the checker could not finish (${message})`, expected: 'a file the checker can read: simplify the part it stopped at', severity: 'error', rule });
    return undefined;
  }
}

export function checkContent(options: CheckOptions): CheckResult {
  const contentDir = options.contentDir ?? join(options.root, 'content');
  const cache = options.cache ? openCache(options.root, contentDir) : undefined;
  const fileCache: FileCache | undefined = cache ? { get: (key) => cache.get(key), pending: [] } : undefined;
  const { files, problems } = loadContent(options.root, contentDir, fileCache);
  const result = checkFiles(files, options.today ?? todayIso(), problems);
  if (cache && fileCache) {
    completeCache(fileCache, cache);
    result.cache = { ...cache.stats };
  }
  if (options.only?.length) {
    const only = new Set(options.only.map((f) => f.replace(/^\.\//, '')));
    result.problems = result.problems.filter((p) => only.has(p.file));
    result.errors = result.problems.filter((p) => p.severity === 'error').length;
    result.warnings = result.problems.filter((p) => p.severity === 'warning').length;
  }
  return result;
}
