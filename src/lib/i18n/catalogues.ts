/**
 * The message catalogues of the six languages, and what a page renders with: messages,
 * vocabulary labels, dates, numbers, lists and State names in the page's language.
 * Build-time only (pages and components); islands get the messages their page embeds.
 */
import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };
import zh from './messages/zh.json' with { type: 'json' };
import { formatDate, languageName } from '../dates.ts';
import { localStateName } from '../country/names.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, localeFromPath, type Locale, type LocaleInfo } from './locales.ts';
import { createTranslator, type Translate } from './translate.ts';
import { vocabKey, vocabularyMessages, type VocabularyTable } from './vocabulary.ts';

/** Who translated a catalogue and when; "machine-assisted" until a person has reviewed it. */
export interface CatalogueMeta {
  locale: Locale;
  status: 'source' | 'machine-assisted' | 'reviewed';
  translator: string;
  date: string;
  reviewer?: string | undefined;
  reviewed?: string | undefined;
  note?: string | undefined;
}

export interface Catalogue {
  meta: CatalogueMeta;
  messages: Record<string, string>;
}

export type MessageKey = keyof typeof en.messages;

const raw: Record<Locale, { meta: unknown; messages: Record<string, string> }> = { ar, zh, en, fr, ru, es };

/** Every catalogue; English with the vocabulary labels merged in from src/lib/vocabulary.ts. */
export const CATALOGUES: Record<Locale, Catalogue> = Object.fromEntries(
  Object.entries(raw).map(([locale, c]) => [
    locale,
    { meta: c.meta as CatalogueMeta, messages: locale === DEFAULT_LOCALE ? { ...c.messages, ...vocabularyMessages() } : c.messages },
  ]),
) as Record<Locale, Catalogue>;

export interface PageI18n {
  locale: Locale;
  info: LocaleInfo;
  meta: CatalogueMeta;
  /** A message of the catalogue, formatted (ICU plurals, selects, numbers). */
  t: Translate<MessageKey>;
  /** A vocabulary label (channel, ground, measure, section title…) in this language. */
  label: (table: VocabularyTable, id: string) => string;
  /** A partial ISO date (2015, 2015-03, 2015-03-09) in this language. */
  date: (iso: string | null | undefined) => string;
  number: (n: number) => string;
  /** A language's name (ISO 639 code) in this language. */
  language: (code: string) => string;
  /** "a, b and c" in this language. */
  list: (items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit') => string;
  /** A State's name in this language (the dataset's), falling back to the English one given. */
  stateName: (code: string, english?: string) => string;
  /**
   * The message as written, for a script that fills its {arguments} itself (the boot
   * script): only for messages with plain arguments, no plural or select.
   */
  raw: (key: MessageKey) => string;
  /**
   * Attributes for an element holding entry text (which stays English) on a page in another
   * language: lang for screen readers (WCAG 3.1.2), dir so it reads left to right in Arabic.
   */
  entryText: { lang?: 'en'; dir?: 'ltr' };
  /** Messages whose key starts with one of the prefixes, for an island to embed. */
  pick: (...prefixes: string[]) => Record<string, string>;
}

const cache = new Map<Locale, PageI18n>();

export function i18n(locale: Locale): PageI18n {
  const hit = cache.get(locale);
  if (hit) return hit;
  const info = LOCALE_INFO[locale];
  const catalogue = CATALOGUES[locale];
  const t = createTranslator<MessageKey>(info.intl, catalogue.messages);
  const numbers = new Intl.NumberFormat(info.intl);
  const lists = new Map<string, Intl.ListFormat>();
  const value: PageI18n = {
    locale,
    info,
    meta: catalogue.meta,
    t,
    label: (table, id) => t(vocabKey(table, id) as MessageKey),
    date: (iso) => (iso ? formatDate(iso, locale === DEFAULT_LOCALE ? undefined : info.intl) : t('common.undated')),
    number: (n) => numbers.format(n),
    language: (code) => languageName(code, locale === DEFAULT_LOCALE ? undefined : info.intl),
    list: (items, type = 'conjunction') => {
      let f = lists.get(type);
      if (!f) lists.set(type, (f = new Intl.ListFormat(info.intl, { type, style: 'long' })));
      return f.format(items);
    },
    stateName: (code, english) => (locale === DEFAULT_LOCALE ? english : undefined) ?? localStateName(code, locale) ?? english ?? code.toUpperCase(),
    raw: (key) => {
      const source = catalogue.messages[key];
      if (source === undefined) throw new Error(`No message "${key}" for ${locale}`);
      return source;
    },
    // dir="ltr" only where the page runs right to left (it is the inherited direction elsewhere).
    entryText: locale === DEFAULT_LOCALE ? {} : info.dir === 'rtl' ? { lang: 'en', dir: 'ltr' } : { lang: 'en' },
    pick: (...prefixes) => Object.fromEntries(Object.entries(catalogue.messages).filter(([k]) => prefixes.some((p) => k.startsWith(p)))),
  };
  cache.set(locale, value);
  return value;
}

/** The i18n of the page being rendered, from its URL (components call this with Astro.url). */
export function pageI18n(url: URL): PageI18n {
  return i18n(localeFromPath(url.pathname));
}
