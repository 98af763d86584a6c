/**
 * Messages for the islands, in the page's language: the page embeds the messages its
 * islands need (<script type="application/json" id="island-messages">, written by
 * Base.astro from the catalogues), and this formats them with intl-messageformat (ICU
 * plurals and selects). Links an island builds get the page's language prefix.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, LOCALE_INFO, isLocale, localizePath, type Locale } from '../lib/i18n/locales.ts';

interface Block {
  locale: Locale;
  messages: Record<string, string>;
}

let block: Block | undefined;
const compiled = new Map<string, IntlMessageFormat>();

function load(): Block {
  if (block) return block;
  const el = document.getElementById('island-messages');
  const parsed = el?.textContent ? (JSON.parse(el.textContent) as Partial<Block>) : {};
  block = { locale: isLocale(parsed.locale) ? parsed.locale : DEFAULT_LOCALE, messages: parsed.messages ?? {} };
  return block;
}

export const locale = (): Locale => load().locale;
export const intlLocale = (): string => LOCALE_INFO[locale()].intl;

/** A message of the page's catalogue, formatted; an absent key shows itself (a test keeps them embedded). */
export function t(key: string, values?: Record<string, string | number | null | undefined>): string {
  const b = load();
  let format = compiled.get(key);
  if (!format) {
    const source = b.messages[key];
    if (source === undefined) return key;
    format = new IntlMessageFormat(source, LOCALE_INFO[b.locale].intl, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  const out = format.format(values as Record<string, string | number>);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** A vocabulary label (channel, measure, section…) in the page's language. */
export const label = (table: string, id: string): string => t(`vocab.${table}.${id}`);

/** A site path in the page's language. */
export const L = (path: string): string => localizePath(path, locale());

/** A partial ISO date in the page's language (the same precision). */
export function date(iso: string | null | undefined): string {
  if (!iso) return t('common.undated');
  const [y, m, d] = iso.split('-');
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : m ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(), options).format(new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1)));
}

export const list = (items: readonly string[]): string => new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
