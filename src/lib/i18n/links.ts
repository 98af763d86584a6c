/**
 * Links inside a translated page lead to the same language: every same-site link to a page
 * (href or form action starting with "/") gets the page's language prefix, so templates and
 * the view model build addresses once (src/lib/contract/urls.ts) for every language. Links
 * that carry hreflang (the language switcher) and files (API, schemas, feed, assets) are left
 * alone: `isPage` says which paths are pages. Pure.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

const PREFIXED = new RegExp(`^/(${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')})(/|$)`);
const LINK = /<(a|form|link)\b([^>]*?)\s(href|action)="(\/[^"]*)"([^>]*)>/g;

export function localizeLinks(html: string, locale: Locale, isPage: (path: string) => boolean): string {
  if (locale === DEFAULT_LOCALE) return html;
  return html.replace(LINK, (whole, tag: string, before: string, attr: string, url: string, after: string) => {
    if (tag === 'link' || /\shreflang=/.test(before + after) || url.startsWith('//') || PREFIXED.test(url)) return whole;
    const path = url.split(/[?#]/)[0]!;
    if (!isPage(path)) return whole;
    return `<${tag}${before} ${attr}="/${locale}${url}"${after}>`;
  });
}
