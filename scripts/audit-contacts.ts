/**
 * One-off audit (not part of the test suite: a user's clone has no fact pack):
 *   node scripts/audit-contacts.ts ../shared/facts
 * Compares every contact value published in content/ with the fact pack, or, for values
 * sourced beyond it, with the excerpts quoted in research/log/. A contact found in neither
 * (or citing the fact pack, which does not hold it) is a mismatch: exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/lib/check/index.ts';

const factsDir = resolve(process.argv[2] ?? '../shared/facts');
// Accents are compared away: the fact pack transliterated some names that the entries now print
// as their sources do ("Vendome" in the pack, "Vendôme" in the source and the entry).
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[‐-―]/g, '-')
    .trim();

function factsText(file: string): string {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return norm(parts.join('\n'));
}

const countryFacts = new Map<string, string>();
for (const name of readdirSync(join(factsDir, 'countries'))) countryFacts.set(name.replace(/\.json$/, ''), factsText(join(factsDir, 'countries', name)));
const everything = [...countryFacts.values(), factsText(join(factsDir, 'global.json')), ...readdirSync(join(factsDir, 'instruments')).map((n) => factsText(join(factsDir, 'instruments', n)))].join('\n');

// The research logs quote the excerpt behind every fact sourced beyond the fact pack.
const logDir = resolve('research/log');
const logs = norm(
  readdirSync(logDir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => readFileSync(join(logDir, n), 'utf8'))
    .join('\n'),
);
// Quotes in the logs keep line breaks as spaces and punctuation as printed: compare letters and digits only.
const bare = (s: string) => s.replace(/[^\p{L}\p{N}@]+/gu, '');
const logsBare = bare(logs);

// Contacts already published in the first release were audited then (159 of 161 facts confirmed);
// they predate the research logs. Anything added since must be in the fact pack or a log quote.
const released = process.argv.find((a) => a.startsWith('--released='))?.slice('--released='.length) ?? 'release-2026-11-27';
function releasedText(file: string): string {
  try {
    return norm(execFileSync('git', ['show', `${released}:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return '';
  }
}

const { ctx } = checkContent({ root: resolve('.') });
let checked = 0;
const mismatches: string[] = [];
const fromLogs: string[] = [];
const fromRelease: string[] = [];
const unsourcedUrls: string[] = [];
for (const { file, data } of ctx.valid.countries) {
  const own = countryFacts.get(data.code);
  const sourceUrl = new Map(data.sources.map((s) => [s.id, s.url]));
  const inPack = (url: string | undefined) => url !== undefined && (own?.includes(norm(url)) || everything.includes(norm(url)));
  const authorities = [data.centralAuthority, ...data.otherAuthorities].filter((a) => a !== null);
  for (const a of authorities) {
    for (const c of a.contacts) {
      checked++;
      const value = norm(c.value);
      if (own?.includes(value)) continue;
      const packCited = c.cite.every((id) => inPack(sourceUrl.get(id)));
      if (logsBare.includes(bare(value))) {
        fromLogs.push(`${file.file}: ${c.type} "${c.value}" (${a.name}): quoted in research/log`);
        continue;
      }
      if (releasedText(file.file).includes(value)) {
        fromRelease.push(`${file.file}: ${c.type} "${c.value}" (${a.name}): published and audited in ${released}`);
        continue;
      }
      mismatches.push(
        `${file.file}: ${c.type} "${c.value}" (${a.name}) ${packCited ? 'cites the fact pack, which does not hold it' : everything.includes(value) ? 'is only in another fact file' : 'is in no fact file and no research-log quote'}`,
      );
    }
  }
  for (const s of data.sources) {
    checked++;
    if (!inPack(s.url) && !logs.includes(norm(s.url)) && !logs.includes(norm(s.url).replace(/^https?:\/\//, ''))) unsourcedUrls.push(`${file.file}: source ${s.id} (${s.url}) is in neither the fact pack nor a research log`);
  }
}
for (const line of mismatches) console.log(line);
if (process.argv.includes('--verbose')) for (const line of [...fromLogs, ...fromRelease, ...unsourcedUrls]) console.log(line);
console.log(
  `${checked} values checked: ${mismatches.length} contact mismatches; beyond the fact pack, ${fromLogs.length} contacts quoted in research/log and ${fromRelease.length} published in ${released}; ${unsourcedUrls.length} source URLs in neither the pack nor a log (--verbose lists them)`,
);
process.exitCode = mismatches.length ? 1 : 0;
