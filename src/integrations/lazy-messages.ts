/**
 * Messages that a lazily loaded script needs, in one language, as modules of their own:
 * `virtual:search-messages/<lang>` (the header search, src/scripts/header-search.ts) and
 * `virtual:notice-messages/<lang>` (the offline and update notices, src/scripts/notices.ts).
 * Pages do not embed them: every page is lighter by their size, and only the visitor who
 * searches, or who is offline or offered an update, loads them (from the offline shell when
 * offline). Read from the same catalogues the pages use.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LOCALES, isLocale } from '../lib/i18n/locales.ts';

/** Which messages each virtual module holds: keys starting with a prefix ending in ".", or exact keys. */
export const LAZY_MESSAGES = {
  'search-messages': ['search.ui.'],
  'notice-messages': ['layout.offline', 'layout.offlineDated', 'layout.update', 'layout.updateNow'],
} as const;

type Family = keyof typeof LAZY_MESSAGES;

export function lazyMessagesFor(family: Family, locale: string): Record<string, string> {
  const catalogue = JSON.parse(readFileSync(new URL(`../lib/i18n/messages/${locale}.json`, import.meta.url), 'utf8')) as { messages: Record<string, string> };
  const keys: readonly string[] = LAZY_MESSAGES[family];
  return Object.fromEntries(Object.entries(catalogue.messages).filter(([k]) => keys.some((p) => (p.endsWith('.') ? k.startsWith(p) : k === p))));
}

const PATTERN = /^virtual:(search-messages|notice-messages)(?:\/(.+))?$/;

/**
 * `virtual:<family>` is the loader table, one dynamic import per language, so that each
 * language is a chunk of its own; `virtual:<family>/<lang>` is that language's messages.
 */
export function lazyMessages(): Plugin {
  return {
    name: 'mlat-lazy-messages',
    resolveId(id) {
      return PATTERN.test(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const m = PATTERN.exec(id.startsWith('\0') ? id.slice(1) : '');
      if (!m) return undefined;
      if (m[2] === undefined) {
        const loaders = LOCALES.map((l) => `  ${JSON.stringify(l)}: () => import(${JSON.stringify(`virtual:${m[1]}/${l}`)}),`).join('\n');
        return `export default {\n${loaders}\n};`;
      }
      const [, family, locale] = m as unknown as [string, Family, string];
      if (!isLocale(locale)) throw new Error(`${id}: unknown language (known: ${LOCALES.join(', ')})`);
      return `export default ${JSON.stringify(lazyMessagesFor(family, locale))};`;
    },
  };
}
