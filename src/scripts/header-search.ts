/**
 * The header's search field, loaded by the boot script on first use as a module of its own
 * (bundled separately, see boot.ts): it fetches its messages in the page's language (pages
 * do not embed them; src/integrations/lazy-messages.ts) and attaches the search UI to the
 * header form it finds.
 */
import load from 'virtual:search-messages';
import { addMessages, locale } from './messages.ts';
import { attachHeaderSearch } from './search-ui.ts';

const form = document.querySelector<HTMLFormElement>('[data-header-search] form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
if (form && input) {
  addMessages((await (load[locale()] ?? load['en']!)()).default);
  attachHeaderSearch(form, input);
}
