/**
 * Messages for the islands that format plurals and selects (route planner, search, offline):
 * src/scripts/messages.ts plus the ICU subset of src/scripts/plurals.ts, which a test holds
 * to intl-messageformat's output for every message of every catalogue (the library itself
 * formats the server-rendered pages and stays out of the browser bundles).
 */
import { formatMessage } from './plurals.ts';
import { intlLocale, messageBlock } from './messages.ts';

export { L, date, intlLocale, label, list, locale, msg } from './messages.ts';

/** A message of the page's catalogue, formatted; an absent key shows itself (a test keeps them embedded). */
export function t(key: string, values: Record<string, string | number | null | undefined> = {}): string {
  const source = messageBlock().messages[key];
  if (source === undefined) return key;
  return formatMessage(source, values, intlLocale());
}
