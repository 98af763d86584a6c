/** Output formats of the content checker. */
import type { Problem } from './types.ts';

/** `path:line field: message (expected …)`; warnings say so. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field}:` : '';
  const level = p.severity === 'warning' ? ' warning:' : '';
  const expected = p.expected ? ` (expected ${p.expected})` : '';
  return `${where}${field}${level} ${p.message}${expected}`;
}

export function formatText(problems: Problem[], summary: { errors: number; warnings: number; files: number }): string {
  const lines = problems.map(formatProblem);
  lines.push(
    `${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}

/** GitHub Actions workflow commands, so problems appear on the pull request's diff. */
export function formatGithub(problems: Problem[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map((p) => {
      const title = p.field ? `${p.rule}: ${p.field}` : p.rule;
      return `::${p.severity} file=${prop(p.file)},line=${p.line ?? 1},title=${prop(title)}::${esc(`${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`)}`;
    })
    .join('\n');
}

export function formatJson(problems: Problem[], summary: { errors: number; warnings: number; files: number }): string {
  return JSON.stringify({ ...summary, problems }, null, 2);
}
