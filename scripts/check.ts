/**
 * npm run check [-- --json] [--errors-only] [files...]
 * Validates all content without building the site. Exit code 1 on any error.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check/index.ts';
import { formatGithub, formatJson, formatText } from '../src/lib/check/report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const errorsOnly = args.includes('--errors-only');
const only = args.filter((a) => !a.startsWith('--'));
const root = resolve(process.env['MLAT_ROOT'] ?? '.');
const contentDir = process.env['MLAT_CONTENT_DIR'] ? resolve(process.env['MLAT_CONTENT_DIR']) : undefined;

const result = checkContent({ root, ...(contentDir ? { contentDir } : {}), ...(only.length ? { only } : {}) });
const problems = errorsOnly ? result.problems.filter((p) => p.severity === 'error') : result.problems;
const summary = { errors: result.errors, warnings: result.warnings, files: only.length || result.ctx.files.length };

if (json) {
  process.stdout.write(`${formatJson(problems, summary)}\n`);
} else {
  if (process.env['GITHUB_ACTIONS'] === 'true' && problems.length) process.stdout.write(`${formatGithub(problems)}\n`);
  process.stdout.write(`${formatText(problems, summary)}\n`);
}
process.exitCode = result.errors > 0 ? 1 : 0;
