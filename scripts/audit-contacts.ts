/**
 * One-off audit (not part of the test suite: a user's clone has no fact pack):
 *   node scripts/audit-contacts.ts ../shared/facts
 * Compares every contact value published in content/ with the fact pack and lists
 * each value that no fact of the same jurisdiction (or any fact file) contains.
 */
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

const { ctx } = checkContent({ root: resolve('.') });
let checked = 0;
const mismatches: string[] = [];
const notInPack: string[] = [];
for (const { file, data } of ctx.valid.countries) {
  const own = countryFacts.get(data.code);
  if (own === undefined) {
    // Sourced beyond the fact pack: reviewed against the excerpts given in its pull request.
    notInPack.push(data.code);
    continue;
  }
  const authorities = [data.centralAuthority, ...data.otherAuthorities].filter((a) => a !== null);
  for (const a of authorities) {
    for (const c of a.contacts) {
      checked++;
      const value = norm(c.value);
      if (own.includes(value)) continue;
      mismatches.push(`${file.file}: ${c.type} "${c.value}" (${a.name}) ${everything.includes(value) ? 'is only in another fact file' : 'is in NO fact file'}`);
    }
  }
  for (const s of data.sources) {
    checked++;
    if (!own.includes(norm(s.url)) && !everything.includes(norm(s.url))) mismatches.push(`${file.file}: source URL ${s.url} is in no fact file`);
  }
}
for (const line of mismatches) console.log(line);
console.log(`${checked} values checked, ${mismatches.length} not found as such in the fact pack`);
if (notInPack.length) console.log(`not in the fact pack (not audited here): ${notInPack.join(', ')}`);
process.exitCode = mismatches.length ? 1 : 0;
