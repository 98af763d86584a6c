/**
 * The header's search field, loaded by the boot script on first use as a module of its own
 * (bundled separately, see boot.ts): it fetches its messages in the page's language (pages
 * do not embed them; src/integrations/search-messages.ts) and attaches the search UI to the
 * header form it finds.
 */
import type { Locale } from '../lib/i18n/locales.ts';
import { addMessages, locale } from './messages.ts';
import { attachHeaderSearch } from './search-ui.ts';

const MESSAGES: Record<Locale, () => Promise<{ default: Record<string, string> }>> = {
  ar: () => import('virtual:search-messages/ar'),
  zh: () => import('virtual:search-messages/zh'),
  en: () => import('virtual:search-messages/en'),
  fr: () => import('virtual:search-messages/fr'),
  ru: () => import('virtual:search-messages/ru'),
  es: () => import('virtual:search-messages/es'),
};

const form = document.querySelector<HTMLFormElement>('[data-header-search] form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
if (form && input) {
  addMessages((await MESSAGES[locale()]()).default);
  attachHeaderSearch(form, input);
}
