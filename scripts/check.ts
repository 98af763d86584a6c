/**
 * npm run check [-- --json] [--errors-only] [--no-cache] [files...]
 * Validates all content without building the site. Exit code 1 on any error. Per-file work
 * is kept in a content-hash cache (src/lib/check/cache.ts) unless --no-cache or MLAT_CHECK_CACHE=0.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { cacheEnabled } from '../src/lib/check/cache.ts';
import { checkContent } from '../src/lib/check/index.ts';
import { formatGithub, formatJson, formatText } from '../src/lib/check/report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const errorsOnly = args.includes('--errors-only');
const only = args.filter((a) => !a.startsWith('--'));
const root = resolve(process.env['MLAT_ROOT'] ?? '.');
const contentDir = process.env['MLAT_CONTENT_DIR'] ? resolve(process.env['MLAT_CONTENT_DIR']) : undefined;

const onlyFiles = only.map((f) => (isAbsolute(f) ? relative(root, f) : f).replace(/^\.\//, ''));
const cache = cacheEnabled() && !args.includes('--no-cache');
const result = checkContent({ root, cache, ...(contentDir ? { contentDir } : {}), ...(onlyFiles.length ? { only: onlyFiles } : {}) });
// A path that names no content file is a mistake, not a clean bill of health.
const known = new Set([...result.ctx.files.map((f) => f.file), ...result.problems.map((p) => p.file)]);
for (const f of onlyFiles) {
  if (!known.has(f)) {
    result.problems.push({ file: f, message: 'no such content file', expected: 'a path such as content/countries/ie.mdx', severity: 'error', rule: 'file-name' });
    result.errors += 1;
  }
}
const problems = errorsOnly ? result.problems.filter((p) => p.severity === 'error') : result.problems;
const summary = { errors: result.errors, warnings: errorsOnly ? 0 : result.warnings, files: onlyFiles.length || result.ctx.files.length };

if (json) {
  process.stdout.write(`${formatJson(problems, summary)}\n`);
} else {
  if (process.env['GITHUB_ACTIONS'] === 'true' && problems.length) process.stdout.write(`${formatGithub(problems)}\n`);
  process.stdout.write(`${formatText(problems, summary)}\n`);
}
process.exitCode = result.errors > 0 ? 1 : 0;
