/**
 * The anchor contract. tests/contract/anchors.json lists the pages and #ids trainers may
 * link to; `npm run anchors` adds new ones at release. Only a disappearance fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ANCHOR_ALIASES } from '../../src/lib/contract/anchors.ts';
import { COUNTRY_ANCHORS, GENERATED_ID_PREFIXES, TEMPLATE_IDS } from '../../src/lib/contract/sections.ts';
import { brokenPromises, contractIds, type AnchorList } from '../../scripts/anchors/published.ts';
import { ROOT, htmlPages, pageFile, requireDist } from '../helpers/dist.ts';
import { stripLocale } from '../../src/lib/i18n/locales.ts';

const LIST = join(ROOT, 'tests', 'contract', 'anchors.json');
const usesRealContent = !process.env['MLAT_CONTENT_DIR'] || process.env['MLAT_CONTENT_DIR'] === join(ROOT, 'content');

beforeAll(requireDist);

function currentAnchors(): AnchorList {
  const list: AnchorList = {};
  for (const page of htmlPages()) {
    if (!page.endsWith('/') || /^\/(api|schema|pagefind)\//.test(stripLocale(page))) continue;
    list[page] = [...new Set(contractIds(page, readFileSync(pageFile(page), 'utf8')))].sort();
  }
  return list;
}

it.skipIf(!usesRealContent)('no published page or anchor has disappeared without a declared redirect or alias', () => {
  expect(existsSync(LIST), 'tests/contract/anchors.json is missing: run npm run build && npm run anchors').toBe(true);
  const committed = JSON.parse(readFileSync(LIST, 'utf8')) as AnchorList;
  const breaks = brokenPromises(committed, currentAnchors(), ANCHOR_ALIASES);
  expect(breaks.map((b) => b.message)).toEqual([]);
});

it('every page in every language publishes exactly the ids of its English page (anchors stay English)', () => {
  const current = currentAnchors();
  const translated = Object.keys(current).filter((p) => /^\/(ar|zh|fr|ru|es)\//.test(p));
  const different = translated.filter((p) => JSON.stringify(current[p]) !== JSON.stringify(current[p.replace(/^\/[a-z]{2}\//, '/')]));
  expect(different).toEqual([]);
});

it('every country page publishes the contract section ids', () => {
  const current = currentAnchors();
  const countries = Object.keys(current).filter((p) => /^\/countries\/[a-z]{2}\/$/.test(p));
  expect(countries.length).toBeGreaterThan(0);
  for (const page of countries) expect(current[page]).toEqual(expect.arrayContaining(['at-a-glance', 'preservation', 'safeguards', 'sources', 'changes']));
});

it('the checker knows every id an instrument or country page emits itself, so a body cannot copy one', () => {
  const own = (id: string) => GENERATED_ID_PREFIXES.some((p) => id.startsWith(p));
  const unknown: string[] = [];
  const anchors = currentAnchors();
  for (const page of Object.keys(anchors)) {
    const kind = /^\/instruments\/[a-z0-9-]+\/$/.test(page) ? 'instruments' : /^\/countries\/[a-z]{2}\/$/.test(page) ? 'countries' : null;
    if (!kind) continue;
    const known = new Set<string>([...TEMPLATE_IDS[kind], ...(kind === 'countries' ? COUNTRY_ANCHORS : [])]);
    for (const id of anchors[page]!) if (!own(id) && !known.has(id) && !ANCHOR_ALIASES.ids[id]) unknown.push(`${page}#${id}`);
  }
  expect([...new Set(unknown.map((u) => u.replace(/^\/[a-z]+\/[a-z0-9-]+\//, '')))]).toEqual([]);
});
