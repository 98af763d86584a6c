/**
 * Messages for the islands, in the page's language, without any library: the page embeds
 * the messages its islands need (<script type="application/json" id="island-messages">,
 * written by Base.astro from the catalogues). `msg` fills plain {arguments} only; a message
 * with a plural or a select goes through src/scripts/i18n.ts (the ICU subset of plurals.ts), or, in
 * an island that must stay small (the draft assistant), plurals only through plurals.ts;
 * a test keeps `msg` to plain messages. Links an island builds get the page's language prefix.
 */
import { DEFAULT_LOCALE, LOCALE_INFO, isLocale, localizePath, type Locale } from '../lib/i18n/locales.ts';

export interface MessageBlock {
  locale: Locale;
  messages: Record<string, string>;
}

let block: MessageBlock | undefined;

export function messageBlock(): MessageBlock {
  if (block) return block;
  const el = document.getElementById('island-messages');
  const parsed = el?.textContent ? (JSON.parse(el.textContent) as Partial<MessageBlock>) : {};
  // A page whose islands need no messages of their own embeds none: its language is <html lang>.
  const lang = document.documentElement.lang;
  block = { locale: isLocale(parsed.locale) ? parsed.locale : isLocale(lang) ? lang : DEFAULT_LOCALE, messages: parsed.messages ?? {} };
  return block;
}

/** Messages an island loads itself (the header search's), added where the page has none of its own. */
export function addMessages(messages: Record<string, string>): void {
  const b = messageBlock();
  b.messages = { ...messages, ...b.messages };
}

export const locale = (): Locale => messageBlock().locale;
export const intlLocale = (): string => LOCALE_INFO[locale()].intl;

/** A plain message (no plural, no select) with its {arguments} filled; an absent key shows itself. */
export function msg(key: string, values: Record<string, string | number | null | undefined> = {}): string {
  const source = messageBlock().messages[key];
  if (source === undefined) return key;
  return source.replace(/\{(\w+)(?:, number)?\}/g, (_, name: string) => {
    const v = values[name];
    return typeof v === 'number' ? new Intl.NumberFormat(intlLocale()).format(v) : (v ?? '');
  });
}

/** A vocabulary label (channel, measure, section…) in the page's language. */
export const label = (table: string, id: string): string => msg(`vocab.${table}.${id}`);

/** A site path in the page's language. */
export const L = (path: string): string => localizePath(path, locale());

/** A partial ISO date in the page's language (the same precision). */
export function date(iso: string | null | undefined): string {
  if (!iso) return msg('common.undated');
  const [y, m, d] = iso.split('-');
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : m ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(), options).format(new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1)));
}

export const list = (items: readonly string[]): string => new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
