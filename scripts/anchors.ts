/**
 * npm run anchors (after npm run build, at release): add the anchors the built site
 * publishes to the committed list, tests/contract/anchors.json. It only ever adds; the
 * tests fail when an anchor in the list disappears without an alias or redirect.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contractIds, recordAnchors, type AnchorList } from './anchors/published.ts';

export const ANCHORS_FILE = resolve('tests/contract/anchors.json');

function pages(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(dist, full);
    return name === 'index.html' ? [`/${relative(dist, dir).split('\\').join('/')}/`.replace(/^\/\/$/, '/')] : [];
  });
}

const dist = resolve(process.env['MLAT_DIST'] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write(`No built site in ${dist}: run npm run build first.\n`);
  process.exit(1);
}
const current: AnchorList = {};
for (const page of pages(dist).sort()) {
  if (page.startsWith('/api/') || page.startsWith('/schema/') || page.startsWith('/pagefind/')) continue;
  current[page] = [...new Set(contractIds(page, readFileSync(join(dist, page, 'index.html'), 'utf8')))].sort();
}
const committed = existsSync(ANCHORS_FILE) ? (JSON.parse(readFileSync(ANCHORS_FILE, 'utf8')) as AnchorList) : {};
const { list, added } = recordAnchors(committed, current);
writeFileSync(ANCHORS_FILE, `${JSON.stringify(list, null, 1)}\n`);
const count = Object.values(list).reduce((n, ids) => n + ids.length, 0);
process.stdout.write(`${ANCHORS_FILE}: ${added.length} anchors added; ${Object.keys(list).length} pages, ${count} anchors recorded\n`);
