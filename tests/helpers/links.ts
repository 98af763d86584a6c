/** A small link checker over built HTML: internal pages and #fragments must exist. */
import { existsSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { pageFile, readPage } from './dist.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const idCache = new Map<string, Set<string>>();

export function idsOf(path: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) {
    ids = new Set(readPage(path).querySelectorAll('[id]').map((el) => el.id));
    idCache.set(path, ids);
  }
  return ids;
}

/** Checks every <a href>, <link href>, <img src> and <script src> on a page. */
export function checkPageLinks(page: string, doc: HTMLElement): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const refs = [
    ...doc.querySelectorAll('a[href]').map((el) => el.getAttribute('href')!),
    ...doc.querySelectorAll('link[href]').map((el) => el.getAttribute('href')!),
    ...doc.querySelectorAll('img[src], script[src]').map((el) => el.getAttribute('src')!),
  ];
  for (const href of refs) {
    if (/^(mailto|tel):/i.test(href)) {
      if (href.length < 6) broken.push({ page, href, reason: 'empty mailto/tel link' });
      continue;
    }
    if (/^https?:\/\//i.test(href)) {
      try {
        const url = new URL(href);
        if (!url.hostname.includes('.')) broken.push({ page, href, reason: 'external URL has no domain' });
      } catch {
        broken.push({ page, href, reason: 'malformed external URL' });
      }
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      broken.push({ page, href, reason: 'unexpected URL scheme' });
      continue;
    }
    const url = new URL(href, `http://site${page}`);
    const target = url.pathname;
    const file = pageFile(target);
    if (!existsSync(file)) {
      broken.push({ page, href, reason: `no file for ${target}` });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOf(target).has(fragment)) {
      const ids = [...idsOf(target)];
      const near = ids.filter((id) => id.startsWith(fragment.slice(0, 3))).slice(0, 5);
      broken.push({ page, href, reason: `no #${fragment} on ${target}${near.length ? ` (ids there include: ${near.join(', ')})` : ''}` });
    }
  }
  return broken;
}
