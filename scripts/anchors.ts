/**
 * npm run anchors: record the anchors the built site publishes (after npm run build).
 * The committed list is the contract with trainers; tests fail when an anchor in it
 * disappears without an alias, and when the site publishes anchors it does not list.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contractIds, type AnchorList } from './anchors/published.ts';

export const ANCHORS_FILE = resolve('tests/contract/anchors.json');

function pages(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(dist, full);
    return name === 'index.html' ? [`/${relative(dist, dir).split('\\').join('/')}/`.replace(/^\/\/$/, '/')] : [];
  });
}

const dist = resolve(process.env['MLAT_DIST'] ?? 'dist');
const list: AnchorList = {};
for (const page of pages(dist).sort()) {
  if (page.startsWith('/api/') || page.startsWith('/schema/') || page.startsWith('/pagefind/')) continue;
  list[page] = [...new Set(contractIds(page, readFileSync(join(dist, page, 'index.html'), 'utf8')))].sort();
}
writeFileSync(ANCHORS_FILE, `${JSON.stringify(list, null, 1)}\n`);
const count = Object.values(list).reduce((n, ids) => n + ids.length, 0);
process.stdout.write(`wrote ${ANCHORS_FILE}: ${Object.keys(list).length} pages, ${count} anchors\n`);
