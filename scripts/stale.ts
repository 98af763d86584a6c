/**
 * npm run stale [-- --json] [--older-than <months>]
 * Lists country entries by age of verification, oldest (or never verified) first.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check/index.ts';
import { STALE_AFTER_MONTHS, describeAge, staleReport, todayIso } from '../src/lib/country/staleness.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const olderIndex = args.indexOf('--older-than');
const olderThan = olderIndex >= 0 ? Number(args[olderIndex + 1]) : null;
if (olderThan !== null && !Number.isFinite(olderThan)) {
  process.stderr.write('--older-than takes a number of months\n');
  process.exit(2);
}
const root = resolve(process.env['MLAT_ROOT'] ?? '.');
const contentDir = process.env['MLAT_CONTENT_DIR'] ? resolve(process.env['MLAT_CONTENT_DIR']) : undefined;
const today = todayIso();
const { ctx } = checkContent({ root, ...(contentDir ? { contentDir } : {}), today });
// Piping into head closes stdout early: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const invalid = ctx.files.filter((f) => f.collection === 'countries' && !ctx.valid.countries.some((v) => v.file === f)).map((f) => f.file);
let rows = staleReport(
  ctx.valid.countries.map(({ file, data }) => ({ file: file.file, name: data.name, lastVerified: data.lastVerified })),
  today,
);
if (olderThan !== null) rows = rows.filter((r) => r.months === null || r.months >= olderThan);

if (json) {
  process.stdout.write(`${JSON.stringify({ today, staleAfterMonths: STALE_AFTER_MONTHS, entries: rows, invalid }, null, 2)}\n`);
} else {
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  for (const r of rows) {
    const when = r.lastVerified ? `${r.lastVerified}  ${describeAge(r.months!)}` : 'never verified';
    const flag = r.state === 'fresh' ? '' : r.state === 'stale' ? '  STALE' : '  UNVERIFIED';
    process.stdout.write(`${r.name.padEnd(width)}  ${when}${flag}  ${r.file}\n`);
  }
  const stale = rows.filter((r) => r.state !== 'fresh').length;
  process.stdout.write(`${rows.length} entries; ${stale} stale or unverified (stale after ${STALE_AFTER_MONTHS} months)\n`);
  if (invalid.length) process.stdout.write(`not listed because they fail the check (run npm run check): ${invalid.join(', ')}\n`);
}
