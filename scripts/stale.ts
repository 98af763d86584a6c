/**
 * npm run stale [-- --json] [--older-than <months>]
 * Lists country entries by age of verification, oldest (or never verified) first, with
 * how many of the first five questions each answers (src/lib/country/answers.ts).
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check/index.ts';
import { STALE_AFTER_MONTHS, describeAge, staleReport, todayIso } from '../src/lib/country/staleness.ts';
import { FIRST_QUESTIONS, firstAnswers, type FirstAnswers } from '../src/lib/country/answers.ts';
import { stateBound } from '../src/lib/parties.ts';

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
const parties = { groups: new Map(ctx.valid.groups.map((g) => [g.file.id, g.data])) };
const budapest = ctx.valid.instruments.find((i) => i.data.id === 'budapest')?.data;
const answers = new Map<string, FirstAnswers>(
  ctx.valid.countries.map(({ file, data }) => [file.file, firstAnswers(data, { budapest: budapest ? stateBound(budapest, data.code, parties, today).answer : null })]),
);
const answered = (file: string) => FIRST_QUESTIONS.filter((q) => answers.get(file)![q.id] === 'documented').length;
let rows = staleReport(
  ctx.valid.countries.map(({ file, data }) => ({ file: file.file, name: data.name, lastVerified: data.lastVerified })),
  today,
);
if (olderThan !== null) rows = rows.filter((r) => r.months === null || r.months >= olderThan);

if (json) {
  const entries = rows.map((r) => ({ ...r, firstAnswers: answers.get(r.file) }));
  process.stdout.write(`${JSON.stringify({ today, staleAfterMonths: STALE_AFTER_MONTHS, entries, invalid }, null, 2)}\n`);
} else {
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  for (const r of rows) {
    const when = r.lastVerified ? `${r.lastVerified}  ${describeAge(r.months!)}` : 'never verified';
    const flag = r.state === 'fresh' ? '' : r.state === 'stale' ? '  STALE' : '  UNVERIFIED';
    const open = FIRST_QUESTIONS.filter((q) => answers.get(r.file)![q.id] !== 'documented').map((q) => q.id);
    process.stdout.write(`${r.name.padEnd(width)}  ${when}${flag}  ${answered(r.file)}/5 answered${open.length ? ` (open: ${open.join(', ')})` : ''}  ${r.file}\n`);
  }
  const stale = rows.filter((r) => r.state !== 'fresh').length;
  process.stdout.write(`${rows.length} entries; ${stale} stale or unverified (stale after ${STALE_AFTER_MONTHS} months)\n`);
  const full = rows.filter((r) => answered(r.file) === FIRST_QUESTIONS.length).length;
  process.stdout.write(`${full} of ${rows.length} answer all five first questions: ${FIRST_QUESTIONS.map((q) => `${q.id} ${rows.filter((r) => answers.get(r.file)![q.id] === 'documented').length}`).join(', ')}\n`);
  if (invalid.length) process.stdout.write(`not listed because they fail the check (run npm run check): ${invalid.join(', ')}\n`);
}
