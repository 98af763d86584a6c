/**
 * The anchor contract: the pages and #ids trainers may link to. The committed list
 * (tests/contract/anchors.json) is compared with the built site: an anchor that
 * disappears without a declared alias or redirect fails the tests. New anchors are
 * recorded at release by `npm run anchors`, which only ever adds to the list, so a
 * contributor's pull request touches its content file and nothing else.
 */
import { parse } from 'node-html-parser';
import { stripLocale } from '../../src/lib/i18n/locales.ts';

export type AnchorList = Record<string, string[]>;

/** Pages whose #ids are part of the contract, and which ids on them count. */
export function contractIds(localizedPath: string, html: string): string[] | null {
  // A page in another language (/fr/countries/ie/) keeps the English page's ids.
  const path = stripLocale(localizedPath);
  const doc = parse(html);
  const ids = (selector: string) => doc.querySelectorAll(selector).map((el) => el.id).filter(Boolean);
  if (/^\/countries\/[a-z]{2}\/$/.test(path)) return ids('h2[id], h3[id], [data-anchor-alias]');
  if (/^\/instruments\/[a-z0-9-]+\/$/.test(path)) return ids('h2[id], h3[id], [id^="party-"]');
  if (/^\/modules\/[a-z0-9-]+\/$/.test(path)) return ids('h2[id], h3[id]');
  if (path === '/glossary/') return ids('h3[id]');
  if (path === '/safeguards/') return ids('h2[id], dt[id]');
  return [];
}

export interface AnchorAliases {
  /** Old page path → new page path (a redirect is published for each). */
  pages: Record<string, string>;
  /** Old id → new id, for ids renamed on every page of a kind (rendered as alias anchors). */
  ids: Record<string, string>;
}

export interface ContractBreak {
  page: string;
  anchor: string | null;
  message: string;
}

/** What the committed list promises that the built site no longer provides. */
export function brokenPromises(committed: AnchorList, current: AnchorList, aliases: AnchorAliases): ContractBreak[] {
  const breaks: ContractBreak[] = [];
  for (const [page, ids] of Object.entries(committed)) {
    const target = current[page] ? page : aliases.pages[page];
    if (!target || !current[target]) {
      breaks.push({ page, anchor: null, message: `page ${page} is gone and has no redirect (declare one in src/lib/contract/anchors.ts ANCHOR_ALIASES.pages)` });
      continue;
    }
    const present = new Set(current[target]);
    for (const id of ids) {
      if (present.has(id)) continue;
      const renamed = aliases.ids[id];
      breaks.push({
        page,
        anchor: id,
        message: `#${id} is gone from ${target}${renamed ? ` (alias to #${renamed} declared but the alias anchor is not rendered)` : ' and has no alias (declare one in src/lib/contract/anchors.ts ANCHOR_ALIASES.ids)'}`,
      });
    }
  }
  return breaks;
}

/**
 * The committed list with every anchor the site now publishes added to it. Nothing is ever
 * removed: a promise stays in the list, kept by an alias or a redirect, so running this can
 * never make a removal pass. Pages and ids come out sorted, so the diff shows only additions.
 */
export function recordAnchors(committed: AnchorList, current: AnchorList): { list: AnchorList; added: string[] } {
  const added = unrecordedAnchors(committed, current);
  const list: AnchorList = {};
  for (const page of [...new Set([...Object.keys(committed), ...Object.keys(current)])].sort()) {
    list[page] = [...new Set([...(committed[page] ?? []), ...(current[page] ?? [])])].sort();
  }
  return { list, added };
}

/** Anchors the site publishes that the committed list does not record yet. */
export function unrecordedAnchors(committed: AnchorList, current: AnchorList): string[] {
  const missing: string[] = [];
  for (const [page, ids] of Object.entries(current)) {
    const known = new Set(committed[page] ?? []);
    if (!committed[page]) missing.push(page);
    for (const id of ids) if (!known.has(id)) missing.push(`${page}#${id}`);
  }
  return missing;
}
