/**
 * Messages with plurals and selects for the islands that need them (route planner, search,
 * offline): src/scripts/messages.ts plus ICU MessageFormat through FormatJS's
 * intl-messageformat. Islands with plain messages only (compare, draft) import messages.ts
 * and stay free of the library.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALE_INFO } from '../lib/i18n/locales.ts';
import { messageBlock } from './messages.ts';

export { L, date, intlLocale, label, list, locale, msg } from './messages.ts';

const compiled = new Map<string, IntlMessageFormat>();

/** A message of the page's catalogue, formatted; an absent key shows itself (a test keeps them embedded). */
export function t(key: string, values?: Record<string, string | number | null | undefined>): string {
  const b = messageBlock();
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
