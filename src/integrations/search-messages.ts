/**
 * `virtual:search-messages/<lang>`: the header search's messages in one language, as a module
 * of their own. The header search (src/scripts/header-search.ts, loaded on first use) imports
 * the one its page needs, so pages no longer embed them: every page is lighter by their size,
 * and only a search pays for them. Read from the same catalogues the pages use.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LOCALES, isLocale } from '../lib/i18n/locales.ts';

export const SEARCH_MESSAGE_PREFIX = 'search.ui.';
const ID = 'virtual:search-messages/';

export function searchMessagesFor(locale: string): Record<string, string> {
  const catalogue = JSON.parse(readFileSync(new URL(`../lib/i18n/messages/${locale}.json`, import.meta.url), 'utf8')) as { messages: Record<string, string> };
  return Object.fromEntries(Object.entries(catalogue.messages).filter(([k]) => k.startsWith(SEARCH_MESSAGE_PREFIX)));
}

export function searchMessages(): Plugin {
  return {
    name: 'mlat-search-messages',
    resolveId(id) {
      return id.startsWith(ID) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${ID}`)) return undefined;
      const locale = id.slice(ID.length + 1);
      if (!isLocale(locale)) throw new Error(`${id}: unknown language (known: ${LOCALES.join(', ')})`);
      return `export default ${JSON.stringify(searchMessagesFor(locale))};`;
    },
  };
}
