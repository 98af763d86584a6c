/**
 * npm run bench [-- --quick] [--sizes 50,200] [--runs 3] [--no-lighthouse] [--keep] [--out FILE]
 * Build benchmark against synthetic content, page weight, search and Lighthouse of the real
 * site. Prints a table and writes JSON (default .bench/results.json). Targets are reported,
 * never enforced: the exit code is 1 only when something could not be measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { USAGE, parseArgs } from './bench/args.ts';
import { formatReport, readmeSection } from './bench/report.ts';
import { runBench } from './bench/run.ts';
import { todayIso } from '../src/lib/country/staleness.ts';

const root = resolve(import.meta.dirname, '..');
let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

try {
  const results = await runBench(options, {
    root,
    node: process.execPath,
    today: todayIso(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  const out = resolve(root, options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(out.replace(/\.json$/, '') + '.md', `${readmeSection(results)}\n`);
  process.stdout.write(`${formatReport(results)}\n\nResults: ${out} (README section: ${out.replace(/\.json$/, '')}.md)\n`);
} catch (err) {
  process.stderr.write(`Benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
}
