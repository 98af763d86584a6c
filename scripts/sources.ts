/**
 * npm run sources [-- --state .sources/last-run.json] [--report report.md] [--json] [--concurrency 4] [--timeout 20000]
 * Checks every source URL of the content (status, redirects, content changed since the last
 * run). Uses the network: opt-in, never part of npm test. Exit code 1 when a source that is
 * not suppressed is broken, 2 when the suppression list itself is wrong.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkContent } from '../src/lib/check/index.ts';
import { checkUrl, collectSources, findings, hostOf, politely, reportMarkdown, suppressionProblems, type Suppression } from './sources/health.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = resolve(process.env['MLAT_ROOT'] ?? '.');
const statePath = resolve(root, option('state', '.sources/last-run.json'));
const suppressionsPath = resolve(root, option('suppressions', 'scripts/sources/suppressions.json'));

const { ctx } = checkContent({ root, ...(process.env['MLAT_CONTENT_DIR'] ? { contentDir: resolve(process.env['MLAT_CONTENT_DIR']) } : {}) });
const entries = [...ctx.valid.countries, ...ctx.valid.instruments, ...ctx.valid.modules, ...ctx.valid.glossary, ...ctx.valid.groups].map(({ file, data }) => ({
  file: file.file,
  sources: (data as { sources: { id: string; url: string; title: string }[] }).sources,
}));
const sources = collectSources(entries);
const suppressions = JSON.parse(readFileSync(suppressionsPath, 'utf8')) as Suppression[];
const listProblems = suppressionProblems(suppressions, sources);
if (listProblems.length) {
  console.error(listProblems.join('\n'));
  process.exit(2);
}
let lastRun: Record<string, string> = {};
try {
  lastRun = JSON.parse(readFileSync(statePath, 'utf8')) as Record<string, string>;
} catch {
  /* first run: nothing to compare with */
}
const results = await politely(sources, (s) => hostOf(s.url), Number(option('concurrency', '4')), (s) => checkUrl(s.url, { timeoutMs: Number(option('timeout', '20000')) }));
const found = findings(sources, results, lastRun, suppressions);
const today = new Date().toISOString().slice(0, 10);
mkdirSync(dirname(statePath), { recursive: true });
writeFileSync(statePath, JSON.stringify(Object.fromEntries(results.filter((r) => r.hash).map((r) => [r.url, r.hash])), null, 1));
const report = reportMarkdown(found, sources.length, today);
if (args.includes('--report')) writeFileSync(resolve(root, option('report', 'sources-report.md')), report);
process.stdout.write(args.includes('--json') ? `${JSON.stringify({ checked: sources.length, findings: found }, null, 2)}\n` : report);
process.exitCode = found.some((f) => f.kind === 'broken' && !f.suppressed) ? 1 : 0;
